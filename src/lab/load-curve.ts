/**
 * Latency against load (concepts.md D6): the same scenario run again with every client sending
 * faster or slower, and the round trips the measured client saw at each load, as p50 and p99.
 * Each run is bounded in events, so the whole curve stays a fraction of a second of work.
 */

import { SPECS } from '../scenario/limits.ts';
import type { Scenario } from '../scenario/types.ts';
import { createSimulation } from '../sim/index.ts';
import { percentiles, roundTrips, sortedRtts } from './round-trips.ts';

export interface LoadPoint {
  /** How many times the scenario's own rate. */
  factor: number;
  p50Us: number;
  p99Us: number;
  answered: number;
  unanswered: number;
}

export const LOAD_FACTORS: readonly number[] = [0.25, 0.5, 0.75, 0.9, 1, 1.1, 1.25, 1.5];

/** Every client sends `factor` times as often (on-demand clients are left as they are). */
export function atLoad(scenario: Scenario, factor: number): Scenario {
  return {
    ...scenario,
    workloads: scenario.workloads.map((w) =>
      w.mode === 'on-demand'
        ? w
        : { ...w, intervalUs: Math.max(SPECS.intervalUs.min, Math.round(w.intervalUs / factor)) },
    ),
  };
}

export function loadCurve(
  scenario: Scenario,
  clientId: string,
  factors: readonly number[] = LOAD_FACTORS,
  maxEvents = 120_000,
): LoadPoint[] {
  return factors.map((factor) => {
    const sim = createSimulation(atLoad(scenario, factor), { traceCapEvents: maxEvents + 1000 });
    sim.runUntil(sim.endUs, maxEvents);
    const { answered, unanswered } = roundTrips(sim, clientId);
    const sorted = sortedRtts(answered);
    const p = percentiles(sorted);
    return {
      factor,
      p50Us: p.p50,
      p99Us: p.p99,
      answered: sorted.length,
      unanswered: unanswered.length,
    };
  });
}
