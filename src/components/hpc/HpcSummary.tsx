import type { LongRun } from '../../hpc/sweep.ts';
import { formatCount, formatMinutes, formatShare } from './hpc-format.ts';

interface Props {
  run: LongRun;
  /** k: the nodes the service needs up to count as available. */
  needs: number;
}

/** The long-run numbers for the machine set now, the job's beside the service's. */
export function HpcSummary({ run, needs }: Props) {
  const formula = run.formulaUseful;
  return (
    <div className="hpc-summary">
      <section className="hpc-card hpc-card-job" aria-label="The job">
        <h2>The job: checkpoint and restart</h2>
        <p className="hpc-big">
          Useful work <strong>{formatShare(run.jobUseful)}</strong>
        </p>
        <p>
          First-order formula:{' '}
          {formula > 0 ? formatShare(formula) : 'below zero (no forward progress)'}. Checkpoint
          every {formatMinutes(run.intervalS)}.
        </p>
      </section>
      <section className="hpc-card hpc-card-service" aria-label="The service">
        <h2>The service: replicated</h2>
        <p className="hpc-big">
          Capacity <strong>{formatShare(run.serviceCapacity)}</strong>
        </p>
        <p>
          At least {formatCount(needs)} of {formatCount(run.nodes)} nodes up{' '}
          {formatShare(run.serviceAvailability)} of the time.
        </p>
      </section>
    </div>
  );
}
