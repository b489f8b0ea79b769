import { ms, preset } from './build.ts';
import type { Lesson } from './types.ts';

/** The seed's "network congestion and queueing": where the unbounded delays come from. */
export const whereDelayComesFrom: Lesson = {
  id: 'where-delay-comes-from',
  title: 'Where delay comes from',
  summary: 'Queues everywhere: at a busy server, at a switch port, behind a pause.',
  steps: [
    {
      id: 'busy-server',
      title: 'A busy server',
      text: [
        'This server does one request at a time, 10 ms of work on average, and is busy 85% of the time. Requests arrive at random, so sometimes several come together and wait.',
        'Most round trips are short, but the tail is long: queueing theory (M/M/1) puts the mean time at the server at 1/(μ − λ), about 67 ms, almost seven times the work itself. The tests check the simulator against that formula.',
      ],
      scenario: preset('busy-server'),
      atUs: ms(30_500),
      revealed: true,
      stage: 'round-trips',
      tryIt: 'Find p50 and p99 on the plot: how far apart are they?',
      claims: [{ kind: 'later-than', timeoutUs: ms(150), atLeastPercent: 2 }],
    },
    {
      id: 'incast',
      title: 'Many answers, one port',
      text: [
        'The client asks eight servers at once and all eight answer together. Their answers share the switch’s one port to the client: they queue there, and when the queue is full the switch drops them.',
        'Every server did its work; the client still times out. Nobody failed: the network was simply full for a moment.',
      ],
      scenario: preset('incast'),
      atUs: ms(250),
      revealed: true,
      stage: 'spacetime',
      claims: [{ kind: 'counts', atLeast: { timeout: 20 } }],
    },
    {
      id: 'noisy-neighbour',
      title: 'Someone else’s work',
      text: [
        'Here the server’s machine is flooded with work from outside the drawing, as from a noisy neighbour on the same host. Request r3 waits behind it, and the client gives up first.',
      ],
      scenario: preset('request-queued'),
      atUs: ms(600),
      revealed: true,
      claims: [
        {
          kind: 'request',
          request: 'r3',
          at: 'moment',
          outcome: 'timeout',
          cause: 'request queued',
        },
      ],
    },
    {
      id: 'pauses',
      title: 'Pauses',
      text: [
        'A garbage collector or a virtual machine being moved stops a process without warning. Everything sent to it waits, and the round trips that cross a pause are long though nothing is broken.',
      ],
      scenario: preset('gc-pauses'),
      atUs: ms(20_500),
      revealed: true,
      stage: 'round-trips',
      claims: [{ kind: 'later-than', timeoutUs: ms(100), atLeastPercent: 3 }],
    },
    {
      id: 'loss-becomes-delay',
      title: 'Loss becomes delay',
      text: [
        'Each cable here loses 2% of what crosses it, but the client and server talk TCP: a machine that gets no acknowledgement sends the lost bytes again when its retransmission timer runs out, 200 ms at the least on Linux, doubling each time.',
        'No request fails, and the client’s program never hears of a loss. It only waits: a few round trips in every hundred take 200 ms longer, some 600 ms. TCP hides loss; it cannot hide the time.',
      ],
      scenario: preset('loss-becomes-delay'),
      atUs: ms(20_500),
      revealed: true,
      stage: 'round-trips',
      tryIt:
        'Find the bars near 230 ms and 630 ms, then open the event log for the copies sent again.',
      claims: [
        { kind: 'counts', atLeast: { ok: 150 }, atMost: { timeout: 0 } },
        { kind: 'later-than', timeoutUs: ms(150), atLeastPercent: 2 },
      ],
    },
    {
      id: 'packets',
      title: 'Packets: shared, and unbounded',
      text: [
        'The cables here are shared by everything, as in any datacenter: about 40 requests a second with 10 kB answers keep them busy only a third of the time, and nothing is ever refused.',
        'But when answers come together they queue, so the delay varies. Sharing makes the most of the cables, and gives up any bound on the delay.',
      ],
      scenario: preset('packet-switched'),
      atUs: ms(20_500),
      revealed: true,
      stage: 'round-trips',
      claims: [
        { kind: 'counts', atLeast: { ok: 700 } },
        { kind: 'counts', atMost: { timeout: 0 } },
      ],
    },
    {
      id: 'circuits',
      title: 'Circuits: reserved, constant, refused',
      text: [
        'The same traffic on the same cables, now cut into 4 reserved circuits, as a telephone network is. A request places a call that holds a circuit on each cable until its answer is back: every answer crosses in the same time.',
        'But a call holds its circuits even while nothing moves on them, and about a third of the calls find all 4 busy and are refused at once. A bounded delay costs capacity; bursty traffic is why datacenters choose packets.',
      ],
      scenario: preset('circuit-switched'),
      atUs: ms(20_500),
      revealed: true,
      stage: 'round-trips',
      tryIt:
        'Compare the two Round trips plots: a wide spread, or one narrow spike and many calls refused at once. Packets and circuits, in the menu, shows both side by side.',
      claims: [{ kind: 'counts', atMost: { timeout: 0 } }],
    },
    {
      id: 'what-bounds-delay',
      title: 'Question: what bounds the delay?',
      text: [
        'Think of the queues you have seen: at the server, at the switch port, behind a pause.',
      ],
      scenario: preset('busy-server'),
      atUs: ms(30_500),
      revealed: true,
      stage: 'round-trips',
      predict: {
        question: 'In a shared, packet-switched network, what is the longest a request can wait?',
        choices: ['One round trip', 'Twice the service time', 'Nothing bounds it'],
        answer: 2,
        explain:
          'Queues can always grow a little longer, a pause can always last a little longer: the wait has no upper bound. That is why a timeout can never be sure, and why a circuit, which reserves its capacity, is the only way to a bounded delay.',
      },
      claims: [{ kind: 'later-than', timeoutUs: ms(100), atLeastPercent: 1 }],
    },
  ],
};
