import type { Preset } from './base.ts';
import { healthy } from './healthy.ts';
import { retryDuplicate, retryIdempotent } from './after-the-timeout.ts';
import { SIX_CAUSES } from './six-causes.ts';

export type { Preset } from './base.ts';
export { FEATURED_REQUEST } from './base.ts';
export { SIX_CAUSES } from './six-causes.ts';

/** Every preset, in the order a menu shows them. */
export const PRESETS: readonly Preset[] = [healthy, ...SIX_CAUSES, retryDuplicate, retryIdempotent];

export const DEFAULT_PRESET_ID = 'healthy';

export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}
