import { ms, preset } from './build.ts';
import type { Lesson } from './types.ts';

/** The seed's "unreliable clocks": ordering by timestamps from clocks that disagree. */
export const unreliableClocks: Lesson = {
  id: 'unreliable-clocks',
  title: 'Unreliable clocks',
  summary: 'Every machine keeps its own time, and last write wins by the wrong one.',
  steps: [
    {
      id: 'last-write-wins',
      title: 'Last write wins',
      text: [
        'Clients a and b both write to a store that keeps the write with the latest timestamp. Each stamps its write with its own clock, and b’s clock is 50 ms behind true time.',
        'a writes at 0 ms; b writes 30 ms later.',
      ],
      scenario: preset('clock-skew'),
      atUs: ms(20),
      revealed: false,
      predict: {
        question: 'Which write will the store keep?',
        choices: ['b’s: it came later', 'a’s: b’s stamp says it came first', 'Both'],
        answer: 1,
        explain:
          'b’s clock read −20 ms when it wrote, earlier than a’s 0 ms, so the store drops b’s write without a word, and tells b ok. Every one of b’s writes goes the same way.',
      },
      claims: [{ kind: 'request', request: 'r2', at: 'end', outcome: 'ok', processedCount: 0 }],
    },
    {
      id: 'see-the-clocks',
      title: 'Two clocks on every machine',
      text: [
        'Select client b: its time of day is 50 ms behind. Its monotonic clock, which only measures how long things take, never jumps, and is the one to use for timeouts.',
        'Clock synchronisation narrows the gap but never closes it: NTP is only as good as about half a network round trip, and a clock can be stepped backwards when it syncs.',
      ],
      scenario: preset('clock-skew'),
      atUs: ms(600),
      revealed: true,
      tryIt: 'Select client b, and compare its two clocks with the virtual time.',
      claims: [{ kind: 'counts', atLeast: { ok: 20 } }],
    },
    {
      id: 'sync',
      title: 'Synchronising, and losing it',
      text: [
        'This client’s clock starts 80 ms fast and gains 500 parts per million, half a millisecond a second. Every second it asks the server for the time and sets its clock to the answer plus half the round trip; its first answer steps the clock back 80 ms.',
        'At 5.5 s a firewall change cuts the client off from its time server for 30 s. Its other requests are answered as before, so nothing looks wrong, while its clock drifts 15 ms away. A broken clock raises no alarm.',
      ],
      scenario: preset('clock-sync'),
      atUs: ms(30_000),
      revealed: true,
      tryIt:
        'Select the client: its time of day is about 12 ms ahead. Move the Time slider back before 5.5 s, and forward past 35.5 s.',
      claims: [{ kind: 'counts', atLeast: { ok: 55 }, atMost: { timeout: 0 } }],
    },
    {
      id: 'what-would-fix-it',
      title: 'Question: what would keep the right write?',
      text: ['The store, the clients and their clocks are as before.'],
      scenario: preset('clock-skew'),
      atUs: ms(600),
      revealed: true,
      predict: {
        question: 'What would make the store keep the write that really came last?',
        choices: [
          'Synchronising the clocks more often',
          'Ordering writes by something other than the writers’ clocks, such as a version number',
          'Having b retry its writes',
        ],
        answer: 1,
        explain:
          'Better synchronisation only shrinks the window: any skew at all loses writes that come close together. A version number or a logical clock orders writes by what the store has seen, not by what a clock said.',
      },
      claims: [{ kind: 'request', request: 'r4', at: 'end', processedCount: 0 }],
    },
  ],
};
