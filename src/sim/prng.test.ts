import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  chance,
  copyRng,
  createRng,
  nextUint32,
  nextUnit,
  uniformInt,
  type RngState,
} from './prng.ts';

/** fast-check seed: FC_SEED from the environment when it is a whole number, else a fixed one. */
const envSeed = Number.parseInt(process.env.FC_SEED ?? '', 10);
const seed = Number.isSafeInteger(envSeed) ? envSeed : 20250101;

const TWO_TO_32 = 4294967296;

const take = (rng: RngState, count: number): number[] =>
  Array.from({ length: count }, () => nextUint32(rng));

/** A generator state whose next nextUint32 returns `value` (sfc32 returns a + b + d). */
const stateReturning = (value: number): RngState => [0, 0, 0, value | 0];

const streamName = fc.string({ minLength: 0, maxLength: 12 });

describe('createRng', () => {
  it('pins the first outputs of seed 1, stream network (catches changes to the algorithm)', () => {
    expect(take(createRng(1, 'network'), 5)).toEqual([
      542898213, 4009650926, 1241448339, 98195881, 4106531357,
    ]);
  });

  it('pins the first outputs of seed 1, stream workload', () => {
    expect(take(createRng(1, 'workload'), 3)).toEqual([3081474219, 3089417504, 4038608091]);
  });

  it('pins the first outputs of a seed above 2^32 (2^40 + 1, stream network)', () => {
    expect(take(createRng(2 ** 40 + 1, 'network'), 3)).toEqual([
      1397900934, 4084502971, 2759949849,
    ]);
  });

  it('pins the initial state of seed 0 and of the largest safe seed', () => {
    expect(createRng(0, 'network')).toEqual([-2050936151, -1286688023, -1083615278, 16]);
    expect(createRng(Number.MAX_SAFE_INTEGER, 'network')).toEqual([
      -882872132, 117120942, -1964203493, 16,
    ]);
  });

  it(`is deterministic: same seed and stream give the same sequence (seed ${seed})`, () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), streamName, (rngSeed, stream) => {
        expect(take(createRng(rngSeed, stream), 16)).toEqual(take(createRng(rngSeed, stream), 16));
      }),
      { seed, numRuns: 500 },
    );
  });

  it('starts distinct seeds from distinct states (these once collided)', () => {
    expect(createRng(0, 'network')).not.toEqual(createRng(7193094232, 'network'));
    expect(createRng(0, 'workload')).not.toEqual(createRng(2021253465, 'network'));
  });

  it(`starts any two distinct seeds of a stream from distinct states (seed ${seed})`, () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), fc.maxSafeNat(), (x, y) => {
        fc.pre(x !== y);
        // Warm-up rounds are a bijection of the state, so distinct starts stay distinct.
        expect(createRng(x, 'network')).not.toEqual(createRng(y, 'network'));
      }),
      { seed, numRuns: 1000 },
    );
  });

  it('gives different sequences for the streams of one seed', () => {
    const names = ['network', 'workload', 'faults', 'servers', 'clients', ''];
    const firsts = names.map((name) => take(createRng(1, name), 4).join(','));
    expect(new Set(firsts).size).toBe(names.length);
  });

  it(`gives different sequences for different streams of a random seed (seed ${seed})`, () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), streamName, streamName, (rngSeed, s1, s2) => {
        fc.pre(s1 !== s2);
        expect(take(createRng(rngSeed, s1), 4)).not.toEqual(take(createRng(rngSeed, s2), 4));
      }),
      { seed, numRuns: 500 },
    );
  });

  it(`gives different sequences for different seeds (seed ${seed})`, () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), fc.maxSafeNat(), streamName, (s1, s2, stream) => {
        fc.pre(s1 !== s2);
        expect(take(createRng(s1, stream), 4)).not.toEqual(take(createRng(s2, stream), 4));
      }),
      { seed, numRuns: 500 },
    );
  });

  it('gives different sequences for consecutive small seeds', () => {
    const firsts = new Set<string>();
    for (let s = 0; s < 1000; s++) firsts.add(take(createRng(s, 'network'), 2).join(','));
    expect(firsts.size).toBe(1000);
  });

  it(`uses the high 32 bits: seed + k * 2^32 differs from seed (seed ${seed})`, () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: TWO_TO_32 - 1 }),
        fc.integer({ min: 1, max: 2 ** 21 - 1 }),
        streamName,
        (low, high, stream) => {
          const big = high * TWO_TO_32 + low;
          expect(take(createRng(big, stream), 4)).not.toEqual(take(createRng(low, stream), 4));
        },
      ),
      { seed, numRuns: 500 },
    );
  });

  it('distinguishes 2^32 from 0, and 2^32 + 1 from 1', () => {
    expect(take(createRng(TWO_TO_32, 'network'), 4)).not.toEqual(take(createRng(0, 'network'), 4));
    expect(take(createRng(TWO_TO_32 + 1, 'network'), 4)).not.toEqual(
      take(createRng(1, 'network'), 4),
    );
  });

  it(`keeps the state as four int32 numbers, so that snapshots are exact (seed ${seed})`, () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), streamName, fc.nat({ max: 200 }), (rngSeed, stream, draws) => {
        const rng = createRng(rngSeed, stream);
        take(rng, draws);
        expect(rng).toHaveLength(4);
        for (const word of rng) expect(word | 0).toBe(word);
      }),
      { seed, numRuns: 300 },
    );
  });
});

describe('nextUint32', () => {
  it(`returns whole numbers in [0, 2^32) (seed ${seed})`, () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), streamName, (rngSeed, stream) => {
        const rng = createRng(rngSeed, stream);
        for (let i = 0; i < 100; i++) {
          const v = nextUint32(rng);
          expect(Number.isInteger(v)).toBe(true);
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThan(TWO_TO_32);
        }
      }),
      { seed, numRuns: 300 },
    );
  });

  it('reaches both halves of the range and sets the top bit about half the time (rng seed 11)', () => {
    const rng = createRng(11, 'bits');
    const draws = 100_000;
    let top = 0;
    let low = 0;
    for (let i = 0; i < draws; i++) {
      const v = nextUint32(rng);
      if (v >= 2 ** 31) top++;
      if (v & 1) low++;
    }
    expect(Math.abs(top / draws - 0.5)).toBeLessThan(0.01);
    expect(Math.abs(low / draws - 0.5)).toBeLessThan(0.01);
  });

  it('mutates the state in place', () => {
    const rng = createRng(1, 'network');
    const before = copyRng(rng);
    nextUint32(rng);
    expect(rng).not.toEqual(before);
  });
});

describe('nextUnit', () => {
  it(`returns numbers in [0, 1) (seed ${seed})`, () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), streamName, (rngSeed, stream) => {
        const rng = createRng(rngSeed, stream);
        for (let i = 0; i < 100; i++) {
          const v = nextUnit(rng);
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThan(1);
        }
      }),
      { seed, numRuns: 300 },
    );
  });

  it('is the next 32-bit output divided by 2^32', () => {
    expect(nextUnit(createRng(1, 'network'))).toBe(542898213 / TWO_TO_32);
    expect(nextUnit(stateReturning(0))).toBe(0);
    expect(nextUnit(stateReturning(0xffffffff))).toBe(0xffffffff / TWO_TO_32);
    expect(nextUnit(stateReturning(0xffffffff))).toBeLessThan(1);
  });

  it('has a sample mean near 1/2 (rng seed 12)', () => {
    const rng = createRng(12, 'unit');
    let sum = 0;
    for (let i = 0; i < 100_000; i++) sum += nextUnit(rng);
    expect(Math.abs(sum / 100_000 - 0.5)).toBeLessThan(0.005);
  });
});

describe('uniformInt', () => {
  it(`stays within the inclusive bounds (seed ${seed})`, () => {
    fc.assert(
      fc.property(
        fc.maxSafeNat(),
        fc.integer({ min: -1_000_000, max: 1_000_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        (rngSeed, min, width) => {
          const max = min + width;
          const rng = createRng(rngSeed, 'uniform');
          for (let i = 0; i < 50; i++) {
            const v = uniformInt(rng, min, max);
            expect(Number.isInteger(v)).toBe(true);
            expect(v).toBeGreaterThanOrEqual(min);
            expect(v).toBeLessThanOrEqual(max);
          }
        },
      ),
      { seed, numRuns: 300 },
    );
  });

  it('maps the smallest and largest 32-bit outputs onto min and max', () => {
    expect(uniformInt(stateReturning(0), 1, 6)).toBe(1);
    expect(uniformInt(stateReturning(0xffffffff), 1, 6)).toBe(6);
    expect(uniformInt(stateReturning(0xffffffff), -3, 3)).toBe(3);
    expect(uniformInt(stateReturning(0xffffffff), 0, TWO_TO_32 - 1)).toBe(TWO_TO_32 - 1);
    expect(uniformInt(stateReturning(12345), 0, TWO_TO_32 - 1)).toBe(12345);
  });

  it('returns min without drawing when max <= min', () => {
    const rng = createRng(4, 'uniform-degenerate');
    const before = copyRng(rng);
    expect(uniformInt(rng, 7, 7)).toBe(7);
    expect(uniformInt(rng, 9, 2)).toBe(9);
    expect(rng).toEqual(before);
  });

  it('hits both bounds of a small range', () => {
    const rng = createRng(5, 'uniform-bounds');
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i++) seen.add(uniformInt(rng, 3, 5));
    expect([...seen].sort((x, y) => x - y)).toEqual([3, 4, 5]);
  });

  it('is roughly uniform over 0..9: chi-square below the 0.1% critical value (rng seed 6)', () => {
    const rng = createRng(6, 'uniform-chi');
    const bins = 10;
    const draws = 100_000;
    const counts = new Array<number>(bins).fill(0);
    for (let i = 0; i < draws; i++) counts[uniformInt(rng, 0, bins - 1)]!++;
    const expected = draws / bins;
    const chiSquare = counts.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
    // 9 degrees of freedom: P(chi2 > 27.88) = 0.001.
    expect(chiSquare).toBeLessThan(27.88);
    for (const c of counts) expect(Math.abs(c - expected) / expected).toBeLessThan(0.05);
  });

  it('pins the first dice rolls of seed 1, stream network', () => {
    const rng = createRng(1, 'network');
    expect(Array.from({ length: 6 }, () => uniformInt(rng, 1, 6))).toEqual([1, 6, 2, 1, 6, 6]);
  });
});

describe('chance', () => {
  it('never fires for probability 0 or below', () => {
    const rng = createRng(8, 'chance-zero');
    for (let i = 0; i < 10_000; i++) {
      expect(chance(rng, 0)).toBe(false);
      expect(chance(rng, -0.5)).toBe(false);
    }
    // Not even when the next output is 0, the smallest possible.
    expect(chance(stateReturning(0), 0)).toBe(false);
  });

  it('always fires for probability 1 or above', () => {
    const rng = createRng(9, 'chance-one');
    for (let i = 0; i < 10_000; i++) {
      expect(chance(rng, 1)).toBe(true);
      expect(chance(rng, 1.5)).toBe(true);
    }
    // Not even the largest output stops it.
    expect(chance(stateReturning(0xffffffff), 1)).toBe(true);
  });

  it('compares the next output with floor(p * 2^32)', () => {
    const threshold = Math.floor(0.3 * TWO_TO_32);
    expect(chance(stateReturning(threshold - 1), 0.3)).toBe(true);
    expect(chance(stateReturning(threshold), 0.3)).toBe(false);
    expect(chance(stateReturning(0), 2 ** -32)).toBe(true);
    expect(chance(stateReturning(1), 2 ** -32)).toBe(false);
    expect(chance(stateReturning(0xffffffff), 1 - 2 ** -32)).toBe(false);
  });

  for (const p of [0.3, 0.01, 0.95]) {
    it(`fires with frequency ${p} within tolerance over 100k trials (rng seed 10)`, () => {
      const rng = createRng(10, `chance-${p}`);
      const trials = 100_000;
      let hits = 0;
      for (let i = 0; i < trials; i++) if (chance(rng, p)) hits++;
      // Five standard deviations of a binomial proportion.
      const tolerance = 5 * Math.sqrt((p * (1 - p)) / trials);
      expect(Math.abs(hits / trials - p)).toBeLessThan(tolerance);
    });
  }
});

describe('copyRng', () => {
  it('returns a new array with the same state', () => {
    const rng = createRng(1, 'network');
    const copy = copyRng(rng);
    expect(copy).not.toBe(rng);
    expect(copy).toEqual(rng);
  });

  it(`continues identically to the original (seed ${seed})`, () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), streamName, fc.nat({ max: 100 }), (rngSeed, stream, skip) => {
        const rng = createRng(rngSeed, stream);
        take(rng, skip);
        const copy = copyRng(rng);
        expect(take(copy, 20)).toEqual(take(rng, 20));
      }),
      { seed, numRuns: 300 },
    );
  });

  it('is independent: drawing from one does not advance the other', () => {
    const reference = take(createRng(2, 'copy'), 10);
    const rng = createRng(2, 'copy');
    const copy = copyRng(rng);
    take(rng, 7); // advance the original only
    expect(take(copy, 10)).toEqual(reference); // the copy starts where the original was
    expect(take(rng, 3)).toEqual(reference.slice(7, 10)); // the copy's draws left it alone
  });
});
