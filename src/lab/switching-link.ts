/**
 * The Packets and circuits page's settings in its address, so a lecturer's setting is a link:
 * `#switching&load=60&circuits=8&seed=3`. Defaults are left out; anything unreadable or out of
 * range falls back to the default or the nearest bound, never an error.
 */

import { clampSettings, DEFAULT_SWITCHING, type SwitchingSettings } from './switching.ts';

const KEYS = { loadPerS: 'load', slots: 'circuits', seed: 'seed' } as const;

export function settingsFromHash(hash: string): SwitchingSettings {
  const params = new URLSearchParams(hash.replace(/^#/, '').slice(0, 500));
  const read = (key: keyof SwitchingSettings): number => {
    const text = params.get(KEYS[key]);
    const value = text === null || text.trim() === '' ? NaN : Number(text);
    if (Number.isNaN(value)) return DEFAULT_SWITCHING[key];
    // Too many digits reads as Infinity: the nearest bound, as any number out of range.
    return Math.max(-Number.MAX_VALUE, Math.min(Number.MAX_VALUE, value));
  };
  return clampSettings({ loadPerS: read('loadPerS'), slots: read('slots'), seed: read('seed') });
}

export function hashOfSettings(settings: SwitchingSettings): string {
  const clamped = clampSettings(settings);
  const parts = (Object.keys(KEYS) as (keyof SwitchingSettings)[])
    .filter((key) => clamped[key] !== DEFAULT_SWITCHING[key])
    .map((key) => `&${KEYS[key]}=${clamped[key]}`);
  return `#switching${parts.join('')}`;
}
