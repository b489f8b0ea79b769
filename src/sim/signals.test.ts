/**
 * The signals the network sometimes sends (concepts.md C1): an RST when no process listens or
 * the process died holding the request, an ICMP destination unreachable from a router whose own
 * link is down; and the silences where nothing comes (a machine off, a pause, a switch).
 */

import { describe, expect, it } from 'vitest';
import type { Scenario, ScheduledAction } from '../scenario/types.ts';
import { eventsOf, line, run, sends, type LineOptions } from '../testing/build-scenario.ts';
import { checkRun } from '../testing/trace-checks.ts';
import { results } from './index.ts';

/** client — sw1 — server, with sw1 a router. */
function routed(options: LineOptions = {}): Scenario {
  const scenario = line({ switches: 1, ...options });
  return {
    ...scenario,
    nodes: scenario.nodes.map((n) => (n.id === 'sw1' ? { ...n, kind: 'router' as const } : n)),
  };
}

/** A healthy round trip's time on the wire: the response time less the server's 500 µs. */
function roundTripUs(scenario: Scenario): number {
  const { sim } = run({ ...scenario, schedule: sends(0) });
  const r = sim.state.requests[0]!;
  return r.endedAtUs - r.sentAtUs - 500;
}

const crashAt = (atUs: number): ScheduledAction => ({ atUs, kind: 'crash', node: 'server' });

function signalsSent(scenario: Scenario) {
  const { events } = run(scenario);
  return eventsOf(events, 'send')
    .map((e) => e.message!)
    .filter((m) => m.kind !== 'request' && m.kind !== 'response');
}

describe('a crashed process on a live machine', () => {
  it('refuses a new request with an RST: connection refused within one round trip', () => {
    const scenario = line({ switches: 1, schedule: [crashAt(0), ...sends(10_000)] });
    const { sim } = run(scenario);
    const r = sim.state.requests[0]!;
    expect(r.status).toBe('connection refused');
    expect(r.cause).toBe('remote crashed');
    expect(r.endedAtUs - r.sentAtUs).toBeLessThanOrEqual(roundTripUs(scenario));
    expect(r.endedAtUs - r.sentAtUs).toBeLessThan(scenario.workloads[0]!.timeoutUs);
    expect(checkRun(sim)).toEqual([]);
  });

  it('resets the connection of the request it was serving; the work was not done', () => {
    const scenario = line({
      server: { service: { kind: 'constant', us: 50_000 } },
      schedule: [...sends(0), crashAt(20_000)],
    });
    const { sim, events } = run(scenario);
    expect(eventsOf(events, 'process-abort')).toHaveLength(1);
    expect(results(sim).requests[0]).toMatchObject({
      outcome: 'connection reset',
      cause: 'remote crashed',
      processedCount: 0,
    });
  });

  it('resets the requests waiting in its queue too', () => {
    const scenario = line({
      server: { service: { kind: 'constant', us: 50_000 } },
      schedule: [...sends(0, 3), crashAt(20_000)],
    });
    const { sim } = run(scenario);
    expect(results(sim).requests.map((r) => r.outcome)).toEqual([
      'connection reset',
      'connection reset',
      'connection reset',
    ]);
  });

  it('refuses while the process restarts, then serves again', () => {
    const scenario = line({
      schedule: [{ atUs: 0, kind: 'restart', node: 'server' }, ...sends(1000), ...sends(20_000)],
    });
    const { sim } = run(scenario);
    expect(results(sim).requests.map((r) => r.outcome)).toEqual(['connection refused', 'ok']);
  });

  it('retries after a refusal as after a timeout, with the backoff', () => {
    const scenario = line({
      workload: { retries: 2, backoffUs: 10_000, backoffMultiplier: 2 },
      schedule: [crashAt(0), ...sends(1000)],
    });
    const { sim, events } = run(scenario);
    const r = sim.state.requests[0]!;
    expect(r.attempts.map((a) => a.status)).toEqual([
      'connection refused',
      'connection refused',
      'connection refused',
    ]);
    const failed = eventsOf(events, 'attempt-failed').map((e) => e.timeUs);
    const retries = eventsOf(events, 'retry').map((e) => e.timeUs);
    expect(retries[0]! - failed[0]!).toBe(10_000);
    expect(retries[1]! - failed[1]!).toBe(20_000);
    expect(r.status).toBe('connection refused');
  });

  it('an RST lost on the way leaves only the timeout, still for the crash', () => {
    const scenario = line({
      schedule: [
        crashAt(0),
        { atUs: 0, kind: 'degrade', cable: ['client', 'server'], from: 'server', lossPercent: 100 },
        ...sends(1000),
      ],
    });
    const { sim } = run(scenario);
    expect(results(sim).requests[0]).toMatchObject({ outcome: 'timeout', cause: 'remote crashed' });
    expect(sim.state.requests[0]!.attempts[0]!.signal).toBe('lost');
    expect(checkRun(sim)).toEqual([]);
  });

  it('an RST that comes after the timeout changes nothing: the client had closed the connection', () => {
    const scenario = line({ workload: { timeoutUs: 1000 }, schedule: [crashAt(0), ...sends(0)] });
    const { sim, events } = run(scenario);
    expect(results(sim).requests[0]!.outcome).toBe('timeout');
    expect(eventsOf(events, 'attempt-failed')).toEqual([]);
    expect(sim.state.requests[0]!.attempts[0]!.signal).toBe('received');
  });
});

describe('silence: the general case', () => {
  it('a machine that is off sends nothing: the client times out', () => {
    const scenario = line({
      schedule: [{ atUs: 0, kind: 'power-off', node: 'server' }, ...sends(0)],
    });
    expect(signalsSent(scenario)).toEqual([]);
    expect(results(run(scenario).sim).requests[0]!.outcome).toBe('timeout');
  });

  it('power off in the middle of a request resets nothing', () => {
    const scenario = line({
      server: { service: { kind: 'constant', us: 50_000 } },
      schedule: [...sends(0, 2), { atUs: 20_000, kind: 'power-off', node: 'server' }],
    });
    expect(signalsSent(scenario)).toEqual([]);
  });

  it('a paused process sends nothing: its requests wait and the client times out', () => {
    const scenario = line({
      schedule: [{ atUs: 0, kind: 'pause', node: 'server', durationUs: 500_000 }, ...sends(0)],
    });
    expect(signalsSent(scenario)).toEqual([]);
    expect(results(run(scenario).sim).requests[0]).toMatchObject({
      outcome: 'timeout',
      cause: 'remote paused',
    });
  });

  it('a switch whose next cable is cut drops the request in silence', () => {
    const scenario = line({
      switches: 1,
      schedule: [{ atUs: 0, kind: 'cut', cable: ['sw1', 'server'] }, ...sends(1000)],
    });
    expect(signalsSent(scenario)).toEqual([]);
    expect(results(run(scenario).sim).requests[0]!.outcome).toBe('timeout');
  });
});

describe('a router', () => {
  it('answers ICMP destination unreachable when its own link towards the server is down', () => {
    const scenario = routed({
      schedule: [{ atUs: 0, kind: 'cut', cable: ['sw1', 'server'] }, ...sends(1000)],
    });
    const { sim, events } = run(scenario);
    const r = sim.state.requests[0]!;
    expect(r.status).toBe('host unreachable');
    expect(r.cause).toBe('request lost');
    expect(eventsOf(events, 'drop-at-node')[0]).toMatchObject({
      node: 'sw1',
      reason: 'route down',
    });
    const icmp = signalsSent(scenario);
    expect(icmp.map((m) => [m.kind, m.source, m.bytes])).toEqual([['unreachable', 1, 56]]);
    // Half the way out and back: the router is one hop from the client.
    expect(r.endedAtUs - r.sentAtUs).toBeLessThanOrEqual(roundTripUs(routed()) / 2 + 100);
    expect(checkRun(sim)).toEqual([]);
  });

  it('knows nothing of a fault beyond its own links: a cut further on is silence', () => {
    const scenario = routed({ switches: 2 });
    const beyond: Scenario = {
      ...scenario,
      nodes: scenario.nodes.map((n) => (n.id === 'sw1' ? { ...n, kind: 'router' as const } : n)),
      schedule: [{ atUs: 0, kind: 'cut', cable: ['sw2', 'server'] }, ...sends(1000)],
    };
    expect(signalsSent(beyond)).toEqual([]);
    expect(results(run(beyond).sim).requests[0]!.outcome).toBe('timeout');
  });

  it('does not answer for responses, only for requests', () => {
    const scenario = routed({
      server: { service: { kind: 'constant', us: 10_000 } },
      schedule: [...sends(0), { atUs: 5000, kind: 'cut', cable: ['client', 'sw1'], from: 'sw1' }],
    });
    const { sim } = run(scenario);
    expect(signalsSent(scenario)).toEqual([]);
    expect(results(sim).requests[0]).toMatchObject({ outcome: 'timeout', cause: 'response lost' });
  });

  it('forwards like a switch when its links are up', () => {
    const { sim } = run(routed({ schedule: sends(0, 3) }));
    expect(results(sim).requests.map((r) => r.outcome)).toEqual(['ok', 'ok', 'ok']);
  });
});
