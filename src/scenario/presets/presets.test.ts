/**
 * The presets keep their promises on every seed: the featured request ends as the preset says,
 * and in the six cause presets the client sees exactly the same thing up to its timeout while
 * what really happened differs.
 */

import { describe, expect, it } from 'vitest';
import {
  clientView,
  createSimulation,
  decodeTrace,
  results,
  type Simulation,
} from '../../sim/index.ts';
import { validateScenario } from '../validate.ts';
import { FEATURED_REQUEST, PRESETS, SIX_CAUSES, type Preset } from './index.ts';

/** Seeds 1 to 50: enough to catch a margin that only holds for lucky jitter. */
const SEEDS = Array.from({ length: 50 }, (_, i) => i + 1);

function runPreset(preset: Preset, seed: number): Simulation {
  const sim = createSimulation(preset.scenario, { seed });
  sim.runUntil(sim.endUs);
  return sim;
}

const featured = (sim: Simulation, id = FEATURED_REQUEST) =>
  results(sim).requests.find((r) => r.id === id)!;

describe('every preset', () => {
  it('has a unique id and a name and description', () => {
    expect(new Set(PRESETS.map((p) => p.id)).size).toBe(PRESETS.length);
    for (const p of PRESETS) {
      expect(p.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(p.scenario.name.length).toBeGreaterThan(3);
      expect(p.scenario.description.length).toBeGreaterThan(40);
    }
  });

  it.each(PRESETS.map((p) => [p.id, p] as const))(
    '%s is a valid scenario, unchanged by validation',
    (_, preset) => {
      expect(validateScenario(preset.scenario)).toEqual({
        ok: true,
        scenario: preset.scenario,
        problems: [],
      });
    },
  );

  // A world without client requests (replicas) has no featured request: see replication.test.ts.
  it.each(PRESETS.filter((p) => p.featured).map((p) => [p.id, p] as const))(
    '%s: the featured request ends as promised on seeds 1–50',
    (_, preset) => {
      const promise = preset.featured!;
      for (const seed of SEEDS) {
        const sim = runPreset(preset, seed);
        expect({ seed, ...featured(sim, promise.id) }).toMatchObject({ seed, ...promise });
        expect(results(sim).counts.pending).toBe(0);
      }
    },
  );
});

describe('the healthy preset', () => {
  it('answers every request on time, on seeds 1–50', () => {
    const healthy = PRESETS.find((p) => p.id === 'healthy')!;
    for (const seed of SEEDS) {
      const { counts } = results(runPreset(healthy, seed));
      expect({ seed, ok: counts.ok }).toEqual({ seed, ok: counts.requests });
    }
  });
});

describe('the six cause presets', () => {
  it('cover the six causes in the seed’s order', () => {
    expect(SIX_CAUSES.map((p) => p.featured!.cause)).toEqual([
      'request lost',
      'request queued',
      'remote crashed',
      'remote paused',
      'response lost',
      'response delayed',
    ]);
  });

  it('show the client exactly the same thing up to the featured timeout, on seeds 1–50', () => {
    for (const seed of SEEDS) {
      const views = SIX_CAUSES.map((preset) => {
        const sim = runPreset(preset, seed);
        const seen = clientView(sim.trace, sim.world, 'client');
        const timeout = seen.find((o) => o.what === 'timeout' && o.request === FEATURED_REQUEST)!;
        return seen.filter((o) => o.timeUs <= timeout.timeUs);
      });
      for (const view of views.slice(1)) expect({ seed, view }).toEqual({ seed, view: views[0] });
      // And it is what a timeout looks like: sent, then nothing, then the timer.
      expect(views[0]!.filter((o) => o.request === FEATURED_REQUEST).map((o) => o.what)).toEqual([
        'sent',
        'timeout',
      ]);
    }
  });

  it('differ in what really happened up to that moment', () => {
    const truths = SIX_CAUSES.map((preset) => {
      const sim = runPreset(preset, 1);
      return JSON.stringify(decodeTrace(sim.trace, sim.world).filter((e) => e.timeUs <= 600_000));
    });
    expect(new Set(truths).size).toBe(6);
  });
});
