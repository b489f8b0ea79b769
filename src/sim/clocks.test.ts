/**
 * Unreliable clocks (concepts.md F2, F3, F9): drift accumulates as drift × elapsed time; a step
 * moves the time-of-day clock and never the monotonic one; last write wins by the clients'
 * clocks loses exactly the writes the skew predicts.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Scenario, ScheduledAction } from '../scenario/types.ts';
import { validateScenario } from '../scenario/validate.ts';
import { FC_SEED } from '../testing/arbitrary-scenario.ts';
import { eventsOf, line, run } from '../testing/build-scenario.ts';
import { monotonicUs, timeOfDayUs } from './clocks.ts';
import { createSimulation, decodeTrace, results } from './index.ts';

function withClock(driftPpm: number, offsetUs = 0, schedule: ScheduledAction[] = []): Scenario {
  const base = line({ schedule, durationUs: 60_000_000 });
  return {
    ...base,
    nodes: base.nodes.map((n) => (n.id === 'server' ? { ...n, clock: { offsetUs, driftPpm } } : n)),
  };
}

const server = (sim: ReturnType<typeof createSimulation>) => sim.state.nodes[1]!.clock;

describe(`clocks (fast-check seed ${FC_SEED})`, () => {
  it('drift accumulates as drift × elapsed time, on both clocks', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -500, max: 500 }),
        fc.integer({ min: -1_000_000, max: 1_000_000 }),
        fc.integer({ min: 0, max: 50_000_000 }),
        (driftPpm, offsetUs, elapsedUs) => {
          const sim = createSimulation(withClock(driftPpm, offsetUs));
          sim.runUntil(elapsedUs);
          const drift = Math.round((driftPpm * elapsedUs) / 1_000_000);
          expect(timeOfDayUs(server(sim), elapsedUs)).toBe(elapsedUs + offsetUs + drift);
          expect(monotonicUs(server(sim), elapsedUs)).toBe(elapsedUs + drift);
        },
      ),
      { seed: FC_SEED, numRuns: 100 },
    );
  });

  it('100 ppm gains a millisecond every 10 s', () => {
    const sim = createSimulation(withClock(100));
    sim.runUntil(10_000_000);
    expect(timeOfDayUs(server(sim), sim.nowUs) - sim.nowUs).toBe(1000);
  });

  it('a step moves the time of day, even backwards, and never the monotonic clock', () => {
    const scenario = withClock(0, 0, [
      { atUs: 5_000_000, kind: 'clock-step', node: 'server', byUs: -50_000 },
      { atUs: 6_000_000, kind: 'clock-drift', node: 'server', driftPpm: 200 },
    ]);
    expect(validateScenario(scenario).problems).toEqual([]);
    const sim = createSimulation(scenario);
    sim.runUntil(4_999_999);
    const before = timeOfDayUs(server(sim), sim.nowUs);
    sim.runUntil(5_000_000);
    expect(timeOfDayUs(server(sim), sim.nowUs)).toBeLessThan(before);
    expect(monotonicUs(server(sim), sim.nowUs)).toBe(5_000_000);
    sim.runUntil(16_000_000);
    // 200 ppm for the last 10 s: 2 ms ahead of where it stood, the step still in it.
    expect(timeOfDayUs(server(sim), sim.nowUs)).toBe(16_000_000 - 50_000 + 2000);
    expect(monotonicUs(server(sim), sim.nowUs)).toBe(16_000_000 + 2000);
  });
});

/** Two clients writing to a last-write-wins store; client b's clock is 50 ms behind. */
function lwwScenario(sends: { client: string; atUs: number }[]): Scenario {
  const base = line({ switches: 1, durationUs: 2_000_000 });
  const workload = base.workloads[0]!;
  return {
    ...base,
    nodes: [
      ...base.nodes.map((n) => (n.kind === 'server' ? { ...n, lww: true } : n)),
      { id: 'b', label: 'b', kind: 'client', clock: { offsetUs: -50_000, driftPpm: 0 } },
    ],
    cables: [...base.cables, { ...base.cables[0]!, a: 'b', b: 'sw1' }],
    workloads: [workload, { ...workload, client: 'b' }],
    schedule: sends.map((s) => ({ atUs: s.atUs, kind: 'send-request', client: s.client })),
  };
}

describe('last write wins, by the clients’ clocks', () => {
  it('silently drops a later write from a client whose clock is behind; the client hears ok', () => {
    const scenario = lwwScenario([
      { client: 'client', atUs: 100_000 },
      { client: 'b', atUs: 120_000 },
      { client: 'b', atUs: 200_000 },
    ]);
    expect(validateScenario(scenario).problems).toEqual([]);
    const { sim, events } = run(scenario);
    // b's first write came 20 ms later but is stamped 70 ms, before the kept 100 ms: lost.
    const lost = eventsOf(events, 'lww-lost');
    expect(lost.map((e) => [e.request, e.skewUs])).toEqual([[2, 30_000]]);
    // b's second write is stamped 150 ms, after 100 ms: kept.
    expect(results(sim).requests.map((r) => r.outcome)).toEqual(['ok', 'ok', 'ok']);
  });

  it.each([1, 2, 3, 4, 5])('seed %i: loses exactly the writes the skew predicts', (seed) => {
    const sends = Array.from({ length: 30 }, (_, i) => ({
      client: i % 2 === 0 ? 'client' : 'b',
      atUs: 50_000 + i * 13_000 + ((seed * 7919) % 11_000),
    }));
    const { events } = run(lwwScenario(sends));
    // Stamps as each client's clock read them; a write is lost when an earlier-arriving one
    // (in arrival order at the store) carried a later stamp. Arrival order here is send order.
    let newest = -Infinity;
    const predicted: number[] = [];
    sends.forEach((s, i) => {
      const stamp = s.atUs + (s.client === 'b' ? -50_000 : 0);
      if (stamp < newest) predicted.push(i + 1);
      else newest = stamp;
    });
    expect(eventsOf(events, 'lww-lost').map((e) => e.request)).toEqual(predicted);
    expect(predicted.length).toBeGreaterThan(0);
  });
});

/** A client whose clock is 80 ms fast and drifts 200 ppm, synced every second to the server. */
function synced(schedule: ScheduledAction[] = [], jitterUs = 0): Scenario {
  const base = line({ switches: 1, schedule, durationUs: 12_000_000, link: { jitterUs } });
  return {
    ...base,
    nodes: base.nodes.map((n) =>
      n.id === 'client'
        ? {
            ...n,
            clock: {
              offsetUs: 80_000,
              driftPpm: 200,
              sync: { server: 'server', intervalUs: 1_000_000 },
            },
          }
        : n,
    ),
  };
}

const clientClock = (sim: ReturnType<typeof createSimulation>) => sim.state.nodes[0]!.clock;

describe('clock synchronisation', () => {
  it('sets the clock to the server’s time plus half the round trip', () => {
    const scenario = synced();
    expect(validateScenario(scenario).problems).toEqual([]);
    const { sim, events } = run(scenario);
    const syncs = eventsOf(events, 'clock-sync');
    expect(syncs.length).toBeGreaterThan(10);
    // The first sync takes the 80 ms back: a step backwards.
    expect(syncs[0]!.skewUs).toBeLessThan(-79_000);
    // After it, the error is the drift since the last sync, plus the one-way difference (none).
    sim.runUntil(10_500_000);
    const errorUs = timeOfDayUs(clientClock(sim), sim.nowUs) - sim.nowUs;
    expect(Math.abs(errorUs)).toBeLessThanOrEqual(Math.round(200 * 0.5) + 10);
  });

  it.each([1, 2, 3])('seed %i: with jitter, off by no more than half the round trip', (seed) => {
    const sim = createSimulation({ ...synced([], 800), seed });
    for (let t = 1_500_000; t <= 9_500_000; t += 1_000_000) {
      sim.runUntil(t);
      const events = eventsOf(decodeTrace(sim.trace, sim.world), 'clock-sync');
      const last = events[events.length - 1]!;
      const errorUs = Math.abs(timeOfDayUs(clientClock(sim), sim.nowUs) - sim.nowUs);
      const driftSinceUs = Math.ceil((200 * (sim.nowUs - last.timeUs)) / 1_000_000);
      expect(errorUs).toBeLessThanOrEqual(last.queueLength! / 2 + driftSinceUs + 1);
    }
  });

  it('unreachable, the clock drifts away at drift × elapsed time', () => {
    const scenario = synced([{ atUs: 2_100_000, kind: 'cut', cable: ['sw1', 'server'] }]);
    const sim = createSimulation(scenario);
    sim.runUntil(2_100_000);
    const atCut = timeOfDayUs(clientClock(sim), sim.nowUs) - sim.nowUs;
    sim.runUntil(12_100_000);
    const later = timeOfDayUs(clientClock(sim), sim.nowUs) - sim.nowUs;
    // Ten seconds at 200 ppm: 2 ms further off, and no sync since the cut.
    expect(later - atCut).toBe(2000);
  });

  it('time server unreachable: questions die at the firewall, the clock drifts, then syncs again', () => {
    const block: ScheduledAction = {
      atUs: 2_100_000,
      kind: 'sync-unreachable',
      node: 'client',
      durationUs: 5_000_000,
    };
    const scenario = synced([block]);
    expect(validateScenario(scenario).problems).toEqual([]);
    const sim = createSimulation(scenario);
    sim.runUntil(2_100_000);
    const atBlock = timeOfDayUs(clientClock(sim), sim.nowUs) - sim.nowUs;
    sim.runUntil(7_050_000);
    const before = timeOfDayUs(clientClock(sim), sim.nowUs) - sim.nowUs;
    // About 4.95 s at 200 ppm: 990 µs further off, with no answer since the block.
    expect(before - atBlock).toBe(990);
    sim.runUntil(12_000_000);
    const events = decodeTrace(sim.trace, sim.world);
    const syncTimes = eventsOf(events, 'clock-sync').map((e) => e.timeUs);
    expect(syncTimes.some((t) => t > 2_100_000 && t < 7_100_000)).toBe(false);
    expect(syncTimes.some((t) => t > 7_100_000)).toBe(true);
    // Five questions (3 s … 7 s) dropped by the firewall where they were asked, on the client.
    const firewalled = eventsOf(events, 'drop-at-node').filter((e) => e.reason === 'firewall');
    expect(firewalled.map((e) => e.timeUs)).toEqual([3, 4, 5, 6, 7].map((s) => s * 1_000_000));
    // The client's own requests never noticed.
    expect(results(sim).counts.timeout).toBe(0);
  });

  it('a machine that does not sync ignores "time server unreachable", and says why', () => {
    const sim = createSimulation(withClock(100));
    const result = sim.apply({ kind: 'sync-unreachable', node: 'server' });
    expect(result).toEqual({ applied: false, reason: 'server does not sync its clock' });
  });
});
