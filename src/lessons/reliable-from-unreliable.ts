import { ms, threeNodes } from './build.ts';
import type { Lesson } from './types.ts';

const LOSSY = { lossPercent: 20 };
/** Try again until answered: up to 6 more times, waiting 20 ms, 40 ms, … between tries. */
const PERSISTENT = { retries: 6, backoffUs: ms(20), idempotencyKey: true };

export const reliableFromUnreliable: Lesson = {
  id: 'reliable-from-unreliable',
  title: 'Reliable from unreliable',
  summary: 'Retrying until acknowledged turns loss into delay, but cannot hide everything.',
  steps: [
    {
      id: 'lossy',
      title: 'A cable that loses messages',
      text: [
        'Both cables now lose one message in five, and the client tries each request once. Some requests time out.',
      ],
      scenario: threeNodes('A lossy network', { cable: LOSSY }),
      atUs: 0,
      revealed: true,
      tryIt: 'Press Play and count the timeouts in the log.',
      claims: [{ kind: 'counts', atLeast: { timeout: 1 } }],
    },
    {
      id: 'retry-until-acknowledged',
      title: 'Try again until answered',
      text: [
        'The same lossy cables, but the client sends a request again after each timeout, up to six more times, with the same idempotency key. TCP does this for every packet on top of IP, which promises nothing.',
      ],
      scenario: threeNodes('Retry until answered', { cable: LOSSY, workload: PERSISTENT }),
      atUs: 0,
      revealed: true,
      predict: {
        question: 'With retries, how will the lost messages show to the client?',
        choices: ['As errors', 'As delay', 'Not at all'],
        answer: 1,
        explain:
          'As delay: every request now ends ok, and one whose message was lost is sent again and answered later, a few hundred milliseconds instead of 30. The loss is hidden, the time it cost is not.',
      },
      claims: [{ kind: 'counts', atLeast: { ok: 8 }, atMost: { timeout: 0 } }],
    },
    {
      id: 'what-it-cannot-hide',
      title: 'What retrying cannot hide',
      text: [
        'At 500 ms the cable to the server is cut for good. Every retry meets the same cut, and after the last one the client gives up.',
        'A reliable layer hides loss, never an outage: while the cable is cut nothing gets through, and in the end the error reaches the client anyway.',
      ],
      scenario: threeNodes('An outage retries cannot hide', {
        cable: LOSSY,
        workload: PERSISTENT,
        schedule: [{ kind: 'cut', cable: ['switch', 'server'], atUs: ms(500) }],
      }),
      atUs: 0,
      revealed: true,
      tryIt: 'Press Play: watch the retries pile up against the cut cable.',
      claims: [{ kind: 'counts', atLeast: { timeout: 2 } }],
    },
    {
      id: 'what-tcp-promises',
      title: 'Question: what does retrying promise?',
      text: [
        'TCP on Linux gives up on a connection after 15 tries, about 15 minutes; many systems give up after a minute. Then the application sees an error, and does not know which messages the other side processed.',
      ],
      scenario: threeNodes('An outage retries cannot hide', {
        cable: LOSSY,
        workload: PERSISTENT,
        schedule: [{ kind: 'cut', cable: ['switch', 'server'], atUs: ms(500) }],
      }),
      atUs: ms(1500),
      revealed: true,
      predict: {
        question: 'A request that was retried until it gave up: was its work done?',
        choices: ['No, never', 'Yes, once', 'Perhaps: the client cannot know'],
        answer: 2,
        explain:
          'Any of its tries may have reached the server before its answer was lost. Only an answer proves the work was done; giving up proves nothing.',
      },
      claims: [{ kind: 'counts', atLeast: { timeout: 2 } }],
    },
  ],
};
