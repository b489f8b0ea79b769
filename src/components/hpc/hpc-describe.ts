import type { JobRun } from '../../hpc/job.ts';
import { DAY_S } from '../../hpc/model.ts';
import type { ServiceRun } from '../../hpc/service.ts';
import type { LongRun } from '../../hpc/sweep.ts';
import { formatCount, formatShare } from './hpc-format.ts';

const days = (s: number) => (s / DAY_S).toFixed(1);

/** The week plot in words: what each line reached, and how often the machine failed. */
export function describeWeek(job: JobRun, service: ServiceRun): string {
  return (
    `Work done over one week, in days. ${formatCount(job.failures)} node failures. ` +
    `The job kept ${days(job.savedS)} of 7 days in checkpoints (${formatShare(job.usefulFraction)}). ` +
    `The service served ${days(service.meanCapacity * service.horizonS)} of 7 days ` +
    `(${formatShare(service.meanCapacity)}).`
  );
}

/** The sweep in words: both ends, and the point where the job drops below half. */
export function describeSweep(sweep: readonly LongRun[]): string {
  const first = sweep[0];
  const last = sweep[sweep.length - 1];
  if (!first || !last) return '';
  const half = sweep.find((r) => r.jobUseful < 0.5);
  return (
    `Useful work against the number of nodes, each job at Young’s interval. ` +
    `At ${formatCount(first.nodes)} node: job ${formatShare(first.jobUseful)}, service ${formatShare(first.serviceCapacity)}. ` +
    `At ${formatCount(last.nodes)} nodes: job ${formatShare(last.jobUseful)}, service ${formatShare(last.serviceCapacity)}.` +
    (half ? ` The job falls below half at ${formatCount(half.nodes)} nodes.` : '')
  );
}
