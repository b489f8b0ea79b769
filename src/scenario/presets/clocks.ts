/**
 * Unreliable clocks (concepts.md F3, F9): two clients write to a store that keeps the write with
 * the latest timestamp, as read on the writer's own clock. One client's clock is 50 ms behind.
 */

import type { Scenario } from '../types.ts';
import { ms, threeNodeScenario, type Preset } from './base.ts';

function skewScenario(): Scenario {
  const base = threeNodeScenario(
    'Clock skew: last write wins, and loses',
    'Clients a and b both write to a store that keeps the write with the latest timestamp, read on the writer’s own clock. Client b’s clock is 50 ms behind true time. Each writes every 100 ms, b 30 ms after a; b’s writes come later but are stamped 20 ms earlier, so the store drops every one of them. Both clients are told ok.',
    [],
    { intervalUs: ms(100), count: 10, timeoutUs: ms(500) },
  );
  const [client, middle, server] = base.nodes;
  const link = base.cables[0]!;
  const workload = base.workloads[0]!;
  return {
    ...base,
    durationUs: ms(1200),
    nodes: [
      { ...client!, id: 'client', label: 'client a', x: 0, y: 0 },
      {
        id: 'b',
        label: 'client b',
        kind: 'client',
        // Either side of the switch, the store below it: wider than tall, as the stage is.
        x: 440,
        y: 0,
        clock: { offsetUs: -ms(50), driftPpm: 0 },
      },
      { ...middle!, x: 220, y: 0 },
      {
        ...(server as Extract<Scenario['nodes'][number], { kind: 'server' }>),
        label: 'store',
        x: 220,
        y: 120,
        lww: true,
      },
    ],
    cables: [...base.cables, { ...link, a: 'b', b: 'switch' }],
    workloads: [workload, { ...workload, client: 'b', startUs: ms(30) }],
  };
}

export const clockSkew: Preset = {
  id: 'clock-skew',
  scenario: skewScenario(),
  // r2 is b's first write: later in true time, earlier by its clock; dropped, yet the client saw ok.
  featured: { id: 'r2', outcome: 'ok', processedCount: 0 },
};

export const clockSync: Preset = {
  id: 'clock-sync',
  scenario: {
    ...threeNodeScenario(
      'Clock sync, and losing it',
      'The client’s clock starts 80 ms fast and gains 500 ppm (43 s a day: a poor clock, at the limit NTP can still correct). Every second it asks the server for the time and sets its clock to the answer plus half the round trip: the first answer steps it back 80 ms. At 5.5 s a firewall change blocks its time requests for 30 s: its other requests still go through and every one is answered, so nothing looks wrong, while the clock drifts away again, 15 ms by the time the firewall is fixed.',
      [{ atUs: ms(5500), kind: 'sync-unreachable', node: 'client', durationUs: ms(30_000) }],
      { intervalUs: ms(500) },
    ),
    durationUs: ms(40_000),
    nodes: threeNodeScenario('', '', []).nodes.map((n) =>
      n.kind === 'client'
        ? {
            ...n,
            clock: {
              offsetUs: ms(80),
              driftPpm: 500,
              sync: { server: 'server', intervalUs: ms(1000) },
            },
          }
        : n,
    ),
  },
};

export const CLOCK_PRESETS: readonly Preset[] = [clockSkew, clockSync];
