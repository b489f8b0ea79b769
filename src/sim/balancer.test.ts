/**
 * A load balancer and its health checks (concepts.md C2): requests go round the backends in
 * rotation; a dead backend leaves rotation only after `unhealthyAfter` failed checks, and the
 * requests sent to it before that are lost; a crash notice takes it out at once; a slow server
 * that answers its shallow checks stays in (a gray failure), a deep check catches it.
 */

import { describe, expect, it } from 'vitest';
import type { ScheduledAction } from '../scenario/types.ts';
import { validateScenario } from '../scenario/validate.ts';
import { balanced } from '../testing/balanced.ts';
import { eventsOf, run, sends } from '../testing/build-scenario.ts';
import { checkRun } from '../testing/trace-checks.ts';
import { findPreset } from '../scenario/presets/index.ts';
import { createSimulation, decodeTrace, results } from './index.ts';

const every = (stepUs: number, fromUs: number, toUs: number): ScheduledAction[] =>
  Array.from({ length: Math.floor((toUs - fromUs) / stepUs) }, (_, i) =>
    sends(fromUs + i * stepUs),
  ).flat();

describe('a load balancer', () => {
  it('is a valid scenario node, and passes requests round its backends in turn', () => {
    const scenario = balanced({ schedule: sends(0, 6) });
    expect(validateScenario(scenario).problems).toEqual([]);
    const { sim, events } = run(scenario);
    expect(results(sim).requests.map((r) => r.outcome)).toEqual(Array(6).fill('ok'));
    const backends = sim.state.requests.map((r) => sim.world.nodes[r.attempts[0]!.backend]!.id);
    expect(backends).toEqual(['s1', 's2', 's3', 's1', 's2', 's3']);
    expect(eventsOf(events, 'check').length).toBeGreaterThan(0);
    expect(checkRun(sim)).toEqual([]);
  });

  it('takes a dead backend out after interval × threshold, and loses what it sent there meanwhile', () => {
    const balancer = { checkIntervalUs: 100_000, checkTimeoutUs: 50_000, unhealthyAfter: 3 };
    const scenario = balanced({
      balancer,
      schedule: [
        { atUs: 10_000, kind: 'power-off', node: 's2' },
        ...every(10_000, 20_000, 600_000),
      ],
      durationUs: 700_000,
    });
    const { sim, events } = run(scenario);
    const out = eventsOf(events, 'rotation');
    expect(out).toHaveLength(1);
    // Checks at 100, 200 and 300 ms fail at +50 ms: out at 350 ms, about interval × threshold.
    expect(out[0]!.timeUs).toBe(350_000);
    const lost = results(sim).requests.filter((r) => r.outcome !== 'ok');
    expect(lost.length).toBeGreaterThan(8);
    for (const r of sim.state.requests.filter((x) => x.status !== 'ok')) {
      expect(sim.world.nodes[r.attempts[0]!.backend]!.id).toBe('s2');
      expect(r.sentAtUs).toBeLessThan(350_000);
    }
    expect(
      results(sim)
        .requests.filter((r) => r.sentAtUs > 360_000)
        .every((r) => r.outcome === 'ok'),
    ).toBe(true);
    expect(checkRun(sim)).toEqual([]);
  });

  it('a crashed process refuses its checks, and a crash notice takes it out at once', () => {
    const schedule = [{ atUs: 10_000, kind: 'crash', node: 's2' } as const];
    const checksOnly = run(balanced({ balancer: { checkIntervalUs: 100_000 }, schedule }));
    const refusedOut = eventsOf(checksOnly.events, 'rotation')[0]!.timeUs;
    // Each check is refused within a round trip, but it takes three: those sent at 100, 200 and
    // 300 ms (the one at 0 ms came before the crash).
    expect(refusedOut).toBeGreaterThan(300_000);
    expect(refusedOut).toBeLessThan(310_000);

    const notified = balanced({ balancer: { checkIntervalUs: 100_000 }, schedule });
    const withScript = {
      ...notified,
      nodes: notified.nodes.map((n) => (n.id === 's2' ? { ...n, notifyOnCrash: true } : n)),
    };
    expect(validateScenario(withScript).problems).toEqual([]);
    const { sim, events } = run(withScript);
    const out = eventsOf(events, 'rotation')[0]!.timeUs;
    expect(out - 10_000).toBeLessThan(5000);
    expect(checkRun(sim)).toEqual([]);
  });

  it('brings a backend back after healthyAfter good checks', () => {
    const scenario = balanced({
      balancer: {
        checkIntervalUs: 100_000,
        checkTimeoutUs: 50_000,
        unhealthyAfter: 2,
        healthyAfter: 2,
      },
      schedule: [
        { atUs: 10_000, kind: 'crash', node: 's1' },
        { atUs: 400_000, kind: 'restart', node: 's1' },
      ],
      durationUs: 1_000_000,
    });
    const { sim, events } = run(scenario);
    expect(eventsOf(events, 'rotation').map((e) => e.timeUs > 400_000)).toEqual([false, true]);
    expect(checkRun(sim)).toEqual([]);
  });

  it('keeps a slow server that answers shallow checks in rotation: a gray failure; a deep check catches it', () => {
    const slow: ScheduledAction = {
      atUs: 0,
      kind: 'overload',
      node: 's3',
      intervalUs: 2000,
      serviceUs: 20_000,
      queueCapacity: 10_000,
    };
    const schedule = [slow, ...every(10_000, 10_000, 800_000)];
    const options = { schedule, durationUs: 900_000, server: { queueCapacity: 10_000 } };
    const shallow = run(balanced({ ...options, balancer: { checkIntervalUs: 100_000 } }));
    expect(eventsOf(shallow.events, 'rotation')).toEqual([]);
    const late = (sim: typeof shallow.sim) =>
      results(sim).requests.filter((r) => r.sentAtUs > 500_000 && r.outcome !== 'ok').length;
    expect(late(shallow.sim)).toBeGreaterThan(5);

    const deep = run(
      balanced({ ...options, balancer: { checkIntervalUs: 100_000, deepCheck: true } }),
    );
    expect(eventsOf(deep.events, 'rotation').length).toBe(1);
    expect(late(deep.sim)).toBe(0);
    expect(checkRun(deep.sim)).toEqual([]);
  });

  it('with nothing in rotation, refuses at once', () => {
    const scenario = balanced({
      servers: 1,
      balancer: { checkIntervalUs: 100_000, unhealthyAfter: 1 },
      schedule: [{ atUs: 0, kind: 'crash', node: 's1' }, ...sends(200_000)],
    });
    const { sim } = run(scenario);
    expect(results(sim).requests[0]!.outcome).toBe('connection refused');
    expect(checkRun(sim)).toEqual([]);
  });
});

describe('declaring a node dead too early', () => {
  const runPreset = (id: string, seed: number) => {
    const sim = createSimulation(findPreset(id)!.scenario, { seed });
    sim.runUntil(sim.endUs);
    return sim;
  };

  it.each([1, 2, 3])('seed %i: a paused server’s work is handed on and done twice', (seed) => {
    const sim = runPreset('done-twice', seed);
    expect(results(sim).counts.duplicate).toBeGreaterThan(3);
  });

  it.each([1, 2, 3])(
    'seed %i: its load moves to the survivors, which fail in turn (a cascade)',
    (seed) => {
      const sim = runPreset('cascade', seed);
      const { events } = { events: decodeTrace(sim.trace, sim.world) };
      // Every server was taken out at some point, though only server 1 paused.
      const out = new Set(
        eventsOf(events, 'rotation')
          .filter((e) => !e.passed)
          .map((e) => e.backend),
      );
      expect([...out].sort()).toEqual(['s1', 's2', 's3']);
      // Long after the pause ended at 3.5 s, requests still fail, and some find no server at all.
      const after = results(sim).requests.filter((r) => r.sentAtUs > 4_000_000);
      const ok = after.filter((r) => r.outcome === 'ok').length / after.length;
      expect(ok).toBeLessThan(0.8);
      expect(after.some((r) => r.outcome === 'connection refused')).toBe(true);
    },
  );
});

describe('a link monitor on the switches', () => {
  const monitored = (id: string) => {
    const base = findPreset(id)!.scenario;
    return {
      ...base,
      nodes: base.nodes.map((n) => (n.kind === 'balancer' ? { ...n, linkMonitorUs: 250_000 } : n)),
    };
  };

  it('sees a machine that lost power at its next poll, long before the health checks fail', () => {
    const scenario = monitored('load-balancer');
    expect(validateScenario(scenario).problems).toEqual([]);
    const { sim, events } = run(scenario);
    const polls = eventsOf(events, 'link-poll');
    expect(polls.length).toBeGreaterThan(20);
    const down = eventsOf(events, 'link-down');
    expect(down.map((e) => [e.timeUs, e.backend])).toEqual([[1_250_000, 's2']]);
    expect(eventsOf(events, 'rotation')[0]!.timeUs).toBe(1_250_000);
    expect(checkRun(sim)).toEqual([]);
  });

  it('cannot see a crashed process: the link stays up, and only the checks notice', () => {
    const base = monitored('load-balancer');
    const scenario = {
      ...base,
      schedule: [{ atUs: 1_020_000, kind: 'crash' as const, node: 's2' }],
    };
    const { events } = run(scenario);
    expect(eventsOf(events, 'link-down')).toEqual([]);
    expect(eventsOf(events, 'rotation')[0]!.timeUs).toBeGreaterThan(2_000_000);
  });
});
