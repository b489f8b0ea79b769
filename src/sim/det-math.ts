/**
 * Deterministic transcendental functions for the simulation core.
 *
 * ECMAScript lets engines approximate `Math.log` and friends, and they differ in the last bit
 * between engines (Firefox and Chrome disagree on `Math.exp(1)`). A shared link must replay the
 * same history in every browser, so the core computes its logarithm here from + - * / alone,
 * following fdlibm's `__ieee754_log` (Sun Microsystems, 1993), whose polynomial we reuse.
 */

import { nextUint32, type RngState } from './prng.ts';

const LN2_HI = 6.9314718036912381649e-1;
const LN2_LO = 1.90821492927058770002e-10;
const LG1 = 6.66666666666673513e-1;
const LG2 = 3.999999999940941908e-1;
const LG3 = 2.857142874366239149e-1;
const LG4 = 2.222219843214978396e-1;
const LG5 = 1.818357216161805012e-1;
const LG6 = 1.531383769920937332e-1;
const LG7 = 1.479819860511658591e-1;
const SQRT2 = 1.4142135623730951;
const SQRT1_2 = 0.7071067811865476;

/**
 * The natural logarithm of a positive finite number, accurate to about one unit in the last
 * place, and bit-for-bit the same in every engine. Returns -Infinity for 0 and NaN below 0.
 */
export function detLog(x: number): number {
  if (x === 0) return -Infinity;
  if (!(x > 0) || x === Infinity) return x === Infinity ? Infinity : NaN;
  // Reduce x to m * 2^k with sqrt(1/2) <= m < sqrt(2). Scaling by two is exact.
  let m = x;
  let k = 0;
  while (m < SQRT1_2) {
    m *= 2;
    k--;
  }
  while (m >= SQRT2) {
    m /= 2;
    k++;
  }
  // f = m - 1 is exact here (Sterbenz), and log(m) = log(1 + f).
  const f = m - 1;
  const s = f / (2 + f);
  const z = s * s;
  const w = z * z;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  const r = t2 + t1;
  const hfsq = 0.5 * f * f;
  return k * LN2_HI - (hfsq - (s * (hfsq + r) + k * LN2_LO) - f);
}

/**
 * An exponentially distributed whole number of microseconds with the given mean, at least 1.
 * The uniform draw lies in (0, 1], so the logarithm is always finite.
 */
export function exponentialUs(rng: RngState, meanUs: number): number {
  const u = (nextUint32(rng) + 1) / 4294967296;
  return Math.max(1, Math.round(-meanUs * detLog(u)));
}
