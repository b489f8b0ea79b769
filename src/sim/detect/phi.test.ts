import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_PHI_OPTIONS,
  copyPhiDetector,
  createPhiDetector,
  heartbeat,
  phi,
  suspicionTimeUs,
  type PhiDetectorState,
  type PhiModel,
  type PhiOptions,
} from './phi.ts';

/** fast-check seed: FC_SEED from the environment when it is a whole number, else a fixed one. */
const envSeed = Number.parseInt(process.env.FC_SEED ?? '', 10);
const seed = Number.isSafeInteger(envSeed) ? envSeed : 20250101;

// --- An independent model of the detector, with the engine's Math functions. ---

/** Akka's formula: φ = -log10(1 - F(t)), F the logistic approximation of the normal CDF. */
function akkaPhi(t: number, mean: number, sd: number): number {
  const y = (t - mean) / sd;
  const e = Math.exp(-y * (1.5976 + 0.070566 * y * y));
  return t > mean ? -Math.log10(e / (1 + e)) : -Math.log10(1 - 1 / (1 + e));
}

/** Cassandra's formula: φ = (t / mean) log10(e). */
const cassandraPhi = (t: number, mean: number): number => (t / mean) * Math.log10(Math.E);

function meanAndSd(window: number[]): [number, number] {
  const mean = window.reduce((a, b) => a + b, 0) / window.length;
  const variance = window.reduce((a, x) => a + (x - mean) ** 2, 0) / window.length;
  return [mean, Math.sqrt(variance)];
}

function phiOfWindow(o: PhiOptions, window: number[], t: number): number {
  const [mean, sd] = meanAndSd(window);
  // The detector takes the mean as at least 1 µs, so that a window of zeros does not divide by 0.
  if (o.model === 'exponential') return cassandraPhi(t, Math.max(1, mean));
  return akkaPhi(t, mean + o.acceptableHeartbeatPauseUs, Math.max(sd, o.minStdDeviationUs));
}

/**
 * The window after the first heartbeat's two seeds and then `intervals`, each recorded unless
 * φ had reached the threshold when it ended (Akka's rule), and only the last maxSampleSize kept.
 */
function expectedWindow(o: PhiOptions, intervals: number[]): number[] {
  const q = o.firstHeartbeatEstimateUs / 4;
  let window = [o.firstHeartbeatEstimateUs - q, o.firstHeartbeatEstimateUs + q];
  window = window.slice(-o.maxSampleSize);
  for (const interval of intervals) {
    if (phiOfWindow(o, window, interval) < o.threshold)
      window = [...window, interval].slice(-o.maxSampleSize);
  }
  return window;
}

const expectedPhi = (o: PhiOptions, intervals: number[], t: number): number =>
  phiOfWindow(o, expectedWindow(o, intervals), t);

/** A detector that heard a heartbeat at 0 and then one after each interval. Returns it. */
function detectorAfter(options: Partial<PhiOptions>, intervals: number[]): PhiDetectorState {
  const state = createPhiDetector(options);
  let nowUs = 0;
  heartbeat(state, nowUs);
  for (const interval of intervals) heartbeat(state, (nowUs += interval));
  return state;
}

/** 1000 intervals alternating mean - d and mean + d: that mean, and standard deviation d. */
const alternating = (meanUs: number, dUs: number): number[] =>
  Array.from({ length: 1000 }, (_, i) => (i % 2 === 0 ? meanUs - dUs : meanUs + dUs));

const last = (state: PhiDetectorState): number => state.lastHeartbeatUs!;

const model = fc.constantFrom<PhiModel>('normal', 'exponential');
const intervalsUs = fc.array(
  fc.oneof(fc.integer({ min: 0, max: 3_000_000 }), fc.integer({ min: 900_000, max: 1_100_000 })),
  { maxLength: 60 },
);
/** Any options. With an infinite threshold, only intervals ending at φ = +Infinity are dropped. */
const anyOptions = fc.record({
  model,
  threshold: fc.oneof(fc.constant(Infinity), fc.double({ min: 0.5, max: 16, noNaN: true })),
  maxSampleSize: fc.integer({ min: 1, max: 40 }),
  minStdDeviationUs: fc.integer({ min: 1, max: 500_000 }),
  acceptableHeartbeatPauseUs: fc.integer({ min: 0, max: 5_000_000 }),
  firstHeartbeatEstimateUs: fc.integer({ min: 1, max: 5_000_000 }),
});

describe('createPhiDetector', () => {
  it("takes Akka's defaults, with Cassandra's window of 1000", () => {
    expect(DEFAULT_PHI_OPTIONS).toEqual({
      model: 'normal',
      threshold: 8,
      maxSampleSize: 1000,
      minStdDeviationUs: 100_000,
      acceptableHeartbeatPauseUs: 3_000_000,
      firstHeartbeatEstimateUs: 1_000_000,
    });
    expect(createPhiDetector().options).toEqual(DEFAULT_PHI_OPTIONS);
  });

  it('refuses options that make no sense', () => {
    expect(() => createPhiDetector({ maxSampleSize: 0 })).toThrow(RangeError);
    expect(() => createPhiDetector({ maxSampleSize: 2.5 })).toThrow(RangeError);
    expect(() => createPhiDetector({ minStdDeviationUs: 0 })).toThrow(RangeError);
    expect(() => createPhiDetector({ acceptableHeartbeatPauseUs: -1 })).toThrow(RangeError);
    expect(() => createPhiDetector({ firstHeartbeatEstimateUs: 0 })).toThrow(RangeError);
    expect(() => createPhiDetector({ threshold: NaN })).toThrow(RangeError);
    expect(() => createPhiDetector({ model: 'weibull' as PhiModel })).toThrow(RangeError);
  });

  it('suspects nobody before the first heartbeat: φ is 0, suspicion never comes', () => {
    const state = createPhiDetector();
    expect(phi(state, 0)).toBe(0);
    expect(phi(state, 1e12)).toBe(0);
    expect(suspicionTimeUs(state)).toBe(Infinity);
  });
});

describe('heartbeat', () => {
  it('seeds the window on the first heartbeat as Akka does: estimate ± a quarter', () => {
    const state = createPhiDetector();
    heartbeat(state, 5_000);
    expect(state).toMatchObject({
      lastHeartbeatUs: 5_000,
      intervalsUs: [750_000, 1_250_000],
      meanUs: 1_000_000,
      stdDeviationUs: 250_000,
    });
  });

  it(`keeps the last maxSampleSize intervals, with their mean and deviation (seed ${seed})`, () => {
    fc.assert(
      fc.property(anyOptions, intervalsUs, (o, intervals) => {
        const state = detectorAfter(o, intervals);
        const want = expectedWindow(o, intervals);
        expect(state.intervalsUs.length).toBe(want.length);
        // The ring buffer, read from its oldest entry, is the window in arrival order.
        const ring = state.intervalsUs;
        expect([...ring.slice(state.oldest), ...ring.slice(0, state.oldest)]).toEqual(want);
        const [mean, sd] = meanAndSd(want);
        expect(state.meanUs).toBeCloseTo(mean, 6);
        expect(state.stdDeviationUs).toBeCloseTo(sd, 6);
      }),
      { seed, numRuns: 500 },
    );
  });

  it("does not record the interval that ends a suspicion (Akka's rule)", () => {
    const state = detectorAfter({}, [1_000_000, 1_000_000]);
    const before = copyPhiDetector(state);
    heartbeat(state, last(state) + 30_000_000); // φ was far past 8
    expect(state.intervalsUs).toEqual(before.intervalsUs);
    expect(state.meanUs).toBe(before.meanUs);
    expect(state.lastHeartbeatUs).toBe(last(before) + 30_000_000);
    heartbeat(state, last(state) + 1_100_000); // φ well below 8: recorded
    expect(state.intervalsUs.at(-1)).toBe(1_100_000);
  });

  it('accepts two heartbeats at the same instant, and refuses one from the past', () => {
    const state = detectorAfter({}, [1_000_000]);
    heartbeat(state, last(state));
    expect(state.intervalsUs.at(-1)).toBe(0);
    expect(() => heartbeat(state, last(state) - 1)).toThrow(RangeError);
  });
});

describe('phi', () => {
  it(`matches Akka's and Cassandra's formulas to within 1e-9, relatively (seed ${seed})`, () => {
    // The independent formulas use Math.exp and Math.log10. The tiny absolute allowance covers
    // φ ≈ 0 far before the mean, where 1 - 1/(1 + e) rounds to within one ulp of 1.
    fc.assert(
      fc.property(
        anyOptions,
        intervalsUs,
        fc.integer({ min: 0, max: 60_000_000 }),
        (o, intervals, t) => {
          const state = detectorAfter(o, intervals);
          const got = phi(state, last(state) + t);
          const want = expectedPhi(o, intervals, t);
          if (!Number.isFinite(want)) expect(got).toBe(want);
          else expect(Math.abs(got - want)).toBeLessThanOrEqual(1e-9 * Math.abs(want) + 1e-15);
        },
      ),
      { seed, numRuns: 3000 },
    );
  });

  it(`grows monotonically with the time since the last heartbeat (seed ${seed})`, () => {
    fc.assert(
      fc.property(
        anyOptions,
        intervalsUs,
        fc.integer({ min: 0, max: 30_000_000 }),
        fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 30_000_000 })),
        (o, intervals, t, dt) => {
          const state = detectorAfter(o, intervals);
          const now = last(state) + t;
          expect(phi(state, now + dt)).toBeGreaterThanOrEqual(phi(state, now));
        },
      ),
      { seed, numRuns: 5000 },
    );
  });

  it('is never negative, and is log10(2) at the mean of the normal model', () => {
    const state = detectorAfter({}, alternating(1_000_000, 200_000));
    expect(Object.is(phi(state, last(state)), 0)).toBe(true);
    expect(phi(state, last(state) - 5_000_000)).toBe(0);
    expect(phi(state, last(state) + 4_000_000)).toBeCloseTo(Math.log10(2), 15);
  });

  it('is t/mean · log10(e) in the exponential model: log10(e) after one mean', () => {
    const state = detectorAfter({ model: 'exponential' }, [1_000_000, 1_000_000]);
    expect(phi(state, last(state) + 1_000_000)).toBe(0.4342944819032518);
    expect(phi(state, last(state) + 2_000_000)).toBe(2 * 0.4342944819032518);
  });

  it('reaches +Infinity in the normal model once the tail underflows, as Akka does', () => {
    const state = detectorAfter({}, alternating(1_000_000, 0));
    expect(phi(state, last(state) + 600_000_000)).toBe(Infinity);
  });
});

describe('suspicionTimeUs', () => {
  it('D13, Akka: mean 1 s, σ 200 ms, 3 s acceptable pause, threshold 8 → 5.045 s', () => {
    const state = detectorAfter({}, alternating(1_000_000, 200_000));
    expect(state.meanUs).toBe(1_000_000);
    expect(state.stdDeviationUs).toBe(200_000);
    // concepts.md rounds this to "≈ 5.1 s" from the exact normal quantile z = 5.61 for 1e-8
    // (4 s + 5.61 · 0.2 s = 5.12 s). Akka's logistic approximation crosses φ = 8 at
    // y = 5.226 instead, so suspicion comes at 4 s + 5.226 · 0.2 s = 5_045_198 µs.
    const t = suspicionTimeUs(state, 8);
    expect(t).toBe(5_045_198);
    expect(t).toBeGreaterThan(5_000_000);
    expect(t).toBeLessThan(5_150_000);
    // The same crossing, found by bisection on the independent formula.
    let lo = 4e6;
    let hi = 6e6;
    for (let i = 0; i < 100; i++) {
      const mid = (lo + hi) / 2;
      if (akkaPhi(mid, 4e6, 2e5) >= 8) hi = mid;
      else lo = mid;
    }
    expect(Math.abs(t - hi)).toBeLessThanOrEqual(1);
    expect(suspicionTimeUs(state)).toBe(t); // 8 is the default threshold
  });

  it('D13, Cassandra: exponential, mean 1 s, threshold 8 → 8 · ln 10 s = 18.42 s', () => {
    const state = detectorAfter({ model: 'exponential' }, Array(20).fill(1_000_000));
    expect(state.meanUs).toBe(1_000_000);
    // 8 · ln 10 · 1 s = 18_420_680.74 µs, so the first whole µs at φ >= 8 is 18_420_681.
    expect(suspicionTimeUs(state, 8)).toBe(18_420_681);
  });

  it(`is the first whole µs at which phi reaches the threshold (seed ${seed})`, () => {
    fc.assert(
      fc.property(
        anyOptions,
        intervalsUs,
        fc.double({ min: 0.1, max: 16, noNaN: true }),
        (o, intervals, threshold) => {
          const state = detectorAfter(o, intervals);
          const t = suspicionTimeUs(state, threshold);
          expect(Number.isSafeInteger(t)).toBe(true);
          expect(phi(state, last(state) + t)).toBeGreaterThanOrEqual(threshold);
          if (t > 0) expect(phi(state, last(state) + t - 1)).toBeLessThan(threshold);
        },
      ),
      { seed, numRuns: 1000 },
    );
  });

  it('is 0 for a threshold φ already meets, and Infinity for one φ never meets', () => {
    const state = detectorAfter({ model: 'exponential' }, [1_000_000]);
    expect(suspicionTimeUs(state, 0)).toBe(0);
    expect(suspicionTimeUs(state, -1)).toBe(0);
    expect(suspicionTimeUs(state, Infinity)).toBe(Infinity);
    expect(() => suspicionTimeUs(state, NaN)).toThrow(RangeError);
  });

  it('LAN vs noisy cloud: σ 10 ms is held at the 100 ms floor (4.52 s); σ 300 ms waits 5.57 s', () => {
    const lan = detectorAfter({}, alternating(1_000_000, 10_000));
    const floor = detectorAfter({}, alternating(1_000_000, 100_000));
    const noisy = detectorAfter({}, alternating(1_000_000, 300_000));
    expect(suspicionTimeUs(lan)).toBe(4_522_599);
    expect(suspicionTimeUs(floor)).toBe(4_522_599);
    expect(suspicionTimeUs(noisy)).toBe(5_567_796);
  });

  it(`comes later for jittery heartbeats: more deviation, later suspicion (seed ${seed})`, () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 900_000 }),
        fc.integer({ min: 0, max: 900_000 }),
        fc.constantFrom(1, 3, 8, 12),
        (a, b, threshold) => {
          const [d1, d2] = a <= b ? [a, b] : [b, a];
          const t1 = suspicionTimeUs(detectorAfter({}, alternating(1_000_000, d1)), threshold);
          const t2 = suspicionTimeUs(detectorAfter({}, alternating(1_000_000, d2)), threshold);
          expect(t2).toBeGreaterThanOrEqual(t1);
          // Above the 100 ms floor, 1 ms more deviation moves the crossing by over 1 µs.
          if (d2 - Math.max(d1, 100_000) >= 1000) expect(t2).toBeGreaterThan(t1);
        },
      ),
      { seed, numRuns: 100 },
    );
  });

  it('comes later, in the exponential model, for a longer mean interval', () => {
    const fast = detectorAfter({ model: 'exponential' }, Array(20).fill(500_000));
    const slow = detectorAfter({ model: 'exponential' }, Array(20).fill(2_000_000));
    expect(suspicionTimeUs(fast)).toBeLessThan(suspicionTimeUs(slow));
  });
});

describe('snapshots', () => {
  it('structuredClone gives an equal detector that behaves the same', () => {
    const state = detectorAfter({}, [900_000, 1_100_000, 1_000_000]);
    const clone = structuredClone(state);
    expect(clone).toEqual(state);
    heartbeat(state, last(state) + 1_050_000);
    heartbeat(clone, last(clone) + 1_050_000);
    expect(clone).toEqual(state);
    expect(phi(clone, last(clone) + 3_000_000)).toBe(phi(state, last(state) + 3_000_000));
  });

  it('copyPhiDetector gives an independent copy', () => {
    const state = detectorAfter({ maxSampleSize: 3 }, [900_000, 1_000_000, 1_100_000]);
    // The two seeds were overwritten; the oldest entry, 900 ms, is the next to go.
    expect(state).toMatchObject({ intervalsUs: [1_000_000, 1_100_000, 900_000], oldest: 2 });
    const copy = copyPhiDetector(state);
    heartbeat(state, last(state) + 1_200_000);
    expect(state).toMatchObject({ intervalsUs: [1_000_000, 1_100_000, 1_200_000], oldest: 0 });
    expect(copy).toMatchObject({ intervalsUs: [1_000_000, 1_100_000, 900_000], oldest: 2 });
    expect(copy.lastHeartbeatUs).toBe(3_000_000);
  });
});
