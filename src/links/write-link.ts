/**
 * A link's fragment (without `#`) for what is on screen: `preset=<id>` when the scenario is a
 * preset unchanged, else the compacted scenario, deflated. Only what differs from the default
 * view is written, so links stay short.
 */

import { findPreset } from '../scenario/presets/index.ts';
import { compactScenario } from './compact.ts';
import { deflateText } from './deflate.ts';
import { LINK_VERSION, type LinkState } from './link-state.ts';
import { shortenKeys } from './short-keys.ts';

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export async function writeLink(state: LinkState): Promise<string> {
  const params = new URLSearchParams();
  const preset = state.presetId === null ? undefined : findPreset(state.presetId);
  if (preset && sameJson(preset.scenario, state.scenario)) {
    params.set('preset', preset.id);
  } else {
    params.set('v', String(LINK_VERSION));
    params.set(
      's',
      await deflateText(JSON.stringify(shortenKeys(compactScenario(state.scenario)))),
    );
  }
  if (state.atUs > 0) params.set('t', String(Math.round(state.atUs)));
  if (state.revealed !== null) params.set('truth', state.revealed ? '1' : '0');
  if (state.stage !== 'network') params.set('view', state.stage);
  if (state.clientView) params.set('client', '1');
  if (state.embed) params.set('embed', '1');
  return params.toString();
}
