/**
 * A load balancer in front of three servers (concepts.md C2, C4): it takes a server out of
 * rotation only when its health checks fail, three in a row, one every 500 ms. Until then it
 * keeps sending that server a third of the requests, and they are lost.
 */

import type { ScenarioNode, ScheduledAction, Scenario, ServerNode } from '../types.ts';
import { ms, threeNodeScenario, type Preset } from './base.ts';

/**
 * client — switch — balancer — rack switch — three servers; a request every 50 ms. The balancer
 * stands between the clients and the servers, as a load balancer in front of a service does.
 */
function balancedScenario(
  name: string,
  description: string,
  schedule: ScheduledAction[],
  options: { deepCheck?: boolean; notifyOnCrash?: boolean } = {},
): Scenario {
  const base = threeNodeScenario(name, description, schedule, { intervalUs: ms(50) });
  const [client, front, server] = base.nodes as [ScenarioNode, ScenarioNode, ServerNode];
  const link = base.cables[0]!;
  const servers: ServerNode[] = [1, 2, 3].map((n) => ({
    ...server,
    id: `s${n}`,
    label: `server ${n}`,
    x: 640,
    y: (n - 2) * 70,
    ...(options.notifyOnCrash ? { notifyOnCrash: true } : {}),
  }));
  return {
    ...base,
    durationUs: ms(6000),
    nodes: [
      { ...client, x: 0, y: 0 },
      { ...front, x: 160, y: 0 },
      {
        id: 'lb',
        label: 'balancer',
        kind: 'balancer',
        x: 320,
        y: 0,
        backends: servers.map((s) => s.id),
        checkIntervalUs: ms(500),
        checkTimeoutUs: ms(200),
        unhealthyAfter: 3,
        healthyAfter: 2,
        deepCheck: options.deepCheck ?? false,
      },
      { id: 'rack', label: 'rack switch', kind: 'switch', x: 480, y: 0 },
      ...servers,
    ],
    cables: [
      { ...link, a: 'client', b: 'switch' },
      { ...link, a: 'switch', b: 'lb' },
      { ...link, a: 'lb', b: 'rack' },
      ...servers.map((s) => ({ ...link, a: 'rack', b: s.id })),
    ],
    workloads: base.workloads.map((w) => ({ ...w, server: 'lb' })),
  };
}

export const balancerHealthChecks: Preset = {
  id: 'load-balancer',
  scenario: balancedScenario(
    'Load balancer: out of rotation',
    'Server 2 loses power at 1,020 ms. The balancer cannot see that: it keeps sending server 2 every third request until three health checks in a row have failed, about 1.7 s later. The requests sent there meanwhile all time out; after that, everything succeeds on two servers.',
    [{ atUs: ms(1020), kind: 'power-off', node: 's2' }],
  ),
  featured: { id: 'r23', outcome: 'timeout', cause: 'remote crashed' },
};

export const balancerNotice: Preset = {
  id: 'crash-notice',
  scenario: balancedScenario(
    'Load balancer told of a crash',
    'Server 2’s process crashes at 1,020 ms, and a script on its machine tells the balancer at once. Server 2 leaves rotation within a few milliseconds instead of after three failed checks, and r23, which would have gone to it, goes to server 3 and succeeds.',
    [{ atUs: ms(1020), kind: 'crash', node: 's2' }],
    { notifyOnCrash: true },
  ),
  featured: { id: 'r23', outcome: 'ok' },
};

export const grayFailure: Preset = {
  id: 'gray-failure',
  scenario: balancedScenario(
    'Gray failure: slow but healthy',
    'From 1 s, server 2 gets so much extra work that each request waits seconds in its queue. Its health check is answered at once by a thread of its own, so the balancer keeps it in rotation: every third request times out while every check passes. Turn on deep checks in the editor and the balancer notices.',
    [
      {
        atUs: ms(1000),
        kind: 'overload',
        node: 's2',
        intervalUs: ms(5),
        serviceUs: ms(20),
        queueCapacity: 10_000,
      },
    ],
  ),
  featured: { id: 'r80', outcome: 'timeout', cause: 'request queued' },
};

export const BALANCER_PRESETS: readonly Preset[] = [
  balancerHealthChecks,
  balancerNotice,
  grayFailure,
];
