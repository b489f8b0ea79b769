import { createRng, uniformInt } from '../sim/prng.ts';
import { failureTrace } from './failures.ts';
import { systemMtbfS, type HpcParams, type WorkPoint } from './model.ts';
import { clipAt } from './series.ts';

export interface ServiceRun {
  /** Work served so far, in seconds of the whole machine: capacity (up / N) integrated. */
  served: WorkPoint[];
  meanCapacity: number;
  minCapacity: number;
  failures: number;
  /** Seconds spent with exactly d nodes down, at index d. */
  downTimeS: number[];
  horizonS: number;
  nodes: number;
}

/**
 * The replicated service on the same machines: it keeps serving on the nodes that are up, and
 * a failed node is back after R. It reads the job's failure trace, but a failure can only hit
 * a node that is up: each one lands with probability up / N (so the rate is up / node MTBF).
 */
export function simulateService(params: HpcParams, record = true): ServiceRun {
  const { nodes, horizonS } = params;
  const nextFailure = failureTrace(params.seed, systemMtbfS(params.nodeMtbfS, nodes));
  const thinning = createRng(params.seed, 'hpc-thinning');
  const repairsS: number[] = [];
  const downTimeS = [0];
  const served: WorkPoint[] = [{ tS: 0, valueS: 0 }];
  let [tS, up, servedS, failures, repaired, minUp] = [0, nodes, 0, 0, 0, nodes];
  let failS = nextFailure();
  while (tS < horizonS) {
    const repairS = repairsS[repaired] ?? Infinity;
    const nextS = Math.min(failS, repairS, horizonS);
    const down = nodes - up;
    while (downTimeS.length <= down) downTimeS.push(0);
    downTimeS[down] = (downTimeS[down] ?? 0) + (nextS - tS);
    servedS += ((nextS - tS) * up) / nodes;
    tS = nextS;
    if (record) served.push({ tS, valueS: servedS });
    if (tS >= horizonS) break;
    if (repairS <= failS) {
      up++;
      repaired++;
      continue;
    }
    if (uniformInt(thinning, 1, nodes) <= up) {
      up--;
      failures++;
      minUp = Math.min(minUp, up);
      // R is the same for every node, so the repairs come back in the order they began.
      repairsS.push(tS + Math.max(1, Math.round(params.restartS)));
    }
    failS = nextFailure();
  }
  return {
    served: record ? clipAt(served, horizonS) : [],
    meanCapacity: servedS / horizonS,
    minCapacity: minUp / nodes,
    failures,
    downTimeS,
    horizonS,
    nodes,
  };
}

/** The share of the time with at least `k` of the N nodes up. */
export function availabilityAtLeast(run: ServiceRun, k: number): number {
  const allowedDown = run.nodes - k;
  const upS = run.downTimeS.reduce((sum, s, down) => (down <= allowedDown ? sum + s : sum), 0);
  return upS / run.horizonS;
}
