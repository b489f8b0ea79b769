/**
 * The featured request of the six cause presets (r3): the one whose timeout the six worlds
 * compare. Found by its label, as the presets and their tests name it.
 */

import { FEATURED_REQUEST } from '../scenario/presets/base.ts';
import { requestLabel, type RequestRecord, type Simulation } from '../sim/index.ts';

export { FEATURED_REQUEST };

export function featuredRecord(sim: Simulation): RequestRecord | undefined {
  return sim.state.requests.find((r) => requestLabel(r.id) === FEATURED_REQUEST);
}

/** When the featured request ended in this run, or null while it has not (or was not sent). */
export function featuredEndUs(sim: Simulation): number | null {
  const record = featuredRecord(sim);
  return record && record.status !== 'outstanding' ? record.endedAtUs : null;
}
