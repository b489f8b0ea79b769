/**
 * A question of the quiz: a cause preset under a neutral name (the scenario's name is drawn in
 * the diagram's title and would give the answer away), the seed it runs on, and the moments
 * that matter: when r3 was sent and when the client's timer fired.
 */

import { FEATURED_REQUEST, type Preset } from '../scenario/presets/index.ts';
import type { Scenario } from '../scenario/types.ts';
import { createSimulation, requestLabel, type Cause } from '../sim/index.ts';
import { pickQuestion } from './pick.ts';

export const QUIZ_SCENARIO_NAME = 'Which of the six?';

export interface Question {
  /** The quiz seed it came from (0 when built straight from a preset). */
  seed: number;
  presetId: string;
  cause: Cause;
  /** The preset's scenario, renamed, with the simulation seed in it. */
  scenario: Scenario;
  sentAtUs: number;
  /** When r3's timer fired: the question is asked at this moment. */
  timeoutUs: number;
}

export function questionOf(preset: Preset, simSeed: number, seed = 0): Question {
  const cause = preset.featured?.cause;
  if (!cause) throw new Error(`${preset.id} is not a cause preset`);
  const scenario: Scenario = {
    ...preset.scenario,
    name: QUIZ_SCENARIO_NAME,
    description: 'A request timed out. Which of the six things went wrong?',
    seed: simSeed,
  };
  // Run it once, apart from the page's lab, to find the moment; the lab then runs only up to
  // it, so nothing after the question is computed (the diagram shades what is known).
  const sim = createSimulation(scenario);
  sim.runUntil(sim.endUs);
  const r3 = sim.state.requests.find((r) => requestLabel(r.id) === FEATURED_REQUEST);
  if (!r3 || r3.status !== 'timeout') throw new Error(`${preset.id}: r3 did not time out`);
  return {
    seed,
    presetId: preset.id,
    cause,
    scenario,
    sentAtUs: r3.sentAtUs,
    timeoutUs: r3.attempts[0]!.deadlineUs,
  };
}

export function questionFor(seed: number): Question {
  const { preset, simSeed } = pickQuestion(seed);
  return questionOf(preset, simSeed, seed);
}
