import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_RTO_OPTIONS,
  addRttSample,
  backOff,
  copyRtoEstimator,
  createRtoEstimator,
  karnSampleUs,
  type RtoEstimatorState,
} from './rto.ts';

/** fast-check seed: FC_SEED from the environment when it is a whole number, else a fixed one. */
const envSeed = Number.parseInt(process.env.FC_SEED ?? '', 10);
const seed = Number.isSafeInteger(envSeed) ? envSeed : 20250101;

const LINUX = { minRtoUs: 200_000, maxRtoUs: 120_000_000 };

/** RTT samples from 0 to 100 s, mostly in the realistic range. */
const rttUs = fc.oneof(
  fc.integer({ min: 0, max: 2_000_000 }),
  fc.integer({ min: 0, max: 100_000_000 }),
);

/** A sample, or (when null) an expiry of the timer. */
const step = fc.option(rttUs, { freq: 4, nil: null });

/** Options with min <= max, any gains, K and G. */
const options = fc
  .record({
    alpha: fc.double({ min: 0.01, max: 1, noNaN: true }),
    beta: fc.double({ min: 0.01, max: 1, noNaN: true }),
    k: fc.double({ min: 0.5, max: 8, noNaN: true }),
    a: fc.integer({ min: 0, max: 5_000_000 }),
    b: fc.integer({ min: 0, max: 200_000_000 }),
    initialRtoUs: fc.integer({ min: 0, max: 10_000_000 }),
    clockGranularityUs: fc.integer({ min: 0, max: 100_000 }),
  })
  .map(({ a, b, ...rest }) => ({ ...rest, minRtoUs: Math.min(a, b), maxRtoUs: Math.max(a, b) }));

function run(state: RtoEstimatorState, steps: (number | null)[]): void {
  for (const s of steps) {
    if (s === null) backOff(state);
    else addRttSample(state, s);
  }
}

describe('createRtoEstimator', () => {
  it("starts from RFC 6298's defaults: RTO 1 s, no samples", () => {
    const state = createRtoEstimator();
    expect(state).toEqual({
      srttUs: 0,
      rttvarUs: 0,
      rtoUs: 1_000_000,
      samples: 0,
      options: DEFAULT_RTO_OPTIONS,
    });
    expect(DEFAULT_RTO_OPTIONS).toEqual({
      alpha: 0.125,
      beta: 0.25,
      k: 4,
      minRtoUs: 1_000_000,
      maxRtoUs: 60_000_000,
      initialRtoUs: 1_000_000,
      clockGranularityUs: 1000,
    });
  });

  it('clamps the initial RTO into [min, max]', () => {
    expect(createRtoEstimator({ minRtoUs: 3_000_000 }).rtoUs).toBe(3_000_000);
    expect(createRtoEstimator({ minRtoUs: 0, maxRtoUs: 500_000 }).rtoUs).toBe(500_000);
  });

  it('refuses options that make no sense', () => {
    expect(() => createRtoEstimator({ alpha: 0 })).toThrow(RangeError);
    expect(() => createRtoEstimator({ beta: 1.5 })).toThrow(RangeError);
    expect(() => createRtoEstimator({ k: -1 })).toThrow(RangeError);
    expect(() => createRtoEstimator({ minRtoUs: -1 })).toThrow(RangeError);
    expect(() => createRtoEstimator({ maxRtoUs: NaN })).toThrow(RangeError);
    expect(() => createRtoEstimator({ minRtoUs: 2, maxRtoUs: 1 })).toThrow(RangeError);
  });

  it('is plain data: structuredClone gives an equal, working estimator', () => {
    const state = createRtoEstimator(LINUX);
    addRttSample(state, 42_000);
    const clone = structuredClone(state);
    expect(clone).toEqual(state);
    expect(addRttSample(clone, 50_000)).toBe(addRttSample(state, 50_000));
  });
});

describe('the worked example of concepts.md D12', () => {
  it('first sample 100 ms: SRTT 100 ms, RTTVAR 50 ms, RTO 300 ms, raised to 1 s by the RFC floor', () => {
    const state = createRtoEstimator();
    expect(addRttSample(state, 100_000)).toBe(1_000_000);
    expect(state).toMatchObject({ srttUs: 100_000, rttvarUs: 50_000, rtoUs: 1_000_000 });
  });

  it("first sample 100 ms: RTO 300 ms with Linux's 200 ms floor", () => {
    const state = createRtoEstimator(LINUX);
    expect(addRttSample(state, 100_000)).toBe(300_000);
    expect(state).toMatchObject({ srttUs: 100_000, rttvarUs: 50_000, samples: 1 });
  });

  it('then a 300 ms sample: RTTVAR 87.5 ms, SRTT 125 ms, RTO 475 ms (1 s with the RFC floor)', () => {
    const linux = createRtoEstimator(LINUX);
    addRttSample(linux, 100_000);
    expect(addRttSample(linux, 300_000)).toBe(475_000);
    expect(linux).toMatchObject({ srttUs: 125_000, rttvarUs: 87_500, rtoUs: 475_000, samples: 2 });

    const rfc = createRtoEstimator();
    addRttSample(rfc, 100_000);
    expect(addRttSample(rfc, 300_000)).toBe(1_000_000);
    expect(rfc).toMatchObject({ srttUs: 125_000, rttvarUs: 87_500 });
  });
});

describe('addRttSample', () => {
  it('rounds the first RTTVAR = R/2 half up, and fractional samples to nearest', () => {
    const odd = createRtoEstimator({ minRtoUs: 0 });
    addRttSample(odd, 3);
    expect(odd).toMatchObject({ srttUs: 3, rttvarUs: 2, rtoUs: 1003 });
    const fraction = createRtoEstimator();
    addRttSample(fraction, 100_000.4);
    expect(fraction).toMatchObject({ srttUs: 100_000, rttvarUs: 50_000 });
  });

  it('uses the clock granularity G when K RTTVAR is smaller', () => {
    const state = createRtoEstimator({ minRtoUs: 0, clockGranularityUs: 1000 });
    addRttSample(state, 400); // RTTVAR 200, K RTTVAR 800 < G
    expect(state.rtoUs).toBe(1400);
  });

  it('refuses negative and non-finite samples', () => {
    const state = createRtoEstimator();
    expect(() => addRttSample(state, -1)).toThrow(RangeError);
    expect(() => addRttSample(state, NaN)).toThrow(RangeError);
    expect(() => addRttSample(state, Infinity)).toThrow(RangeError);
    expect(state.samples).toBe(0);
  });

  it(`follows RFC 6298's real-valued formulas to within the rounding bounds (seed ${seed})`, () => {
    // Each step rounds by less than 1 µs and old errors decay by (1 - gain) per step, so SRTT is
    // within 1/α = 8 µs of the real-valued recurrence, RTTVAR within (β 8 + 1)/β = 12 µs, and
    // RTO within 8 + 4·12 + 1 = 57 µs (before clamping, which cannot widen a gap).
    fc.assert(
      fc.property(fc.array(rttUs, { minLength: 1, maxLength: 300 }), (samples) => {
        const state = createRtoEstimator(LINUX);
        let srtt = 0;
        let rttvar = 0;
        samples.forEach((r, i) => {
          if (i === 0) [srtt, rttvar] = [r, r / 2];
          else {
            rttvar = 0.75 * rttvar + 0.25 * Math.abs(srtt - r);
            srtt = 0.875 * srtt + 0.125 * r;
          }
          const rto = Math.min(120e6, Math.max(200e3, srtt + Math.max(1000, 4 * rttvar)));
          addRttSample(state, r);
          expect(Math.abs(state.srttUs - srtt)).toBeLessThanOrEqual(8);
          expect(Math.abs(state.rttvarUs - rttvar)).toBeLessThanOrEqual(12);
          expect(Math.abs(state.rtoUs - rto)).toBeLessThanOrEqual(57);
        });
      }),
      { seed, numRuns: 500 },
    );
  });
});

describe('invariants', () => {
  it(`keep RTO within [min, max] and every value a whole number of µs (seed ${seed})`, () => {
    fc.assert(
      fc.property(options, fc.array(step, { maxLength: 100 }), (o, steps) => {
        const state = createRtoEstimator(o);
        for (const s of [null, ...steps]) {
          run(state, [s]);
          expect(state.rtoUs).toBeGreaterThanOrEqual(o.minRtoUs);
          expect(state.rtoUs).toBeLessThanOrEqual(o.maxRtoUs);
          for (const v of [state.srttUs, state.rttvarUs, state.rtoUs]) {
            expect(Number.isSafeInteger(v) && v >= 0, `${v}`).toBe(true);
          }
        }
      }),
      { seed, numRuns: 1000 },
    );
  });

  it(`keep RTO at least SRTT + G after a sample, unless that exceeds the cap (seed ${seed})`, () => {
    fc.assert(
      fc.property(options, fc.array(step, { maxLength: 100 }), rttUs, (o, steps, last) => {
        const state = createRtoEstimator(o);
        run(state, steps);
        addRttSample(state, last);
        const want = Math.min(o.maxRtoUs, state.srttUs + o.clockGranularityUs);
        expect(state.rtoUs).toBeGreaterThanOrEqual(want);
        expect(state.rtoUs).toBeGreaterThanOrEqual(Math.min(state.srttUs, o.maxRtoUs));
      }),
      { seed, numRuns: 1000 },
    );
  });

  it(`under a constant RTT, RTTVAR shrinks to 0 and RTO settles at max(floor, R + G) (seed ${seed})`, () => {
    fc.assert(
      fc.property(
        fc.constantFrom(1_000_000, 200_000, 1000),
        fc.array(rttUs, { maxLength: 20 }),
        rttUs,
        (minRtoUs, history, r) => {
          const state = createRtoEstimator({ minRtoUs });
          run(state, history);
          addRttSample(state, r);
          let before = state.rttvarUs;
          for (let i = 0; i < 600; i++) {
            addRttSample(state, r);
            // Once SRTT has reached R, RTTVAR can only shrink.
            if (state.srttUs === r) {
              expect(state.rttvarUs).toBeLessThanOrEqual(before);
              before = state.rttvarUs;
            }
          }
          expect(state.srttUs).toBe(r);
          expect(state.rttvarUs).toBe(0);
          expect(state.rtoUs).toBe(Math.min(60_000_000, Math.max(minRtoUs, r + 1000)));
        },
      ),
      { seed, numRuns: 300 },
    );
  });

  it('from the first sample of a constant 20 ms RTT, RTTVAR decays by a quarter a step, to 0 within 60 samples', () => {
    const state = createRtoEstimator({ minRtoUs: 1000 });
    const rttvars: number[] = [];
    for (let i = 0; i < 60; i++) {
      addRttSample(state, 20_000);
      rttvars.push(state.rttvarUs);
    }
    expect(rttvars.slice(0, 4)).toEqual([10_000, 7500, 5625, 4218]);
    expect(rttvars.at(-1)).toBe(0);
    expect(state.rtoUs).toBe(21_000);
  });
});

describe('backOff', () => {
  it(`doubles RTO, up to the cap, and stays there (seed ${seed})`, () => {
    fc.assert(
      fc.property(options, fc.array(step, { maxLength: 30 }), (o, steps) => {
        const state = createRtoEstimator(o);
        run(state, steps);
        for (let i = 0; i < 80; i++) {
          const before = state.rtoUs;
          expect(backOff(state)).toBe(Math.min(o.maxRtoUs, 2 * before));
          expect(state.rtoUs).toBe(Math.min(o.maxRtoUs, 2 * before));
        }
        // 2^80 times anything at least 1 µs is past any cap: it has been reached.
        if (state.rtoUs > 0) expect(state.rtoUs).toBe(o.maxRtoUs);
      }),
      { seed, numRuns: 500 },
    );
  });

  it('goes 1, 2, 4, … 32, 60 s with the RFC defaults, and leaves SRTT and RTTVAR alone', () => {
    const state = createRtoEstimator();
    const seen = Array.from({ length: 7 }, () => backOff(state) / 1e6);
    expect(seen).toEqual([2, 4, 8, 16, 32, 60, 60]);
    expect(state).toMatchObject({ srttUs: 0, rttvarUs: 0, samples: 0 });
  });

  it(`is undone by the next valid sample, which recomputes RTO from SRTT and RTTVAR (seed ${seed})`, () => {
    fc.assert(
      fc.property(fc.array(rttUs, { minLength: 1, maxLength: 20 }), rttUs, (history, r) => {
        const backedOff = createRtoEstimator(LINUX);
        run(backedOff, history);
        const plain = copyRtoEstimator(backedOff);
        backOff(backedOff);
        backOff(backedOff);
        expect(addRttSample(backedOff, r)).toBe(addRttSample(plain, r));
        expect(backedOff).toEqual(plain);
      }),
      { seed, numRuns: 300 },
    );
  });
});

describe("Karn's rule", () => {
  it('gives a sample only for data sent exactly once', () => {
    expect(karnSampleUs(1, 1_000_000, 1_150_000)).toBe(150_000);
    expect(karnSampleUs(2, 1_000_000, 2_150_000)).toBeNull();
    expect(karnSampleUs(5, 0, 9)).toBeNull();
  });

  it('keeps the estimate from being dragged by ambiguous ACKs', () => {
    // Real RTT 100 ms; the first copy is lost and the retransmission sent 1 s later is ACKed.
    const withKarn = createRtoEstimator(LINUX);
    const withoutKarn = createRtoEstimator(LINUX);
    addRttSample(withKarn, 100_000);
    addRttSample(withoutKarn, 100_000);
    const sentAtUs = 0;
    const ackedAtUs = 1_100_000;
    const sample = karnSampleUs(2, sentAtUs, ackedAtUs);
    if (sample !== null) addRttSample(withKarn, sample);
    addRttSample(withoutKarn, ackedAtUs - sentAtUs); // timed from the first send
    expect(withKarn.srttUs).toBe(100_000);
    expect(withoutKarn.srttUs).toBe(225_000);
  });
});

describe('copyRtoEstimator', () => {
  it('gives an independent copy', () => {
    const state = createRtoEstimator();
    addRttSample(state, 100_000);
    const copy = copyRtoEstimator(state);
    addRttSample(state, 300_000);
    backOff(state);
    expect(copy).toMatchObject({ srttUs: 100_000, rttvarUs: 50_000, rtoUs: 1_000_000, samples: 1 });
  });
});
