/**
 * Golden trace hashes of the presets (seed 1). They pin the model: any change to what happens
 * in a preset changes its hash. When a change is meant, rewrite them with
 * `UPDATE_GOLDEN=1 npx vitest run src/scenario/presets/golden.test.ts` and say why in the
 * commit. The end-to-end tests check that the browser computes the same hashes.
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulation, traceHash } from '../../sim/index.ts';
import { PRESETS } from './index.ts';

const FILE = new URL('./trace-hashes.json', import.meta.url);

function hashes(): Record<string, string> {
  return Object.fromEntries(
    PRESETS.map((p) => {
      const sim = createSimulation(p.scenario);
      sim.runUntil(sim.endUs);
      return [p.id, traceHash(sim.trace)];
    }),
  );
}

describe('golden trace hashes', () => {
  it('every preset runs exactly as recorded', () => {
    const now = hashes();
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(FILE, `${JSON.stringify(now, null, 2)}\n`);
    expect(now).toEqual(JSON.parse(readFileSync(FILE, 'utf8')));
  });

  it('differ between presets, and change with the seed', () => {
    expect(new Set(Object.values(hashes())).size).toBe(PRESETS.length);
    const sim = createSimulation(PRESETS[0]!.scenario, { seed: 2 });
    sim.runUntil(sim.endUs);
    expect(traceHash(sim.trace)).not.toBe(hashes()[PRESETS[0]!.id]);
  });
});
