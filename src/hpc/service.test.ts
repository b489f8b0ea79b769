import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { YEAR_S } from './model.ts';
import { availabilityAtLeast, simulateService } from './service.ts';
import { sweepNodes } from './sweep.ts';

const envSeed = Number(process.env.FC_SEED);
const FC_SEED = Number.isSafeInteger(envSeed) ? envSeed : 20260302;

describe('the replicated service', () => {
  it(`never has more than all its capacity, and is less available the more nodes it needs (fast-check seed ${FC_SEED})`, () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 24 * 3600, max: 100 * 24 * 3600 }),
        fc.integer({ min: 60, max: 7 * 24 * 3600 }),
        fc.nat(1_000_000),
        (nodes, nodeMtbfS, restartS, seed) => {
          const run = simulateService({
            nodes,
            nodeMtbfS,
            restartS,
            intervalS: 1,
            checkpointS: 1,
            horizonS: 30 * 24 * 3600,
            seed,
          });
          expect(run.meanCapacity).toBeLessThanOrEqual(1);
          expect(run.minCapacity).toBeGreaterThanOrEqual(0);
          const overFull = run.served.some(
            (b, i) =>
              i > 0 && b.valueS - run.served[i - 1]!.valueS > b.tS - run.served[i - 1]!.tS + 1e-6,
          );
          expect(overFull).toBe(false);
          let before = 1;
          for (let k = 0; k <= nodes; k++) {
            const now = availabilityAtLeast(run, k);
            expect(now).toBeLessThanOrEqual(before + 1e-12);
            before = now;
          }
          expect(availabilityAtLeast(run, 0)).toBeCloseTo(1, 12);
        },
      ),
      { seed: FC_SEED, numRuns: 60 },
    );
  });

  it('matches the time a node is expected to be down, q = R / (MTBF + R)', () => {
    const [nodeMtbfS, restartS] = [10 * 24 * 3600, 24 * 3600];
    const run = simulateService({
      nodes: 100,
      nodeMtbfS,
      restartS,
      intervalS: 1,
      checkpointS: 1,
      horizonS: 1000 * 24 * 3600,
      seed: 5,
    });
    expect(1 - run.meanCapacity).toBeCloseTo(restartS / (nodeMtbfS + restartS), 2);
  });

  it('stays near full capacity at every size, while the job falls', () => {
    const sweep = sweepNodes({ nodeMtbfS: 5 * YEAR_S, checkpointS: 780, restartS: 780, seed: 1 });
    for (const point of sweep) expect(point.serviceCapacity).toBeGreaterThan(0.9999);
    expect(sweep[0]!.jobUseful).toBeGreaterThan(0.99);
    expect(sweep.at(-1)!.jobUseful).toBeLessThan(0.2);
  });

  it('is deterministic: the same seed gives the same run', () => {
    const params = {
      nodes: 1000,
      nodeMtbfS: YEAR_S,
      restartS: 6 * 3600,
      intervalS: 1,
      checkpointS: 1,
      horizonS: 90 * 24 * 3600,
      seed: 9,
    };
    expect(simulateService(params)).toEqual(simulateService(params));
  });
});
