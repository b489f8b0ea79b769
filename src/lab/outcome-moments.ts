/**
 * The moments requests ended, read from the trace: where Shift+← and Shift+→ jump to.
 */

import type { Trace } from '../sim/index.ts';

const isOutcome = (trace: Trace, i: number) => trace.typeOf(i) === 'outcome';

/** The last moment before `nowUs` a request ended, or -1. */
export function previousOutcomeUs(trace: Trace, nowUs: number): number {
  for (let i = trace.length - 1; i >= trace.firstIndex; i--) {
    if (isOutcome(trace, i) && trace.timeOf(i) < nowUs) return trace.timeOf(i);
  }
  return -1;
}

/** The first moment after `nowUs` a request ended among rows `from` to `to`, or -1. */
export function nextOutcomeUs(trace: Trace, nowUs: number, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    if (isOutcome(trace, i) && trace.timeOf(i) > nowUs) return trace.timeOf(i);
  }
  return -1;
}
