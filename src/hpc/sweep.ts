import { simulateJob } from './job.ts';
import { DAY_S, firstOrderUseful, systemMtbfS, youngIntervalS, type HpcParams } from './model.ts';
import { availabilityAtLeast, simulateService } from './service.ts';

/** The machine sizes the "against the number of nodes" plot simulates. */
export const SWEEP_NODES = [1, 3, 10, 30, 100, 300, 1000, 3000, 10_000, 30_000, 100_000] as const;

/** The service counts as available while at least this share of its nodes is up. */
export const SERVICE_NEEDS_SHARE = 0.99;

/** k for N nodes: at least 99% of them, and at least one. */
export const serviceNeedsNodes = (nodes: number): number =>
  Math.max(1, Math.ceil(nodes * SERVICE_NEEDS_SHARE));

/** About this many failures a long run sees, so its averages settle. */
const FAILURES_PER_LONG_RUN = 400;

/** Long enough for the averages: a month, or some hundreds of system MTBFs. */
export const longHorizonS = (nodeMtbfS: number, nodes: number): number =>
  Math.round(Math.max(30 * DAY_S, FAILURES_PER_LONG_RUN * systemMtbfS(nodeMtbfS, nodes)));

export interface LongRun {
  nodes: number;
  mtbfS: number;
  intervalS: number;
  jobUseful: number;
  formulaUseful: number;
  serviceCapacity: number;
  serviceAvailability: number;
}

/** The long-run numbers for one machine size, with the job checkpointing every `intervalS`. */
export function longRun(params: Omit<HpcParams, 'horizonS'>): LongRun {
  const mtbfS = systemMtbfS(params.nodeMtbfS, params.nodes);
  const run = { ...params, horizonS: longHorizonS(params.nodeMtbfS, params.nodes) };
  const service = simulateService(run, false);
  return {
    nodes: params.nodes,
    mtbfS,
    intervalS: params.intervalS,
    jobUseful: simulateJob(run, false).usefulFraction,
    formulaUseful: firstOrderUseful(params.intervalS, params.checkpointS, params.restartS, mtbfS),
    serviceCapacity: service.meanCapacity,
    serviceAvailability: availabilityAtLeast(service, serviceNeedsNodes(params.nodes)),
  };
}

/** Every size of SWEEP_NODES, each job at its own Young interval: the best it can do. */
export function sweepNodes(params: Omit<HpcParams, 'horizonS' | 'nodes' | 'intervalS'>): LongRun[] {
  return SWEEP_NODES.map((nodes) => {
    const mtbfS = systemMtbfS(params.nodeMtbfS, nodes);
    const intervalS = Math.max(1, Math.round(youngIntervalS(params.checkpointS, mtbfS)));
    return longRun({ ...params, nodes, intervalS });
  });
}
