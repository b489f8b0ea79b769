import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FC_SEED, scenarioArb, scenarioWithLiveActionsArb } from '../testing/arbitrary-scenario.ts';
import { fingerprint, plainState } from '../testing/trace-checks.ts';
import { findPreset } from '../scenario/presets/index.ts';
import { createSimulation, type Simulation } from './index.ts';
import { Timeline } from './timeline.ts';
import type { Scenario } from '../scenario/types.ts';

const RUNS = Number(process.env.FC_RUNS ?? 150);

/** The live state only (not the trace, whose known future a timeline keeps). */
const stateOf = (sim: Simulation) => JSON.stringify({ ...plainState(sim), events: null });

/**
 * The state after some number of events, whatever the clock says: after a run to a time the
 * clock stands at that time, after n events at the n-th event's.
 */
const afterEvents = (sim: Simulation) => JSON.stringify({ ...plainState(sim), nowUs: null });

/** What the state holds apart from how actions were counted and recorded. */
const effects = (sim: Simulation) => ({
  ...JSON.parse(stateOf(sim)),
  liveActions: null,
  eventsProcessed: null,
});

function straightTo(scenario: Scenario, timeUs: number): Simulation {
  const sim = createSimulation(scenario);
  sim.runUntil(timeUs);
  return sim;
}

describe(`a timeline (fast-check seed ${FC_SEED}, ${RUNS} runs)`, () => {
  it('seeks to any time exactly: the state is that of a straight run to it', () => {
    fc.assert(
      fc.property(
        scenarioArb,
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 6 }),
        (scenario, stops) => {
          const timeline = new Timeline(scenario, { snapshotEvery: 37 });
          timeline.runUntil(timeline.sim.endUs);
          for (const stop of stops) {
            const t = Math.floor((timeline.sim.endUs * stop) / 1000);
            timeline.seekTime(t);
            const straight = straightTo(scenario, t);
            expect(stateOf(timeline.sim)).toBe(stateOf(straight));
            expect(timeline.sim.trace.length).toBe(straight.trace.length);
          }
        },
      ),
      { seed: FC_SEED, numRuns: RUNS },
    );
  });

  it('steps back and forth by one event exactly', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 1, max: 1000 }), (scenario, at) => {
        const timeline = new Timeline(scenario, { snapshotEvery: 23 });
        timeline.runUntil(timeline.sim.endUs);
        const target = Math.max(1, Math.floor((timeline.horizonEvents * at) / 1000));
        timeline.seekEvent(target);
        const straight = createSimulation(scenario);
        straight.runEvents(target);
        expect(afterEvents(timeline.sim)).toBe(afterEvents(straight));
        timeline.stepBack();
        const before = createSimulation(scenario);
        before.runEvents(target - 1);
        expect(afterEvents(timeline.sim)).toBe(afterEvents(before));
        timeline.step();
        expect(afterEvents(timeline.sim)).toBe(afterEvents(straight));
      }),
      { seed: FC_SEED, numRuns: RUNS },
    );
  });

  it('replays actions taken live where they were taken, when seeking across them', () => {
    fc.assert(
      fc.property(
        scenarioWithLiveActionsArb,
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 4 }),
        ([scenario, live], stops) => {
          const timeline = new Timeline(scenario, { snapshotEvery: 29 });
          for (const { atUs, ...action } of live) {
            timeline.runUntil(atUs);
            timeline.apply(action);
          }
          const recorded = {
            ...scenario,
            schedule: [...scenario.schedule, ...timeline.sim.state.liveActions],
          };
          const endUs = createSimulation(recorded).endUs;
          timeline.runUntil(endUs);
          for (const stop of stops) {
            const t = Math.floor((endUs * stop) / 1000);
            timeline.seekTime(t);
            const straight = straightTo(recorded, t);
            // The recorded run has them scheduled (each one an event), the timeline live:
            // the same effects, other bookkeeping.
            expect(effects(timeline.sim)).toEqual(effects(straight));
          }
        },
      ),
      { seed: FC_SEED, numRuns: RUNS },
    );
  });

  it('discards what came after when an action is taken in the past', () => {
    const preset = findPreset('healthy')!;
    const timeline = new Timeline(preset.scenario, { snapshotEvery: 10 });
    timeline.runUntil(1_000_000);
    timeline.apply({ kind: 'pause', node: 'server', durationUs: 50_000 });
    timeline.runUntil(2_000_000);
    timeline.seekTime(400_000);
    timeline.apply({ kind: 'crash', node: 'server' });
    timeline.runUntil(2_000_000);
    // The crash stands; the pause, taken later in the old history, is gone.
    expect(timeline.sim.state.liveActions.map((a) => a.kind)).toEqual(['crash']);
    expect(timeline.horizonUs).toBe(2_000_000);
    timeline.seekTime(300_000);
    timeline.runUntil(2_000_000);
    expect(timeline.sim.state.liveActions.map((a) => [a.kind, a.atUs])).toEqual([
      ['crash', 400_000],
    ]);
  });

  it('keeps the whole computed trace after a seek back, and replays into it unchanged', () => {
    const preset = findPreset('remote-paused')!;
    const timeline = new Timeline(preset.scenario, { snapshotEvery: 10 });
    timeline.runUntil(timeline.sim.endUs);
    const full = fingerprint(timeline.sim);
    const known = timeline.sim.trace.known;
    timeline.seekTime(550_000);
    expect(timeline.sim.trace.length).toBeLessThan(known);
    expect(timeline.sim.trace.known).toBe(known);
    expect(timeline.behind).toBe(true);
    timeline.runUntil(timeline.sim.endUs);
    expect(fingerprint(timeline.sim)).toBe(full);
    expect(timeline.behind).toBe(false);
  });

  it('forgets the known future when an action changes history', () => {
    const preset = findPreset('healthy')!;
    const timeline = new Timeline(preset.scenario, { snapshotEvery: 10 });
    timeline.runUntil(1_000_000);
    timeline.seekTime(400_000);
    timeline.sim.apply({ kind: 'crash', node: 'server' });
    expect(timeline.sim.trace.known).toBe(timeline.sim.trace.length);
  });

  it('takes a snapshot every so many events, only in new time', () => {
    const preset = findPreset('healthy')!;
    const timeline = new Timeline(preset.scenario, { snapshotEvery: 50 });
    timeline.runUntil(20_000_000);
    const count = timeline.snapshots.length;
    expect(count).toBeGreaterThan(5);
    expect(
      timeline.snapshots.every(
        (m, i) => i === 0 || m.events - timeline.snapshots[i - 1]!.events === 50,
      ),
    ).toBe(true);
    timeline.seekTime(5_000_000);
    timeline.runUntil(20_000_000);
    expect(timeline.snapshots.length).toBe(count);
  });
});
