import type { LongRun } from '../../hpc/sweep.ts';
import { formatCount, formatMinutes, formatShare } from './hpc-format.ts';

interface Props {
  run: LongRun;
  /** k: the nodes the service needs up to count as available. */
  needs: number;
}

/** Further apart than this, the first-order formula is said to be off (5 percentage points). */
const FORMULA_OFF = 0.05;

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
        {Math.abs(formula - run.jobUseful) > FORMULA_OFF && (
          <p>
            The formula holds only while failures are much rarer than checkpoints; here the whole
            machine fails every {formatMinutes(run.mtbfS)}, so it is only a rough guide, and the
            simulated job is the one to trust.
          </p>
        )}
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
