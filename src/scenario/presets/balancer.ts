/**
 * A load balancer in front of three servers (concepts.md C2, C4): it takes a server out of
 * rotation only when its health checks fail, three in a row, one every 500 ms. Until then it
 * keeps sending that server a third of the requests, and they are lost.
 */

import type { ScenarioNode, ScheduledAction, Scenario, ServerNode, Workload } from '../types.ts';
import { ms, threeNodeScenario, type Preset } from './base.ts';

/**
 * client — switch — balancer — rack switch — three servers; a request every 50 ms. The balancer
 * stands between the clients and the servers, as a load balancer in front of a service does.
 */
function balancedScenario(
  name: string,
  description: string,
  schedule: ScheduledAction[],
  options: {
    deepCheck?: boolean;
    notifyOnCrash?: boolean;
    linkMonitorUs?: number;
    workload?: Partial<Workload>;
    server?: Partial<ServerNode>;
    durationUs?: number;
  } = {},
): Scenario {
  const base = threeNodeScenario(name, description, schedule, {
    intervalUs: ms(50),
    ...options.workload,
  });
  const [client, front, server] = base.nodes as [ScenarioNode, ScenarioNode, ServerNode];
  const link = base.cables[0]!;
  const servers: ServerNode[] = [1, 2, 3].map((n) => ({
    ...server,
    id: `s${n}`,
    label: `server ${n}`,
    // In a row under their rack switch: each one's state and name have room of their own.
    x: 400 + (n - 1) * 100,
    y: 120,
    ...(options.notifyOnCrash ? { notifyOnCrash: true } : {}),
    ...options.server,
  }));
  return {
    ...base,
    durationUs: options.durationUs ?? ms(6000),
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
        ...(options.linkMonitorUs === undefined ? {} : { linkMonitorUs: options.linkMonitorUs }),
      },
      { id: 'rack', label: 'rack switch', kind: 'switch', x: 500, y: 0 },
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

export const linkMonitor: Preset = {
  id: 'link-monitor',
  scenario: balancedScenario(
    'Load balancer with a link monitor',
    'The same power loss at 1,020 ms, but the balancer also polls the switches’ management interfaces every 250 ms. At the next poll the rack switch reports server 2’s port down, and server 2 leaves rotation at once, a second and a half before its health checks would have failed. A crashed process would leave the link up: the monitor sees only the hardware.',
    [{ atUs: ms(1020), kind: 'power-off', node: 's2' }],
    { linkMonitorUs: ms(250) },
  ),
  featured: { id: 'r29', outcome: 'ok' },
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

export const doneTwice: Preset = {
  id: 'done-twice',
  scenario: balancedScenario(
    'Declared dead too early: done twice',
    'Server 2 pauses for two seconds at 1,050 ms, as in a long garbage collection. The client gives up on r23 after 300 ms and retries; the balancer sends the retry to another server, which does the work. When server 2 wakes it does r23 too: the work is done twice, because a pause was taken for a death.',
    [{ atUs: ms(1050), kind: 'pause', node: 's2', durationUs: ms(2000) }],
    { workload: { timeoutUs: ms(300), retries: 1 } },
  ),
  featured: { id: 'r23', outcome: 'ok', processedCount: 2, lateResponse: true },
};

export const cascade: Preset = {
  id: 'cascade',
  scenario: balancedScenario(
    'Declared dead too early: a cascade',
    'Three servers, each able to do 100 requests a second, share about 260 a second, and the balancer checks them deeply (the check waits in the queue like a request). Server 1 pauses for 1.5 s at 2 s; its checks fail and it is taken out. Its load moves to the other two, which cannot carry it: their queues grow, their checks time out, and they are taken out in turn. Long after the pause is over the servers flap in and out, and at times none is left in rotation.',
    [{ atUs: ms(2000), kind: 'pause', node: 's1', durationUs: ms(1500) }],
    {
      deepCheck: true,
      workload: { mode: 'poisson', intervalUs: 3850, timeoutUs: ms(500) },
      server: { workers: 1, queueCapacity: 5000, service: { kind: 'constant', us: ms(10) } },
      durationUs: ms(10_000),
    },
  ),
  // Before the pause; what follows it is held to account in balancer.test.ts.
  featured: { id: 'r100', outcome: 'ok' },
};

/**
 * A rolling restart (concepts.md A4, and the seed's "rolling updates without service
 * interruption"): the service tolerates one server down, so an upgrade can take them one by one.
 */
export const rollingRestart: Preset = {
  id: 'rolling-restart',
  scenario: balancedScenario(
    'Rolling restart: an upgrade nobody sees',
    'An upgrade restarts the three servers one at a time, just after 1, 3 and 5 s: each is stopped (its machine tells the balancer, which takes it out of rotation at once), started again 500 ms later, and put back after two health checks pass. Each time, one request was already on its way to the stopped server: its machine answers with an RST (connection refused), the client tries again, the balancer sends the retry to a server still running, and it succeeds. Nothing fails from the client’s side, because the other two servers carry the load while one is away. A supercomputer would have stopped the whole job instead.',
    [1, 2, 3].flatMap((n) => [
      { atUs: ms(2000 * n - 935), kind: 'crash' as const, node: `s${n}` },
      { atUs: ms(2000 * n - 435), kind: 'restart' as const, node: `s${n}` },
    ]),
    {
      notifyOnCrash: true,
      workload: { intervalUs: ms(50), retries: 2, backoffUs: ms(10) },
      durationUs: ms(7000),
    },
  ),
};

export const BALANCER_PRESETS: readonly Preset[] = [
  balancerHealthChecks,
  balancerNotice,
  linkMonitor,
  grayFailure,
  doneTwice,
  cascade,
];
