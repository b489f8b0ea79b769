/**
 * Small helpers for the lessons' worlds: the three-node world of the presets, a preset by id,
 * and a few changes to them. Kept here so the lesson files read as text and numbers.
 */

import { findPreset } from '../scenario/presets/index.ts';
import { ms, threeNodeScenario } from '../scenario/presets/base.ts';
import type { Cable, Scenario, ScheduledAction, Workload } from '../scenario/types.ts';

export { ms };

export function preset(id: string): Scenario {
  const found = findPreset(id);
  if (!found) throw new Error(`no preset ${id}`);
  return found.scenario;
}

/** Client, switch and server, 5 ms a hop; a request every 250 ms, given up after 100 ms. */
export function threeNodes(
  name: string,
  options: {
    schedule?: ScheduledAction[];
    workload?: Partial<Workload>;
    cable?: Partial<Cable>;
  } = {},
): Scenario {
  const scenario = threeNodeScenario(name, '', options.schedule ?? [], options.workload ?? {});
  return { ...scenario, cables: scenario.cables.map((c) => ({ ...c, ...options.cable })) };
}

/** The cause presets' timeout of r3: sent at 500 ms, given up at 600 ms. */
export const R3_TIMEOUT_US = ms(600);

/** The six causes' preset ids, in the seed's order. */
export const CAUSE_PRESETS = [
  'request-lost',
  'request-queued',
  'remote-crashed',
  'remote-paused',
  'response-lost',
  'response-delayed',
] as const;
