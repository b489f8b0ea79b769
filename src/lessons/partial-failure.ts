import { datacenterScenario } from '../scenario/generate.ts';
import { ms, preset, R3_TIMEOUT_US, threeNodes } from './build.ts';
import type { Lesson } from './types.ts';

export const partialFailure: Lesson = {
  id: 'partial-failure',
  title: 'Partial failure',
  summary: 'One computer works or does not; a network of them is always partly broken.',
  steps: [
    {
      id: 'one-machine',
      title: 'A request that always works',
      text: [
        'A client asks a server for something every 250 ms, through a switch. Each hop takes about 5 ms and the server needs about 10 ms, so an answer comes back in about 30 ms.',
        'Nothing here is broken. On one computer, that is the whole story: a program either works or the machine stops.',
      ],
      scenario: threeNodes('A request that always works'),
      atUs: 0,
      revealed: true,
      tryIt: 'Press Play and watch each request go out and come back ok.',
      claims: [{ kind: 'counts', atLeast: { ok: 8 }, atMost: { timeout: 0 } }],
    },
    {
      id: 'same-request',
      title: 'The same request, a different outcome',
      text: [
        'Now the cable to the server loses one message in five, as a bad cable or a full switch buffer would. The code is the same, the request is the same.',
        'Predict before you press Play.',
      ],
      scenario: threeNodes('A lossy cable', { cable: { lossPercent: 20 } }),
      atUs: 0,
      revealed: true,
      predict: {
        question: 'Will r3 come back ok?',
        choices: ['Yes', 'No', 'It depends on chance the client cannot see'],
        answer: 2,
        lucky: 0,
        explain:
          'Whether r3 comes back depends on which messages the network happens to lose: the outcome is nondeterministic. With this seed it is ok; with others (New seed) it times out. Same code, same request, different outcome.',
      },
      tryIt: 'Press Play, then New seed and Play again a few times: r3 ends differently.',
      claims: [
        { kind: 'seeds-differ', request: 'r3', seeds: 20 },
        { kind: 'request', request: 'r3', at: 'end', outcome: 'ok' },
      ],
    },
    {
      id: 'always-broken',
      title: 'In a big system, something is always broken',
      text: [
        'Rare failures add up. With 10,000 disks that each last 10 to 50 years, expect about one to fail every day; one large operator counted about 41 link failures a day across its datacenters.',
        'If each of N parts is down a fraction q of the time, the chance that something is down is 1 − (1 − q)^N, which tends to 1 as N grows. Here 34 machines run through a schedule of pauses, crashes and cut cables: most requests succeed while some fail.',
      ],
      scenario: {
        ...datacenterScenario({
          clients: 4,
          servers: 30,
          racks: 3,
          ratePerClient: 10,
          faultEveryUs: ms(400),
          durationUs: ms(6000),
          seed: 3,
        }),
        name: 'Something is always broken',
      },
      atUs: 0,
      revealed: true,
      tryIt: 'Press Play at a higher speed and watch ok and timeout mix in the log.',
      claims: [{ kind: 'counts', atLeast: { ok: 100, timeout: 1 } }],
    },
    {
      id: 'did-it-happen',
      title: 'Question: did the work happen?',
      text: [
        'r3 timed out at 600 ms. The client has no answer, and no error either: only silence.',
      ],
      scenario: preset('remote-paused'),
      atUs: R3_TIMEOUT_US,
      revealed: false,
      stage: 'spacetime',
      predict: {
        question: 'Did the server do the work of r3?',
        choices: ['Yes', 'No', 'The client cannot tell'],
        answer: 2,
        explain:
          'Here the server was paused and does r3 when it wakes, after the client gave up. In another world it would never have received it. From the client, both look the same.',
      },
      claims: [
        { kind: 'request', request: 'r3', at: 'moment', outcome: 'timeout', processedCount: 0 },
        {
          kind: 'request',
          request: 'r3',
          at: 'end',
          processedCount: 1,
          processedAfterTimeout: true,
        },
      ],
    },
  ],
};
