import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulateJob } from './job.ts';
import { firstOrderUseful, YEAR_S, youngIntervalS, type HpcParams } from './model.ts';

/** fast-check seed: FC_SEED from the environment when it is a whole number, else a fixed one. */
const envSeed = Number(process.env.FC_SEED);
const FC_SEED = Number.isSafeInteger(envSeed) ? envSeed : 20260301;

/** A run over `failures` system MTBFs, where the job sees about that many failures. */
function longJob(mtbfS: number, rest: Omit<HpcParams, 'nodes' | 'nodeMtbfS' | 'horizonS'>) {
  return simulateJob({ ...rest, nodes: 1, nodeMtbfS: mtbfS, horizonS: 2000 * mtbfS }, false);
}

describe('the checkpointing job', () => {
  it(`useful-work fraction matches 1 − δ/τ − (τ/2 + R)/M within 5% where δ, τ, R ≪ M (fast-check seed ${FC_SEED})`, () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_000, max: 1_000_000 }),
        fc.integer({ min: 200, max: 2000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.double({ min: 0.5, max: 2, noNaN: true }),
        fc.nat(1_000_000),
        (checkpointS, mtbfOverDelta, restartPermille, youngShare, seed) => {
          // M at least 200 δ, R at most 10% of M, τ from half to twice Young's: all ≪ M.
          const mtbfS = checkpointS * mtbfOverDelta;
          const restartS = Math.round((mtbfS * restartPermille) / 1000);
          const intervalS = Math.round(youngShare * youngIntervalS(checkpointS, mtbfS));
          const run = longJob(mtbfS, { intervalS, checkpointS, restartS, seed });
          const formula = firstOrderUseful(intervalS, checkpointS, restartS, mtbfS);
          expect(Math.abs(run.usefulFraction - formula) / formula).toBeLessThan(0.05);
        },
      ),
      { seed: FC_SEED, numRuns: 40 },
    );
  });

  it('is best near Young’s interval', () => {
    const [checkpointS, restartS, mtbfS] = [600, 600, 600 * 400];
    const youngS = youngIntervalS(checkpointS, mtbfS);
    const shares = [0.25, 0.35, 0.5, 0.71, 1, 1.41, 2, 2.83, 4];
    // Averaged over seeds, each interval on the same failures (common random numbers).
    const useful = shares.map((share) => {
      const intervalS = Math.round(share * youngS);
      const seeds = [1, 2, 3, 4, 5];
      const sum = seeds.reduce(
        (s, seed) => s + longJob(mtbfS, { intervalS, checkpointS, restartS, seed }).usefulFraction,
        0,
      );
      return sum / seeds.length;
    });
    const best = Math.max(...useful);
    const bestShare = shares[useful.indexOf(best)]!;
    expect(bestShare).toBeGreaterThanOrEqual(0.5);
    expect(bestShare).toBeLessThanOrEqual(2);
    expect(useful[shares.indexOf(1)]!).toBeGreaterThan(best - 0.01);
  });

  it('collapses as the machine grows: 10,000 nodes keep about two thirds, 100,000 under a fifth', () => {
    const at = (nodes: number) => {
      const mtbfS = (5 * YEAR_S) / nodes;
      const intervalS = Math.round(youngIntervalS(780, mtbfS));
      const params = { nodes, nodeMtbfS: 5 * YEAR_S, intervalS, checkpointS: 780, restartS: 780 };
      return simulateJob({ ...params, horizonS: Math.round(400 * mtbfS), seed: 7 }, false);
    };
    expect(at(10_000).usefulFraction).toBeGreaterThan(0.6);
    expect(at(10_000).usefulFraction).toBeLessThan(0.75);
    expect(at(100_000).usefulFraction).toBeLessThan(0.2);
  });

  it('is deterministic: the same seed gives the same run', () => {
    const params: HpcParams = {
      nodes: 20_000,
      nodeMtbfS: 5 * YEAR_S,
      intervalS: 3600,
      checkpointS: 780,
      restartS: 780,
      horizonS: 7 * 24 * 3600,
      seed: 42,
    };
    expect(simulateJob(params)).toEqual(simulateJob(params));
    expect(simulateJob(params).progress).not.toEqual(simulateJob({ ...params, seed: 43 }).progress);
  });

  it('never holds more work than time has passed, and never loses saved work', () => {
    const run = simulateJob({
      nodes: 50_000,
      nodeMtbfS: 5 * YEAR_S,
      intervalS: 1800,
      checkpointS: 600,
      restartS: 600,
      horizonS: 3 * 24 * 3600,
      seed: 3,
    });
    expect(run.failures).toBeGreaterThan(0);
    expect(run.progress.at(-1)?.tS).toBe(3 * 24 * 3600);
    for (const point of run.progress) expect(point.valueS).toBeLessThanOrEqual(point.tS);
    expect(run.savedS + run.lostS).toBeLessThanOrEqual(3 * 24 * 3600);
  });
});
