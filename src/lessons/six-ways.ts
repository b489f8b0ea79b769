import { CAUSES, type Cause } from '../sim/vocabulary.ts';
import { CAUSE_PRESETS, preset, R3_TIMEOUT_US, threeNodes } from './build.ts';
import type { Lesson, LessonStep } from './types.ts';

/** What really happened in each world, in two sentences. */
const STORIES: Record<Cause, { story: string }> = {
  'request lost': {
    story:
      'The cable to the server was cut at 480 ms, so r3 died on the way. The server never heard of it.',
  },
  'request queued': {
    story:
      'A burst of other work filled the server from 400 ms; r3 waited in its queue behind it. It is done later, after the client gave up.',
  },
  'remote crashed': {
    story: 'The server machine lost power at 480 ms. r3 reached a silent machine and was gone.',
  },
  'remote paused': {
    story:
      'The server stopped for 300 ms at 480 ms, as a long garbage-collection pause would stop it. r3 waited, and is done when the server wakes.',
  },
  'response lost': {
    story:
      'The server did the work of r3 and answered, but the cable from the server dropped everything from 480 ms. The work is done; the client will never know.',
  },
  'response delayed': {
    story:
      'The server answered at once, but its answer crawled back over a cable that had become 300 ms slow. It arrives after the client gave up: a late response.',
  },
};

const OPTIONS = [...CAUSES, 'Cannot tell'];

/**
 * The order the six steps run in: not the list's order, so the step's number does not say
 * which cause it holds.
 */
const ORDER: readonly Cause[] = [
  'remote paused',
  'request lost',
  'response delayed',
  'remote crashed',
  'response lost',
  'request queued',
];

function causeStep(cause: Cause, index: number): LessonStep {
  const id = CAUSE_PRESETS[CAUSES.indexOf(cause)]!;
  const { story } = STORIES[cause];
  return {
    id,
    // Titles say nothing of the cause: they show in the chapter menu before the reveal.
    title: `Timeout ${index + 1} of 6`,
    text: [
      'Again r3 leaves at 500 ms and the client gives up at 600 ms. The client sees a request go out, then nothing, then its own timer firing.',
      'Something different happened this time. Predict, then reveal.',
    ],
    scenario: preset(id),
    atUs: R3_TIMEOUT_US,
    revealed: false,
    stage: 'spacetime',
    predict: {
      question: 'What happened to r3?',
      choices: OPTIONS,
      answer: OPTIONS.length - 1,
      lucky: CAUSES.indexOf(cause),
      explain: `${story} It was "${cause}" this time, yet the client saw exactly what it saw in the other five: it cannot tell.`,
    },
    tryIt: 'After the reveal, switch Client’s view on and off in the diagram.',
    claims: [
      { kind: 'request', request: 'r3', at: 'moment', outcome: 'timeout', cause },
      { kind: 'client-view-same-as', preset: 'request-lost', untilUs: R3_TIMEOUT_US },
    ],
  };
}

export const sixWays: Lesson = {
  id: 'six-ways',
  title: 'Six ways to get no answer',
  summary: 'Lost, queued, crashed, paused, answer lost, answer slow: one symptom.',
  steps: [
    {
      id: 'one-symptom',
      title: 'Six ways, one symptom',
      text: [
        'When a request gets no answer, one of six things happened: the request was lost, it is waiting in a queue, the server crashed, the server is paused, the answer was lost, or the answer is slow.',
        'The next six steps run each one in the same small network. Watch what the client sees each time.',
      ],
      scenario: threeNodes('Six ways, one symptom'),
      atUs: 0,
      revealed: true,
      claims: [{ kind: 'counts', atLeast: { ok: 8 }, atMost: { timeout: 0 } }],
    },
    ...ORDER.map(causeStep),
    {
      id: 'why-a-timeout-cannot-tell',
      title: 'Question: why can a timeout not tell them apart?',
      text: [
        'Six different stories, one client-side picture. A timeout is only the client’s own clock running out: it says how long the client waited, not what happened far away.',
        'Six worlds (in the menu) runs all six side by side.',
      ],
      scenario: preset('response-lost'),
      atUs: R3_TIMEOUT_US,
      revealed: false,
      stage: 'spacetime',
      predict: {
        question: 'What would tell the client that the server did the work?',
        choices: ['Waiting longer', 'A response from the server itself', 'A shorter timeout'],
        answer: 1,
        explain:
          'Only an answer from the application proves the work was done. Waiting longer can help (a slow answer may still come), but silence proves nothing.',
      },
      claims: [
        {
          kind: 'request',
          request: 'r3',
          at: 'moment',
          outcome: 'timeout',
          cause: 'response lost',
        },
        { kind: 'request', request: 'r3', at: 'end', processedCount: 1 },
      ],
    },
  ],
};
