/**
 * Supercomputers and the cloud: the same machines, failing the same way, run two ways.
 *
 * All times are whole seconds (`…S`). Node failures are a Poisson process: each node fails on
 * average once per `nodeMtbfS`, so the whole machine sees a failure every M = nodeMtbfS / nodes
 * (its system MTBF). One seeded trace of failure times drives both ways of running:
 *
 * - the job (job.ts) checkpoints every `intervalS` of work, which takes `checkpointS`; any
 *   failure stops all of it, throws away the work since the last checkpoint and costs
 *   `restartS` before it computes again;
 * - the service (service.ts) keeps serving on the nodes that are up; a failed node is back
 *   after `restartS`.
 */

export interface HpcParams {
  nodes: number;
  nodeMtbfS: number;
  /** Young's τ: work between checkpoints. */
  intervalS: number;
  /** δ: the time one checkpoint takes. */
  checkpointS: number;
  /** R: the job's restart, and a failed node's repair. */
  restartS: number;
  horizonS: number;
  seed: number;
}

/** One point of a line over time: `valueS` is work done, in seconds of the whole machine. */
export interface WorkPoint {
  tS: number;
  valueS: number;
}

export const HOUR_S = 3600;
export const DAY_S = 24 * HOUR_S;
/** A Julian year, as in "5 years = 43,800 h" (concepts.md A3 rounds 365.25 × 24 to 43,800). */
export const YEAR_S = 365.25 * DAY_S;

/** M: with independent exponential failures the machine fails N times as often as one node. */
export const systemMtbfS = (nodeMtbfS: number, nodes: number): number => nodeMtbfS / nodes;

/** Young's first-order optimal checkpoint interval, τ* = √(2 δ M). */
export const youngIntervalS = (checkpointS: number, mtbfS: number): number =>
  Math.sqrt(2 * checkpointS * mtbfS);

/**
 * The first-order useful-work fraction 1 − δ/τ − (τ/2 + R)/M: the time spent checkpointing,
 * plus, per failure, on average half an interval recomputed and one restart. Only a guide
 * while δ, τ and R are all much shorter than M; it goes below zero where the job cannot
 * progress at all, and is left so (the page clamps what it draws).
 */
export function firstOrderUseful(
  intervalS: number,
  checkpointS: number,
  restartS: number,
  mtbfS: number,
): number {
  return 1 - checkpointS / intervalS - (intervalS / 2 + restartS) / mtbfS;
}
