/**
 * Which failures announce themselves (concepts.md C1). The same world each time: a client, a
 * router, a switch and a server, 5 ms a hop, so a round trip takes about 30 ms and the client
 * gives up after 100 ms. Only the fault differs. Sometimes the network says what went wrong
 * (an RST from the server's operating system, an ICMP message from the router) within a round
 * trip; often it says nothing, and only the timeout is left.
 */

import type { ScheduledAction } from '../types.ts';
import { FEATURED_REQUEST, ms, threeNodeScenario, type Preset } from './base.ts';

/** client — router — switch — server: the router knows its own links, the switch knows nothing. */
function routedScenario(name: string, description: string, schedule: ScheduledAction[]) {
  const base = threeNodeScenario(name, description, schedule);
  const [client, middle, server] = base.nodes;
  const link = base.cables[0]!;
  return {
    ...base,
    nodes: [
      client!,
      { id: 'router', label: 'router', kind: 'router' as const, x: 160, y: 0 },
      { ...middle!, x: 320 },
      { ...server!, x: 480 },
    ],
    cables: [
      { ...link, a: 'client', b: 'router' },
      { ...link, a: 'router', b: 'switch' },
      { ...link, a: 'switch', b: 'server' },
    ],
  };
}

export const processCrashed: Preset = {
  id: 'process-crashed',
  scenario: routedScenario(
    'Process crashed: the OS answers',
    'The server process crashes at 519 ms, while it is serving r3; the machine stays up. Its operating system closes r3’s connection with an RST (connection reset: was the work done?), and refuses r4 and r5 at once (connection refused) until the restart at 900 ms is over.',
    [
      { atUs: ms(519), kind: 'crash', node: 'server' },
      { atUs: ms(900), kind: 'restart', node: 'server' },
    ],
  ),
  featured: { id: FEATURED_REQUEST, outcome: 'connection reset', processedCount: 0 },
};

export const machineOff: Preset = {
  id: 'machine-off',
  scenario: routedScenario(
    'Machine off: silence',
    'The server machine loses power at 480 ms. Nothing is left to answer, not even an operating system, and the router’s link is still up, so it knows nothing either: r3 ends the only way left, in a timeout.',
    [{ atUs: ms(480), kind: 'power-off', node: 'server' }],
  ),
  featured: { id: FEATURED_REQUEST, outcome: 'timeout', cause: 'remote crashed' },
};

export const hostUnreachable: Preset = {
  id: 'host-unreachable',
  scenario: routedScenario(
    'Router link down: host unreachable',
    'The cable between the router and the switch is cut at 480 ms and mended at 700 ms. The router sees its own link go down, so when r3 comes it answers with ICMP destination unreachable: the client knows within a round trip.',
    [
      { atUs: ms(480), kind: 'cut', cable: ['router', 'switch'] },
      { atUs: ms(700), kind: 'restore', cable: ['router', 'switch'] },
    ],
  ),
  featured: { id: FEATURED_REQUEST, outcome: 'host unreachable', cause: 'request lost' },
};

export const cutBeyondRouter: Preset = {
  id: 'cut-beyond-router',
  scenario: routedScenario(
    'Cable cut beyond the router: silence',
    'The cable between the switch and the server is cut at 480 ms and mended at 700 ms. The router’s own links are fine, and the switch tells nobody anything: r3 dies at the switch, and the client learns of it only from its timeout.',
    [
      { atUs: ms(480), kind: 'cut', cable: ['switch', 'server'] },
      { atUs: ms(700), kind: 'restore', cable: ['switch', 'server'] },
    ],
  ),
  featured: { id: FEATURED_REQUEST, outcome: 'timeout', cause: 'request lost' },
};

/** In the order a lesson walks them: the two signals, then the two silences. */
export const SIGNAL_PRESETS: readonly Preset[] = [
  processCrashed,
  hostUnreachable,
  machineOff,
  cutBeyondRouter,
];
