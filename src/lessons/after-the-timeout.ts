import { ms, preset, R3_TIMEOUT_US } from './build.ts';
import type { Lesson } from './types.ts';

export const afterTheTimeout: Lesson = {
  id: 'after-the-timeout',
  title: 'After the timeout',
  summary: 'Giving up cancels nothing: late work, late answers, and duplicates.',
  steps: [
    {
      id: 'nothing-cancelled',
      title: 'Giving up cancels nothing',
      text: [
        'The client gave up on r3 at 600 ms, but r3 is still in the paused server’s queue. Giving up is a decision on the client’s side only; nothing tells the server.',
        'When the server wakes at 780 ms it does r3 anyway, and its answer reaches a client that stopped waiting: a late response.',
      ],
      scenario: preset('remote-paused'),
      atUs: R3_TIMEOUT_US,
      revealed: true,
      stage: 'spacetime',
      tryIt: 'Press Play and watch r3 being done after the timeout, then its answer arriving late.',
      claims: [
        {
          kind: 'request',
          request: 'r3',
          at: 'end',
          outcome: 'timeout',
          processedAfterTimeout: true,
          lateResponse: true,
        },
      ],
    },
    {
      id: 'retry-duplicates',
      title: 'A retry can do the work twice',
      text: [
        'The natural fix is to try again. Here the client retries r3 20 ms after its timeout, while the server is still paused.',
        'Both copies of r3 now wait in the paused server’s queue.',
      ],
      scenario: preset('retry-duplicate'),
      atUs: ms(620),
      revealed: true,
      predict: {
        question: 'When it is all over, how many times will the server have done r3’s work?',
        choices: ['Once', 'Twice', 'Not at all'],
        answer: 1,
        explain:
          'Twice: when the server wakes it does both copies, and its counter shows the work done twice. For a counter that is a wrong count; for a payment it is a double charge.',
      },
      claims: [{ kind: 'request', request: 'r3', at: 'end', outcome: 'ok', processedCount: 2 }],
    },
    {
      id: 'idempotency-key',
      title: 'The fix: an idempotency key',
      text: [
        'Now every attempt of r3 carries the same key. The server remembers the keys it has done, recognises the second copy and answers it without doing the work again.',
        'Retrying is then safe: done once, answered twice.',
      ],
      scenario: preset('retry-idempotent'),
      atUs: ms(620),
      revealed: true,
      tryIt: 'Press Play and check the server’s count for r3 at the end.',
      claims: [{ kind: 'request', request: 'r3', at: 'end', outcome: 'ok', processedCount: 1 }],
    },
    {
      id: 'what-makes-retry-safe',
      title: 'Question: what makes a retry safe?',
      text: ['The pause, the timeout and the retry are the same as two steps ago.'],
      scenario: preset('retry-idempotent'),
      atUs: ms(620),
      revealed: true,
      predict: {
        question: 'What keeps the retry of r3 from doing the work twice?',
        choices: ['A longer timeout', 'An idempotency key', 'A faster network'],
        answer: 1,
        explain:
          'A longer timeout only makes duplicates rarer, and a faster network cannot stop a pause. The key lets the server recognise work it has done.',
      },
      claims: [
        { kind: 'request', request: 'r3', at: 'end', processedCount: 1, lateResponse: true },
      ],
    },
  ],
};
