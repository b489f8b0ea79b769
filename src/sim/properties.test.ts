/**
 * Properties of the simulation over random scenarios and seeds (fast-check). A failure prints
 * the seed and the counterexample; replay it with FC_SEED=<seed>.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../scenario/validate.ts';
import { FC_SEED, scenarioArb, scenarioWithLiveActionsArb } from '../testing/arbitrary-scenario.ts';
import { checkRun, fingerprint } from '../testing/trace-checks.ts';
import { createSimulation, type Simulation } from './index.ts';
import type { Scenario } from '../scenario/types.ts';

const RUNS = Number(process.env.FC_RUNS ?? 150);
const options = { seed: FC_SEED, numRuns: RUNS };

function runToEnd(scenario: Scenario): Simulation {
  const sim = createSimulation(scenario);
  sim.runUntil(sim.endUs);
  return sim;
}

describe(`random scenarios (fast-check seed ${FC_SEED}, ${RUNS} runs)`, () => {
  it('are valid scenarios, unchanged by validation', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const result = validateScenario(scenario);
        expect(result.problems).toEqual([]);
        expect(result.ok && result.scenario).toEqual(scenario);
      }),
      options,
    );
  });

  it('run the same way twice: same scenario and seed, same trace', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        expect(fingerprint(runToEnd(scenario))).toBe(fingerprint(runToEnd(scenario)));
      }),
      options,
    );
  });

  it('keep every invariant: messages accounted for, one outcome each, causes true, pauses lossless, time forward', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const sim = runToEnd(scenario);
        expect(checkRun(sim)).toEqual([]);
        // Every request ends: the run lasts long enough for the last one's timeouts and retries.
        expect(sim.state.requests.filter((r) => r.status === 'outstanding')).toEqual([]);
      }),
      options,
    );
  });

  it('never move virtual time backwards, event by event', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const sim = createSimulation(scenario);
        let before = sim.nowUs;
        // Step to the end only: an overload without a duration keeps its events coming forever.
        while ((sim.nextEventUs() ?? Infinity) <= sim.endUs && sim.step()) {
          expect(sim.nowUs).toBeGreaterThanOrEqual(before);
          before = sim.nowUs;
        }
      }),
      options,
    );
  });

  it('continue identically after a snapshot is restored, in the same or a fresh simulation', () => {
    fc.assert(
      fc.property(
        scenarioArb,
        fc.integer({ min: 1, max: 999 }).map((n) => n / 1000),
        (scenario, at) => {
          const sim = createSimulation(scenario);
          sim.runUntil(Math.floor(sim.endUs * at));
          const snapshot = JSON.parse(JSON.stringify(sim.snapshot()));
          const cut = sim.trace.length;
          sim.runUntil(sim.endUs);
          const straight = fingerprint(sim);
          const tail = tailRows(sim, cut);

          sim.restore(snapshot);
          sim.runUntil(sim.endUs);
          expect(fingerprint(sim)).toBe(straight);

          const fresh = createSimulation(scenario);
          fresh.restore(snapshot);
          fresh.runUntil(fresh.endUs);
          expect(tailRows(fresh, cut)).toEqual(tail);
          expect(fresh.state.requests).toEqual(sim.state.requests);
        },
      ),
      options,
    );
  });

  it('keep a snapshot intact while the run goes on: it restores the same future, twice', () => {
    fc.assert(
      fc.property(
        scenarioArb,
        fc.integer({ min: 1, max: 999 }).map((n) => n / 1000),
        (scenario, at) => {
          const sim = createSimulation(scenario);
          sim.runUntil(Math.floor(sim.endUs * at));
          // Kept as the object itself: records it shares with the live state must not change.
          const snapshot = sim.snapshot();
          const frozen = JSON.stringify(snapshot);
          sim.runUntil(sim.endUs);
          const straight = fingerprint(sim);
          expect(JSON.stringify(snapshot)).toBe(frozen);
          for (let i = 0; i < 2; i++) {
            sim.restore(snapshot);
            sim.runUntil(sim.endUs);
            expect(fingerprint(sim)).toBe(straight);
            expect(JSON.stringify(snapshot)).toBe(frozen);
          }
        },
      ),
      options,
    );
  });

  it('run the same whether an action is taken live at time t or scheduled at t', () => {
    fc.assert(
      fc.property(scenarioWithLiveActionsArb, ([scenario, live]) => {
        const sim = createSimulation(scenario);
        for (const { atUs, ...action } of live) {
          sim.runUntil(atUs);
          sim.apply(action);
        }
        const replay = runToEnd({
          ...scenario,
          schedule: [...scenario.schedule, ...sim.state.liveActions],
        });
        // The recorded scenario may last longer (a live set-workload lengthens the settling).
        sim.runUntil(replay.endUs);
        expect(fingerprint(replay)).toBe(fingerprint(sim));
      }),
      options,
    );
  });

  it('give another history with another seed (usually)', () => {
    // Not a property of every scenario (a run without randomness is the same for every
    // seed), so count: most random scenarios must differ.
    let differ = 0;
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const a = fingerprint(runToEnd(scenario));
        const b = fingerprint(runToEnd({ ...scenario, seed: scenario.seed + 1 }));
        if (a !== b) differ++;
      }),
      { ...options, numRuns: 50 },
    );
    expect(differ).toBeGreaterThan(25);
  });
});

function tailRows(sim: Simulation, from: number) {
  const rows = [];
  for (let i = from; i < sim.trace.length; i++) rows.push(sim.trace.row(i));
  return rows;
}
