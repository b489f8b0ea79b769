import { useMemo } from 'react';
import { simulateJob } from '../../hpc/job.ts';
import { DAY_S } from '../../hpc/model.ts';
import { simulateService } from '../../hpc/service.ts';
import { longRun, sweepNodes } from '../../hpc/sweep.ts';
import { paramsOf, type HpcSettings } from './hpc-settings.ts';

export const WEEK_S = 7 * DAY_S;

/**
 * Everything the page draws, from the settings: one week of the job and the service (the
 * plot over time), their long-run numbers, and the sweep over machine sizes. Each is a few
 * tens of milliseconds at most, so it runs on every change.
 */
export function useHpcRuns(settings: HpcSettings) {
  const week = useMemo(() => {
    const params = paramsOf(settings, WEEK_S);
    return { job: simulateJob(params), service: simulateService(params) };
  }, [settings]);
  const summary = useMemo(() => longRun(paramsOf(settings, 0)), [settings]);
  const { nodeMtbfYears, checkpointMin, restartMin } = settings;
  const sweep = useMemo(() => {
    const { nodeMtbfS, checkpointS, restartS, seed } = paramsOf(
      { nodes: 1, nodeMtbfYears, intervalMin: 1, checkpointMin, restartMin },
      0,
    );
    return sweepNodes({ nodeMtbfS, checkpointS, restartS, seed });
  }, [nodeMtbfYears, checkpointMin, restartMin]);
  return { week, summary, sweep };
}
