/**
 * Which question a quiz seed asks: one of the six cause presets and the simulation's seed, a
 * pure function of the quiz seed so a test (or a link with `seed=`) gets the same question
 * every time. The page draws the first seed at random and steps to the next one itself.
 */

import { SIX_CAUSES, type Preset } from '../scenario/presets/index.ts';

/** Simulation seeds are drawn from 1 to this: plenty of different jitter, all tested. */
export const SIM_SEEDS = 1000;

export interface Pick {
  preset: Preset;
  simSeed: number;
}

/** A 32-bit integer hash (lowbias32): neighbouring seeds land far apart. */
function mix(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

export function pickQuestion(seed: number): Pick {
  const preset = SIX_CAUSES[mix(seed) % SIX_CAUSES.length]!;
  // A second, different hash, so the cause and the jitter do not move together.
  const simSeed = (mix(seed ^ 0x5bd1e995) % SIM_SEEDS) + 1;
  return { preset, simSeed };
}

/** The seed of the question after this one. */
export const nextSeed = (seed: number): number => mix(seed + 1);

/** A fresh seed from the browser; Math.random where crypto is missing. */
export function randomSeed(): number {
  if (typeof crypto !== 'undefined' && typeof crypto.getRandomValues === 'function') {
    return crypto.getRandomValues(new Uint32Array(1))[0]!;
  }
  return Math.floor(Math.random() * 2 ** 32);
}

/** `#quiz&seed=42` opens that question: for tests, and for a lecturer who wants a known one. */
export function seedFromHash(hash: string): number | null {
  const raw = new URLSearchParams(hash.replace(/^#/, '').slice(0, 2000)).get('seed');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  const seed = Number(raw);
  return seed <= 0xffffffff ? seed : null;
}
