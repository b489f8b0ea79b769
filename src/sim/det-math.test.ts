import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { detLog, exponentialUs } from './det-math.ts';
import { copyRng, createRng, nextUint32, type RngState } from './prng.ts';

/** fast-check seed: FC_SEED from the environment when it is a whole number, else a fixed one. */
const envSeed = Number.parseInt(process.env.FC_SEED ?? '', 10);
const seed = Number.isSafeInteger(envSeed) ? envSeed : 20250101;

// --- Helpers: exact distances between doubles, in units in the last place. ---

const scratch = new Float64Array(1);
const scratchBits = new BigUint64Array(scratch.buffer);
const SIGN_BIT = 1n << 63n;

/** Maps a double onto a line of integers on which neighbouring doubles are one apart. */
function ordered(x: number): bigint {
  scratch[0] = x;
  const bits = scratchBits[0]!;
  return bits & SIGN_BIT ? -(bits & ~SIGN_BIT) : bits;
}

/** How many representable doubles lie between a and b (0 when they are the same double). */
function ulpDistance(a: number, b: number): number {
  const d = ordered(a) - ordered(b);
  return Number(d < 0n ? -d : d);
}

/** The double k representable steps away from x (x finite, positive, and the result too). */
function stepUlps(x: number, k: number): number {
  scratch[0] = x;
  scratchBits[0] = scratchBits[0]! + BigInt(k);
  return scratch[0]!;
}

/**
 * detLog(x) must agree with the engine's Math.log: within 2 ulp, and with a relative error
 * below 4e-16 (or an absolute one below 1e-15 when x is near 1 and the logarithm is tiny).
 */
function expectCloseToMathLog(x: number): void {
  const got = detLog(x);
  const want = Math.log(x);
  const context = `detLog(${x}) = ${got}, Math.log(${x}) = ${want}`;
  expect(Number.isFinite(got), context).toBe(true);
  expect(ulpDistance(got, want), context).toBeLessThanOrEqual(2);
  const absolute = Math.abs(got - want);
  const relativeOk = want === 0 ? got === 0 : absolute / Math.abs(want) < 4e-16;
  const nearOneOk = Math.abs(x - 1) < 0.5 && absolute < 1e-15;
  expect(relativeOk || nearOneOk, context).toBe(true);
}

const SMALLEST_NORMAL = 2.2250738585072014e-308;

describe('detLog', () => {
  describe('special values', () => {
    it('gives -Infinity for +0 and -0', () => {
      expect(detLog(0)).toBe(-Infinity);
      expect(detLog(-0)).toBe(-Infinity);
    });

    it('gives NaN for negative numbers, -Infinity and NaN', () => {
      expect(detLog(-1)).toBeNaN();
      expect(detLog(-Number.MIN_VALUE)).toBeNaN();
      expect(detLog(-1e300)).toBeNaN();
      expect(detLog(-Infinity)).toBeNaN();
      expect(detLog(NaN)).toBeNaN();
    });

    it('gives +Infinity for +Infinity', () => {
      expect(detLog(Infinity)).toBe(Infinity);
    });

    it('gives exactly +0 for 1', () => {
      expect(Object.is(detLog(1), 0)).toBe(true);
    });

    it('is finite for the extreme finite positives', () => {
      expectCloseToMathLog(Number.MIN_VALUE);
      expectCloseToMathLog(SMALLEST_NORMAL);
      expectCloseToMathLog(Number.MAX_VALUE);
    });
  });

  describe('golden values (a change in the algorithm must show up here)', () => {
    // Computed once with this implementation (printed with 17 significant digits, or fewer when
    // the shortest round-trip form is shorter), and checked to equal V8's Math.log.
    const golden: [number, number][] = [
      [0.5, -0.69314718055994529],
      [3, 1.0986122886681096],
      [1e-9, -20.72326583694641],
      [10, 2.3025850929940459],
      [0.1, -2.3025850929940455],
      [1e300, 690.77552789821368],
      [123456.789, 11.723646487185881],
      [Number.MIN_VALUE, -744.44007192138122],
      [1 + 2 ** -52, 2.2204460492503128e-16],
      [Math.SQRT2, 0.3465735902799727],
    ];

    for (const [x, expected] of golden) {
      it(`detLog(${x}) is ${expected}, within 1 ulp of Math.log`, () => {
        expect(ulpDistance(expected, Math.log(x))).toBeLessThanOrEqual(1);
        expect(detLog(x)).toBe(expected);
      });
    }
  });

  describe('agreement with Math.log', () => {
    it(`holds over doubles in (0, 1e300] (seed ${seed})`, () => {
      fc.assert(
        fc.property(fc.double({ min: 0, minExcluded: true, max: 1e300, noNaN: true }), (x) => {
          expectCloseToMathLog(x);
        }),
        { seed, numRuns: 20000 },
      );
    });

    it(`holds over the whole positive finite range (seed ${seed})`, () => {
      fc.assert(
        fc.property(
          fc.double({ min: 0, minExcluded: true, max: Number.MAX_VALUE, noNaN: true }),
          (x) => {
            expectCloseToMathLog(x);
          },
        ),
        { seed, numRuns: 20000 },
      );
    });

    it(`holds over tiny normal positives in [2^-1022, 1e-300] (seed ${seed})`, () => {
      fc.assert(
        fc.property(fc.double({ min: SMALLEST_NORMAL, max: 1e-300, noNaN: true }), (x) => {
          expectCloseToMathLog(x);
        }),
        { seed, numRuns: 5000 },
      );
    });

    it(`holds over subnormal positives (seed ${seed})`, () => {
      fc.assert(
        fc.property(
          fc.double({
            min: Number.MIN_VALUE,
            max: SMALLEST_NORMAL,
            maxExcluded: true,
            noNaN: true,
          }),
          (x) => {
            expectCloseToMathLog(x);
          },
        ),
        { seed, numRuns: 2000 },
      );
    });

    it(`holds near 1, where the logarithm is tiny (seed ${seed})`, () => {
      const nearOne = fc.oneof(
        // A handful of ulps on either side of 1.
        fc.integer({ min: -(2 ** 20), max: 2 ** 20 }).map((k) => stepUlps(1, k)),
        // Offsets of every magnitude.
        fc.double({ min: -0.25, max: 0.25, noNaN: true }).map((d) => 1 + d),
      );
      fc.assert(
        fc.property(nearOne, (x) => {
          expectCloseToMathLog(x);
        }),
        { seed, numRuns: 20000 },
      );
    });

    it(`holds near sqrt(2) and sqrt(1/2) times powers of two, at the reduction boundary (seed ${seed})`, () => {
      const nearBoundary = fc
        .tuple(
          fc.constantFrom(Math.SQRT2, Math.SQRT1_2),
          fc.integer({ min: -(2 ** 16), max: 2 ** 16 }),
          fc.integer({ min: -1000, max: 1000 }),
        )
        .map(([base, k, e]) => stepUlps(base, k) * 2 ** e);
      fc.assert(
        fc.property(nearBoundary, (x) => {
          expectCloseToMathLog(x);
        }),
        { seed, numRuns: 20000 },
      );
    });

    it('holds at and right next to sqrt(2) and sqrt(1/2) for many exponents', () => {
      for (let e = -1000; e <= 1000; e += 7) {
        for (const base of [Math.SQRT2, Math.SQRT1_2]) {
          for (let k = -3; k <= 3; k++) expectCloseToMathLog(stepUlps(base, k) * 2 ** e);
        }
      }
    });

    it('is within 1 ulp of Math.log for every power of two, subnormals included', () => {
      for (let k = -1074; k <= 1023; k++) {
        const x = 2 ** k;
        expect(ulpDistance(detLog(x), Math.log(x)), `2^${k}`).toBeLessThanOrEqual(1);
      }
    });

    it('is within 1 ulp of Math.log for every whole number up to 100000', () => {
      let worst = 0;
      for (let x = 1; x <= 100000; x++)
        worst = Math.max(worst, ulpDistance(detLog(x), Math.log(x)));
      expect(worst).toBeLessThanOrEqual(1);
    });
  });
});

describe('exponentialUs', () => {
  /** A generator state whose next nextUint32 returns `value` (sfc32 returns a + b + d). */
  const stateReturning = (value: number): RngState => [0, 0, 0, value | 0];

  it('returns the state crafted for the helper as its next output', () => {
    expect(nextUint32(stateReturning(0))).toBe(0);
    expect(nextUint32(stateReturning(0xffffffff))).toBe(0xffffffff);
  });

  it(`always returns a whole number of at least 1 (seed ${seed})`, () => {
    fc.assert(
      fc.property(
        fc.maxSafeNat(),
        fc.oneof(
          fc.integer({ min: 0, max: 10_000_000 }),
          fc.double({ min: 0, max: 1e9, noNaN: true }),
        ),
        (rngSeed, meanUs) => {
          const rng = createRng(rngSeed, 'exp');
          for (let i = 0; i < 50; i++) {
            const v = exponentialUs(rng, meanUs);
            expect(Number.isInteger(v), `${v} for mean ${meanUs}`).toBe(true);
            expect(v).toBeGreaterThanOrEqual(1);
          }
        },
      ),
      { seed, numRuns: 500 },
    );
  });

  it('never exceeds mean * 32 ln 2, the value at the smallest uniform draw', () => {
    // The uniform draw is (k + 1) / 2^32 with k >= 0, so -log(u) <= 32 ln 2 ~ 22.18.
    const rng = createRng(99, 'exp-bound');
    for (let i = 0; i < 20000; i++) {
      expect(exponentialUs(rng, 1000)).toBeLessThanOrEqual(Math.ceil(1000 * 32 * Math.LN2));
    }
  });

  it('maps the largest draw (u = 1) to the minimum 1 and the smallest (u = 2^-32) to mean * 32 ln 2', () => {
    expect(exponentialUs(stateReturning(0xffffffff), 1000)).toBe(1);
    // -1000 * log(2^-32) = 22180.709...
    expect(exponentialUs(stateReturning(0), 1000)).toBe(22181);
    expect(exponentialUs(stateReturning(0), 1)).toBe(22);
  });

  it('returns 1 for a zero mean', () => {
    const rng = createRng(5, 'exp-zero');
    for (let i = 0; i < 100; i++) expect(exponentialUs(rng, 0)).toBe(1);
  });

  it('consumes exactly one 32-bit draw per sample', () => {
    const rng = createRng(3, 'exp-draws');
    const shadow = copyRng(rng);
    for (let i = 0; i < 10; i++) {
      exponentialUs(rng, 12345);
      nextUint32(shadow);
      expect(rng).toEqual(shadow);
    }
  });

  for (const meanUs of [50, 1000, 250_000]) {
    it(`has a sample mean within 2% of ${meanUs} us over 100k draws (rng seed 42)`, () => {
      const rng = createRng(42, `exp-mean-${meanUs}`);
      const draws = 100_000;
      let sum = 0;
      for (let i = 0; i < draws; i++) sum += exponentialUs(rng, meanUs);
      const mean = sum / draws;
      expect(Math.abs(mean - meanUs) / meanUs).toBeLessThan(0.02);
    });
  }

  it('has the exponential shape: P(X > mean) ~ e^-1 and P(X > 3 mean) ~ e^-3 (rng seed 7)', () => {
    const rng = createRng(7, 'exp-shape');
    const draws = 100_000;
    const meanUs = 10_000;
    let aboveMean = 0;
    let aboveThree = 0;
    for (let i = 0; i < draws; i++) {
      const v = exponentialUs(rng, meanUs);
      if (v > meanUs) aboveMean++;
      if (v > 3 * meanUs) aboveThree++;
    }
    expect(Math.abs(aboveMean / draws - Math.exp(-1))).toBeLessThan(0.01);
    expect(Math.abs(aboveThree / draws - Math.exp(-3))).toBeLessThan(0.005);
  });

  it(`gives the same sequence for the same seed and stream (seed ${seed})`, () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), fc.integer({ min: 1, max: 1_000_000 }), (rngSeed, meanUs) => {
        const a = createRng(rngSeed, 'exp-same');
        const b = createRng(rngSeed, 'exp-same');
        const seqA = Array.from({ length: 20 }, () => exponentialUs(a, meanUs));
        const seqB = Array.from({ length: 20 }, () => exponentialUs(b, meanUs));
        expect(seqA).toEqual(seqB);
      }),
      { seed, numRuns: 200 },
    );
  });

  it('gives different sequences for different seeds', () => {
    const a = createRng(1, 'exp-diff');
    const b = createRng(2, 'exp-diff');
    const seqA = Array.from({ length: 20 }, () => exponentialUs(a, 1_000_000));
    const seqB = Array.from({ length: 20 }, () => exponentialUs(b, 1_000_000));
    expect(seqA).not.toEqual(seqB);
  });

  it('pins the first draws for seed 1, stream network, mean 1000 us', () => {
    const rng = createRng(1, 'network');
    const seq = Array.from({ length: 5 }, () => exponentialUs(rng, 1000));
    expect(seq).toEqual([2068, 69, 1241, 3778, 45]);
  });
});
