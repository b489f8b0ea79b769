/**
 * Retries as load (concepts.md D17): full jitter spreads the waits, a retry budget caps how many
 * retries failures can cause, and without one a short pause turns into a retry storm that keeps
 * the server down after the pause is over (a metastable failure, D3).
 */

import { describe, expect, it } from 'vitest';
import { findPreset } from '../scenario/presets/index.ts';
import type { Scenario } from '../scenario/types.ts';
import { eventsOf, line, run, sends } from '../testing/build-scenario.ts';
import { createSimulation, results } from './index.ts';

/** A server that is off: every attempt times out after 5 ms and may be retried. */
function failing(workload: Partial<Scenario['workloads'][number]>, requests: number): Scenario {
  return line({
    workload: { timeoutUs: 5000, retries: 3, backoffUs: 10_000, ...workload },
    schedule: [
      { atUs: 0, kind: 'power-off', node: 'server' },
      ...Array.from({ length: requests }, (_, i) => sends(i * 100_000)).flat(),
    ],
    durationUs: requests * 100_000,
  });
}

/** The waits between each timeout and the retry it led to. */
function retryWaits(scenario: Scenario): number[] {
  const { events } = run(scenario);
  const timeouts = eventsOf(events, 'timeout');
  return eventsOf(events, 'retry').map((retry) => {
    const before = timeouts.filter((t) => t.request === retry.request && t.timeUs <= retry.timeUs);
    return retry.timeUs - before[before.length - 1]!.timeUs;
  });
}

describe('backoff', () => {
  it('without jitter, waits exactly the backoff, growing by its multiplier', () => {
    const waits = retryWaits(failing({ backoffMultiplier: 2 }, 2));
    expect(waits).toEqual([10_000, 20_000, 40_000, 10_000, 20_000, 40_000]);
  });

  it('with full jitter, draws each wait from 0 to the backoff: spread, and the same on a rerun', () => {
    const scenario = failing({ backoffMultiplier: 1, backoffJitter: true }, 40);
    const waits = retryWaits(scenario);
    expect(waits).toHaveLength(120);
    for (const w of waits) expect(w).toBeGreaterThanOrEqual(0);
    for (const w of waits) expect(w).toBeLessThanOrEqual(10_000);
    expect(new Set(waits).size).toBeGreaterThan(100);
    const mean = waits.reduce((a, b) => a + b, 0) / waits.length;
    expect(mean).toBeGreaterThan(3500);
    expect(mean).toBeLessThan(6500);
    expect(retryWaits(scenario)).toEqual(waits);
  });
});

describe('a retry budget', () => {
  it('allows the saved-up retries and then a share of the requests, and says when it refuses', () => {
    const scenario = failing({ retryBudgetPercent: 10 }, 100);
    const { sim, events } = run(scenario);
    const retries = eventsOf(events, 'retry').length;
    // Ten saved up at the start, then a tenth of a retry for each of the 100 requests.
    expect(retries).toBeGreaterThanOrEqual(18);
    expect(retries).toBeLessThanOrEqual(20);
    // A refused retry ends its request: one refusal for each request that stopped short.
    const stoppedShort = sim.state.requests.filter((r) => r.attempts.length < 4).length;
    expect(eventsOf(events, 'retry-denied').length).toBe(stoppedShort);
    expect(stoppedShort).toBeGreaterThan(90);
    expect(results(sim).counts.timeout).toBe(100);
  });

  it('of 100% is no budget: every request retries as often as it may', () => {
    const { events } = run(failing({ retryBudgetPercent: 100 }, 20));
    expect(eventsOf(events, 'retry')).toHaveLength(60);
    expect(eventsOf(events, 'retry-denied')).toHaveLength(0);
  });
});

/** Share of the requests sent from `fromUs` on that ended ok. */
function successAfter(presetId: string, seed: number, fromUs: number): number {
  const sim = createSimulation(findPreset(presetId)!.scenario, { seed });
  sim.runUntil(sim.endUs);
  const late = results(sim).requests.filter((r) => r.sentAtUs >= fromUs);
  return late.filter((r) => r.outcome === 'ok').length / late.length;
}

describe('a retry storm', () => {
  it.each([1, 2, 3, 4, 5])(
    'seed %i: keeps the server down long after a 1 s pause; a budget lets it recover',
    (seed) => {
      // The pause ends at 3 s. From 9 s on, without a budget almost nothing succeeds.
      expect(successAfter('retry-storm', seed, 9_000_000)).toBeLessThan(0.05);
      expect(successAfter('retry-budget', seed, 9_000_000)).toBeGreaterThan(0.95);
    },
  );
});
