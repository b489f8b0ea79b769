import { exponentialUs } from '../sim/det-math.ts';
import { createRng } from '../sim/prng.ts';

/**
 * The machine's failure times, in order, from one seed: gaps drawn from an exponential with
 * mean M (the superposition of N independent Poisson processes is a Poisson process with N
 * times the rate). The job and the service each read their own copy of the same trace.
 */
export function failureTrace(seed: number, mtbfS: number): () => number {
  const rng = createRng(seed, 'hpc-failures');
  let tS = 0;
  return () => {
    // exponentialUs draws a whole number of whatever unit its mean is in; here, seconds.
    tS += exponentialUs(rng, mtbfS);
    return tS;
  };
}
