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

// fdlibm's __ieee754_exp constants. The bounds on |x| are the doubles at which fdlibm's tests on
// the high word of x switch (0x3fd62e43, 0x3ff0a2b2, 0x3e300000 followed by zero low words).
const EXP_OVERFLOW = 7.09782712893383973096e2;
const EXP_UNDERFLOW = -7.4513321910194110842e2;
const HALF_LN2_BOUND = 0.3465735912322998;
const THREE_HALVES_LN2_BOUND = 1.0397205352783203;
const TWO_TO_MINUS_28 = 3.725290298461914e-9;
const TWO_TO_MINUS_1000 = 9.3326361850321887899e-302;
const INV_LN2 = 1.442695040888963387;
const P1 = 1.66666666666666019037e-1;
const P2 = -2.77777777770155933842e-3;
const P3 = 6.61375632143793436117e-5;
const P4 = -1.6533902205465251539e-6;
const P5 = 4.13813679705723846039e-8;

/** 2^0 … 2^64, built by doubling, which is exact. */
const POWERS_OF_TWO: number[] = [1];
for (let i = 1; i <= 64; i++) POWERS_OF_TWO.push(POWERS_OF_TWO[i - 1]! * 2);

/** y · 2^k, in steps of at most 2^64: each step is exact while the result stays normal. */
function timesPowerOfTwo(y: number, k: number): number {
  let r = y;
  let n = k;
  while (n > 0) {
    const step = Math.min(n, 64);
    r *= POWERS_OF_TWO[step]!;
    n -= step;
  }
  while (n < 0) {
    const step = Math.min(-n, 64);
    r /= POWERS_OF_TWO[step]!;
    n += step;
  }
  return r;
}

/**
 * e^x, accurate to within one unit in the last place and bit-for-bit the same in every engine:
 * fdlibm's `__ieee754_exp`, with its exponent-field arithmetic replaced by exact scaling by
 * powers of two. Returns +Infinity on overflow, 0 on underflow, and NaN for NaN.
 */
export function detExp(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x > EXP_OVERFLOW) return Infinity;
  if (x < EXP_UNDERFLOW) return 0;
  const ax = Math.abs(x);
  if (ax < TWO_TO_MINUS_28) return 1 + x;
  // Reduce x to k ln2 + r with |r| <= ln2 / 2; ln2 is split in two so that k * LN2_HI is exact.
  let k = 0;
  let hi = x;
  let lo = 0;
  if (ax >= HALF_LN2_BOUND) {
    k = ax < THREE_HALVES_LN2_BOUND ? Math.sign(x) : Math.trunc(INV_LN2 * x + (x > 0 ? 0.5 : -0.5));
    hi = x - k * LN2_HI;
    lo = k * LN2_LO;
  }
  const r = hi - lo;
  // e^r from a rational function of r, as fdlibm does (Remez polynomial in r^2).
  const t = r * r;
  const c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((r * c) / (c - 2) - r);
  const y = 1 - (lo - (r * c) / (2 - c) - hi);
  // Subnormal results are rounded once, by the final multiplication, as in fdlibm.
  if (k >= -1021) return timesPowerOfTwo(y, k);
  return timesPowerOfTwo(y, k + 1000) * TWO_TO_MINUS_1000;
}

// fdlibm's __ieee754_log10 constants: 1/ln10, and log10(2) split so that n * LOG10_2HI is exact.
const IVLN10 = 4.34294481903251816668e-1;
const LOG10_2HI = 3.01029995663611771306e-1;
const LOG10_2LO = 3.69423907715893078616e-13;

/**
 * The base-10 logarithm, deterministic like `detLog` (fdlibm's `__ieee754_log10` on top of it).
 * Returns -Infinity for 0, NaN below 0 and for NaN, +Infinity for +Infinity.
 */
export function detLog10(x: number): number {
  if (!(x > 0) || x === Infinity) return detLog(x);
  // x = m * 2^n with m in [1, 2) when x >= 1 and in [1/2, 1) when x < 1, so that for x near 1
  // n is 0 and nothing cancels: log10(x) = n log10(2) + log(m) / ln(10).
  let m = x;
  let n = 0;
  while (m >= 2) {
    m /= 2;
    n++;
  }
  while (m < 0.5) {
    m *= 2;
    n--;
  }
  const z = n * LOG10_2LO + IVLN10 * detLog(m);
  return z + n * LOG10_2HI;
}
