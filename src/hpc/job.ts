import { failureTrace } from './failures.ts';
import { systemMtbfS, type HpcParams, type WorkPoint } from './model.ts';
import { clipAt } from './series.ts';

export interface JobRun {
  /** The work the job holds, saved or not: it climbs, and drops back to the checkpoint at a failure. */
  progress: WorkPoint[];
  /** Work safe in a checkpoint finished by the horizon. */
  savedS: number;
  /** savedS over the horizon: the share of the machine's time that became kept work. */
  usefulFraction: number;
  /** Failures before the horizon, including those that interrupted a restart. */
  failures: number;
  checkpoints: number;
  /** Work computed and then thrown away by a failure. */
  lostS: number;
}

const whole = (s: number) => Math.max(1, Math.round(s));

/**
 * The tightly coupled job: compute τ, write a checkpoint for δ, again. A failure anywhere in
 * the machine stops everything: the work since the last finished checkpoint is lost (a failure
 * during a checkpoint loses that checkpoint too), and the restart takes R, started over if
 * another failure hits it. `record: false` skips the line, for long runs that only need sums.
 */
export function simulateJob(params: HpcParams, record = true): JobRun {
  const horizonS = params.horizonS;
  const [tauS, deltaS, restartS] = [params.intervalS, params.checkpointS, params.restartS].map(
    whole,
  ) as [number, number, number];
  const nextFailure = failureTrace(params.seed, systemMtbfS(params.nodeMtbfS, params.nodes));
  const progress: WorkPoint[] = [{ tS: 0, valueS: 0 }];
  const mark = (tS: number, valueS: number) => {
    if (record) progress.push({ tS, valueS });
  };
  let [tS, savedS, lostS, failures, checkpoints] = [0, 0, 0, 0, 0];
  let failS = nextFailure();
  while (tS < horizonS) {
    const endS = tS + tauS + deltaS;
    if (failS > tS + tauS) mark(tS + tauS, savedS + tauS);
    if (failS >= endS) {
      mark(endS, savedS + tauS);
      if (endS <= horizonS) {
        savedS += tauS;
        checkpoints++;
      }
      tS = endS;
      continue;
    }
    const doneS = Math.min(tauS, failS - tS);
    if (failS < horizonS) {
      failures++;
      lostS += doneS;
    }
    mark(failS, savedS + doneS);
    mark(failS, savedS);
    tS = failS;
    for (failS = nextFailure(); failS < tS + restartS; failS = nextFailure()) {
      if (failS < horizonS) failures++;
      tS = failS;
    }
    tS += restartS;
    mark(tS, savedS);
  }
  return {
    progress: record ? clipAt(progress, horizonS) : [],
    savedS,
    usefulFraction: savedS / horizonS,
    failures,
    checkpoints,
    lostS,
  };
}
