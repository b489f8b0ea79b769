import { ms, preset } from './build.ts';
import type { Lesson } from './types.ts';

/** The seed's "how long should the timeout be?": measure, choose, and mind the retries. */
export const choosingATimeout: Lesson = {
  id: 'choosing-a-timeout',
  title: 'Choosing a timeout',
  summary: 'No timeout is right: measure the round trips, then choose what you can live with.',
  steps: [
    {
      id: 'measure',
      title: 'Measure first',
      text: [
        'The client asked 1,000 times and waited long enough to measure every answer. Most came back in about 30 ms. But every 2 s the server paused for 200 ms, like a garbage collector, and the answers it owed then came back after up to 230 ms.',
        'The pauses, not the network, make the tail. A healthy server produced every one of those slow answers.',
      ],
      scenario: preset('gc-pauses'),
      atUs: ms(20_500),
      revealed: true,
      stage: 'round-trips',
      tryIt: 'Move the Timeout slider along the plot and watch the two counters.',
      claims: [
        { kind: 'counts', atLeast: { ok: 1000 } },
        { kind: 'later-than', timeoutUs: ms(250), atMostPercent: 0 },
      ],
    },
    {
      id: 'short-timeout',
      title: 'A short timeout',
      text: ['Suppose the client had given up after 50 ms instead of 1 s.'],
      scenario: preset('gc-pauses'),
      atUs: ms(20_500),
      revealed: true,
      stage: 'round-trips',
      predict: {
        question: 'With a 50 ms timeout, what would the client have concluded?',
        choices: [
          'Nothing different: 50 ms covers almost every answer',
          'About one answer in eight would have come too late: a live server declared dead',
          'It would have noticed the pauses as pauses',
        ],
        answer: 1,
        explain:
          'About 12% of the answers took longer than 50 ms, all from a server that was alive. A 250 ms timeout has no false alarms here, but a real crash would take 250 ms to notice. No value is right; you choose which mistake to make.',
      },
      claims: [{ kind: 'later-than', timeoutUs: ms(50), atLeastPercent: 8, atMostPercent: 16 }],
    },
    {
      id: 'adaptive',
      title: 'Let the timeout learn',
      text: [
        'TCP does not fix its timeout: it keeps a smoothed round trip and its variation, and waits a few variations beyond the average (RFC 6298). The plot shows where that would sit for these answers.',
        'A learned timeout follows a network that changes, but it cannot know the next pause either.',
      ],
      scenario: preset('jittery-network'),
      atUs: ms(20_500),
      revealed: true,
      stage: 'round-trips',
      tryIt:
        'Switch TCP’s floor between 200 ms and 1 ms and see which answers it would give up on.',
      claims: [{ kind: 'later-than', timeoutUs: ms(40), atLeastPercent: 90 }],
    },
    {
      id: 'retry-storm',
      title: 'Retries are load',
      text: [
        'A server that can do 100 requests a second gets about 62. It pauses for one second at 2 s; everything waiting times out and is retried, three times each.',
        'The retries keep the server busier than it can be. The pause ended at 3 s, yet at 8 s almost nothing succeeds: the server is working for clients that have already given up.',
      ],
      scenario: preset('retry-storm'),
      atUs: ms(8000),
      revealed: true,
      claims: [{ kind: 'request', request: 'r620', at: 'end', outcome: 'timeout' }],
    },
    {
      id: 'retry-budget',
      title: 'A retry budget',
      text: [
        'The same pause, but the client allows itself retries for at most a tenth of its requests. When everything fails, retries stop adding load, and a few seconds after the pause the server has caught up.',
      ],
      scenario: preset('retry-budget'),
      atUs: ms(8000),
      revealed: true,
      claims: [{ kind: 'request', request: 'r620', at: 'end', outcome: 'ok' }],
    },
    {
      id: 'no-right-value',
      title: 'Question: why is there no right timeout?',
      text: ['Think back to the paused server and its healthy but slow answers.'],
      scenario: preset('gc-pauses'),
      atUs: ms(20_500),
      revealed: true,
      stage: 'round-trips',
      predict: {
        question: 'Why can no timeout tell a slow server from a dead one?',
        choices: [
          'Because the network is too fast to measure',
          'Because delays have no upper bound: any wait can be outlasted by a pause or a queue',
          'Because clients retry too often',
        ],
        answer: 1,
        explain:
          'In an asynchronous network nothing bounds how long an answer may take, so whatever you wait, a live server can take longer. A timeout only trades false alarms against slow detection.',
      },
      claims: [{ kind: 'later-than', timeoutUs: ms(100), atLeastPercent: 1 }],
    },
  ],
};
