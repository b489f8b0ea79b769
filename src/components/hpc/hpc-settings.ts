import { systemMtbfS, YEAR_S, youngIntervalS, type HpcParams } from '../../hpc/model.ts';

/** What the page's controls set; times in whole minutes, as the controls show them. */
export interface HpcSettings {
  nodes: number;
  nodeMtbfYears: number;
  intervalMin: number;
  checkpointMin: number;
  restartMin: number;
}

/** The nodes slider's stops: 1, 2, 5, 10 … 100,000 (keyboard steps that read cleanly). */
export const NODE_STOPS = [1, 2, 5].flatMap((m) => [1, 10, 100, 1000, 10_000].map((p) => m * p));
NODE_STOPS.push(100_000);
NODE_STOPS.sort((a, b) => a - b);

export const MTBF_YEARS = [0.5, 1, 2, 3, 5, 10, 20, 50] as const;

/** Jaguar's 13-minute checkpoint, and a restart as long (concepts.md A3's worked example). */
export const DEFAULT_SETTINGS: HpcSettings = {
  nodes: 10_000,
  nodeMtbfYears: 5,
  intervalMin: 83,
  checkpointMin: 13,
  restartMin: 13,
};

/** The page's seed: one fixed run, so everyone in the room sees the same week. */
const SEED = 1;

export function paramsOf(settings: HpcSettings, horizonS: number): HpcParams {
  return {
    nodes: settings.nodes,
    nodeMtbfS: settings.nodeMtbfYears * YEAR_S,
    intervalS: settings.intervalMin * 60,
    checkpointS: settings.checkpointMin * 60,
    restartS: settings.restartMin * 60,
    horizonS,
    seed: SEED,
  };
}

/** Young's interval for these settings, in whole minutes (at least one). */
export function youngMinutes(settings: HpcSettings): number {
  const mtbfS = systemMtbfS(settings.nodeMtbfYears * YEAR_S, settings.nodes);
  return Math.max(1, Math.round(youngIntervalS(settings.checkpointMin * 60, mtbfS) / 60));
}
