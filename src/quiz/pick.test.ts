import { describe, expect, it } from 'vitest';
import { CAUSES } from '../sim/index.ts';
import { nextSeed, pickQuestion, SIM_SEEDS, seedFromHash } from './pick.ts';

const SEEDS = Array.from({ length: 600 }, (_, i) => i);

describe('the seeded pick', () => {
  it('is a pure function of the seed', () => {
    for (const seed of [0, 1, 42, 2 ** 32 - 1]) {
      expect(pickQuestion(seed)).toEqual(pickQuestion(seed));
    }
  });

  it('covers all six causes, each often, over many seeds', () => {
    const counts = new Map<string, number>();
    for (const seed of SEEDS) {
      const cause = pickQuestion(seed).preset.featured!.cause!;
      counts.set(cause, (counts.get(cause) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual([...CAUSES].sort());
    // 100 each on average: none starved, none hogging.
    for (const n of counts.values()) expect(n).toBeGreaterThan(60);
  });

  it('covers all six causes along the sequence of next questions too', () => {
    const seen = new Set<string>();
    let seed = 7;
    for (let i = 0; i < 60; i++, seed = nextSeed(seed)) {
      seen.add(pickQuestion(seed).preset.featured!.cause!);
    }
    expect(seen.size).toBe(6);
  });

  it('draws simulation seeds within 1…SIM_SEEDS, and varied', () => {
    const sims = SEEDS.map((s) => pickQuestion(s).simSeed);
    for (const s of sims) expect(s >= 1 && s <= SIM_SEEDS && Number.isInteger(s)).toBe(true);
    expect(new Set(sims).size).toBeGreaterThan(400);
  });

  it('reads a seed from the address, refusing anything else', () => {
    expect(seedFromHash('#quiz&seed=42')).toBe(42);
    expect(seedFromHash('#quiz&lecture=1&seed=0')).toBe(0);
    expect(seedFromHash('#quiz')).toBeNull();
    expect(seedFromHash('#quiz&seed=-1')).toBeNull();
    expect(seedFromHash('#quiz&seed=1e3')).toBeNull();
    expect(seedFromHash('#quiz&seed=99999999999')).toBeNull();
  });
});
