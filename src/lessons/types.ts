/**
 * A lesson is data: a list of steps, each setting up a world and saying something short about
 * it. A step can stop at a moment, ask the learner to predict before it reveals, suggest what
 * to try, and make claims about the simulation that the tests check (so the text can never
 * drift from what the lab shows).
 */

import type { StageView } from '../links/link-state.ts';
import type { Cause, Outcome } from '../sim/vocabulary.ts';
import type { Scenario } from '../scenario/types.ts';

export interface Prediction {
  question: string;
  choices: string[];
  /** The index of the right choice. */
  answer: number;
  /**
   * The choice that names what really happened in this world, when the right answer is that
   * the client cannot know: picking it is lucky, not wrong.
   */
  lucky?: number;
  /** Said once the answer is revealed. */
  explain: string;
}

/** What a step's text says about its world, checked by the tests. */
export type Claim =
  | {
      kind: 'request';
      /** `r3` */
      request: string;
      /** At the step's moment, or at the end of the run. */
      at: 'moment' | 'end';
      outcome?: Outcome | 'pending';
      cause?: Cause | null;
      processedCount?: number;
      processedAfterTimeout?: boolean;
      lateResponse?: boolean;
    }
  | { kind: 'counts'; atLeast?: { ok?: number; timeout?: number }; atMost?: { timeout?: number } }
  | { kind: 'seeds-differ'; request: string; seeds: number }
  | { kind: 'client-view-same-as'; preset: string; untilUs: number }
  /**
   * Something happened in the whole run (or did not): a replica took over (`role`), storage took
   * a write with an older token than one it had (`stale-write`), or refused one (`fenced`).
   */
  | { kind: 'happened'; what: 'takeover' | 'stale-write' | 'fenced'; times: 'some' | 'none' }
  /**
   * Of the round trips the client measured in the whole run, the share that came later than a
   * timeout: each would have been a false timeout (a live server declared dead).
   */
  | { kind: 'later-than'; timeoutUs: number; atLeastPercent?: number; atMostPercent?: number };

export interface LessonStep {
  /** Stable, for tests and for reading the lessons' files. */
  id: string;
  title: string;
  /** Two to four sentences, as paragraphs. */
  text: string[];
  scenario: Scenario;
  /** Where the step opens, paused (0: at the start). */
  atUs: number;
  /** Whether the truth is shown when the step opens (hidden while there is a prediction). */
  revealed: boolean;
  stage?: StageView;
  predict?: Prediction;
  /** What to try, in one sentence. */
  tryIt?: string;
  claims: Claim[];
}

export interface Lesson {
  id: string;
  title: string;
  /** One line for the chapter menu. */
  summary: string;
  steps: LessonStep[];
}
