/**
 * Links to a preset look like `#preset=<id>`. The hash, not the path, so that the static build
 * works from any host and sub-path.
 */

import { DEFAULT_PRESET_ID, findPreset, type Preset } from '../scenario/presets/index.ts';

export interface PresetChoice {
  preset: Preset;
  /** The id the link asked for when no preset has it, to say so politely. */
  unknownId: string | null;
}

const defaultPreset = (): Preset => findPreset(DEFAULT_PRESET_ID)!;

/** Reads `#preset=<id>`; URLSearchParams decodes `%xx` without throwing on bad input. */
export function choiceFromHash(hash: string): PresetChoice {
  const id = new URLSearchParams(hash.replace(/^#/, '')).get('preset');
  if (id === null || id === '') return { preset: defaultPreset(), unknownId: null };
  const preset = findPreset(id);
  return preset ? { preset, unknownId: null } : { preset: defaultPreset(), unknownId: id };
}

export const hashFor = (id: string): string => `#preset=${encodeURIComponent(id)}`;

/** What to say when a link names no preset. */
export const unknownNotice = (id: string): string =>
  `No preset called "${id}"; showing the healthy network.`;
