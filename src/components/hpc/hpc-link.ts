/**
 * The supercomputers page's settings in its address, so a lecturer's machine is a link:
 * `#hpc&nodes=100000&mtbf=5&tau=26&delta=13&restart=13`. Defaults are left out; a value that is
 * unreadable falls back to the default, one out of range to the nearest bound, and the nodes and
 * the MTBF to the nearest choice the controls offer.
 */

import { DEFAULT_SETTINGS, MTBF_YEARS, NODE_STOPS, type HpcSettings } from './hpc-settings.ts';

const KEYS: Record<keyof HpcSettings, string> = {
  nodes: 'nodes',
  nodeMtbfYears: 'mtbf',
  intervalMin: 'tau',
  checkpointMin: 'delta',
  restartMin: 'restart',
};

/** Whole minutes each field accepts (as its control does). */
const MINUTES: Partial<Record<keyof HpcSettings, [number, number]>> = {
  intervalMin: [1, 100_000],
  checkpointMin: [1, 1440],
  restartMin: [1, 1440],
};

/** The choice nearest `value` (choices in increasing order; beyond them, the end one). */
function nearest(choices: readonly number[], value: number): number {
  const within = Math.min(choices.at(-1)!, Math.max(choices[0]!, value));
  return choices.reduce((best, c) => (Math.abs(c - within) < Math.abs(best - within) ? c : best));
}

function settle(key: keyof HpcSettings, read: number): number {
  if (Number.isNaN(read)) return DEFAULT_SETTINGS[key];
  // Too many digits reads as Infinity: the nearest bound, as any number out of range.
  const value = Math.max(-Number.MAX_VALUE, Math.min(Number.MAX_VALUE, read));
  if (key === 'nodes') return nearest(NODE_STOPS, value);
  if (key === 'nodeMtbfYears') return nearest(MTBF_YEARS, value);
  const [min, max] = MINUTES[key]!;
  return Math.min(max, Math.max(min, Math.round(value)));
}

const keys = Object.keys(KEYS) as (keyof HpcSettings)[];

export function hpcSettingsFromHash(hash: string): HpcSettings {
  const params = new URLSearchParams(hash.replace(/^#/, '').slice(0, 500));
  const settings = { ...DEFAULT_SETTINGS };
  for (const key of keys) {
    const text = params.get(KEYS[key]);
    settings[key] = settle(key, text === null || text.trim() === '' ? NaN : Number(text));
  }
  return settings;
}

export function hashOfHpcSettings(settings: HpcSettings): string {
  const parts = keys
    .filter((key) => settings[key] !== DEFAULT_SETTINGS[key])
    .map((key) => `&${KEYS[key]}=${settings[key]}`);
  return `#hpc${parts.join('')}`;
}
