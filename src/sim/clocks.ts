/**
 * Each machine's clocks (concepts.md F2, F3): a time-of-day clock that starts off true time by
 * an offset, drifts at some parts per million and can be stepped (even backwards), and a
 * monotonic clock that drifts the same way but never jumps. True time is the simulation's; a
 * node only ever sees its own readings.
 */

import type { SimContext } from './context.ts';
import type { ClockState } from './state.ts';

/** Drift accumulated over `elapsedUs` at `driftPpm`, in whole microseconds. */
export const driftUs = (driftPpm: number, elapsedUs: number): number =>
  Math.round((driftPpm * elapsedUs) / 1_000_000);

/** The time-of-day clock's reading at true time `nowUs`. */
export function timeOfDayUs(clock: ClockState, nowUs: number): number {
  return nowUs + clock.offsetUs + driftUs(clock.driftPpm, nowUs - clock.sinceUs);
}

/** The monotonic clock: counts from the start of the run at the drifting rate, never steps. */
export function monotonicUs(clock: ClockState, nowUs: number): number {
  return nowUs + clock.monotonicDriftUs + driftUs(clock.driftPpm, nowUs - clock.sinceUs);
}

/** The drift so far becomes part of the offset, so a new rate counts from now. */
function settle(clock: ClockState, nowUs: number): void {
  const drifted = driftUs(clock.driftPpm, nowUs - clock.sinceUs);
  clock.offsetUs += drifted;
  clock.monotonicDriftUs += drifted;
  clock.sinceUs = nowUs;
}

export function stepClock(ctx: SimContext, node: number, byUs: number): void {
  const clock = ctx.state.nodes[node]!.clock;
  settle(clock, ctx.state.nowUs);
  clock.offsetUs += byUs;
}

export function setDrift(ctx: SimContext, node: number, driftPpm: number): void {
  const clock = ctx.state.nodes[node]!.clock;
  settle(clock, ctx.state.nowUs);
  clock.driftPpm = driftPpm;
}
