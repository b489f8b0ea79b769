/**
 * The values the `Timeout` slider stops at: 1 ms to 30 s on a log scale, ten steps a decade on
 * numbers that read cleanly (… 50, 60, 80, 100, 120, 150, 200, 250, 300 ms …), so each arrow key
 * press moves the timeout by about a quarter and lands on a value a person would choose.
 */

const MANTISSAS = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8];
const SHORTEST_US = 1000;
const LONGEST_US = 30_000_000;

function steps(): number[] {
  const values: number[] = [];
  for (let decadeUs = SHORTEST_US; decadeUs <= LONGEST_US; decadeUs *= 10) {
    for (const m of MANTISSAS) {
      const us = Math.round(m * decadeUs);
      if (us <= LONGEST_US) values.push(us);
    }
  }
  return values;
}

export const TIMEOUT_STEPS_US: readonly number[] = steps();

/** The step nearest to `us` on the log scale (the ends for values beyond them). */
export function stepOfTimeout(us: number): number {
  if (!(us > 0)) return 0;
  let best = 0;
  let bestDistance = Infinity;
  TIMEOUT_STEPS_US.forEach((stepUs, i) => {
    const distance = Math.abs(Math.log(us / stepUs));
    if (distance < bestDistance) {
      best = i;
      bestDistance = distance;
    }
  });
  return best;
}

export const timeoutOfStep = (step: number): number =>
  TIMEOUT_STEPS_US[Math.min(TIMEOUT_STEPS_US.length - 1, Math.max(0, Math.round(step)))]!;

/** A timeout moved onto the slider's nearest step. */
export const snapTimeout = (us: number): number => timeoutOfStep(stepOfTimeout(us));
