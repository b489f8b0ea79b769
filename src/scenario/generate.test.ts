import { describe, expect, it } from 'vitest';
import { createSimulation, results } from '../sim/index.ts';
import { datacenterScenario } from './generate.ts';
import { validateScenario } from './validate.ts';

describe('the datacenter scenario (the benchmark’s)', () => {
  it('has 200 nodes by default and is a valid scenario', () => {
    const scenario = datacenterScenario();
    expect(scenario.nodes).toHaveLength(200);
    expect(validateScenario(scenario)).toEqual({ ok: true, scenario, problems: [] });
  });

  it('is valid at other sizes too: its faults name racks that exist', () => {
    for (const racks of [1, 3, 12]) {
      const scenario = datacenterScenario({
        clients: 3,
        servers: 40,
        racks,
        faultEveryUs: 100_000,
      });
      expect(validateScenario(scenario).problems).toEqual([]);
    }
  });

  it('is the same for the same seed and differs for another', () => {
    expect(datacenterScenario({ seed: 3 })).toEqual(datacenterScenario({ seed: 3 }));
    expect(datacenterScenario({ seed: 3 }).schedule).not.toEqual(
      datacenterScenario({ seed: 4 }).schedule,
    );
  });

  it('runs with steady load and faults: most requests succeed, some do not', () => {
    const sim = createSimulation(datacenterScenario({ durationUs: 10_000_000 }));
    sim.runUntil(sim.endUs);
    const { counts } = results(sim);
    expect(counts.requests).toBeGreaterThan(3000);
    expect(counts.ok / counts.requests).toBeGreaterThan(0.9);
    expect(counts.timeout).toBeGreaterThan(0);
    expect(counts.pending).toBe(0);
  });
});
