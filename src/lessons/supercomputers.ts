import { ms, preset } from './build.ts';
import type { Lesson } from './types.ts';

/**
 * Concepts A2 and A3. The plots live on their own page (lesson steps are network scenarios), so
 * these steps keep the healthy network on stage and send the learner to that page by its name in
 * the menu; lesson text is plain, so it cannot carry a link.
 */
export const supercomputers: Lesson = {
  id: 'supercomputers',
  title: 'Supercomputers and the cloud',
  summary: 'Stop everything on any failure, or keep serving around it.',
  steps: [
    {
      id: 'always-broken',
      title: 'Something is always broken',
      text: [
        'A node that fails once in 5 years is reliable. Put 10,000 of them together and one of them fails every 4.4 hours; with 100,000, every 26 minutes.',
        'Open “Supercomputers and the cloud” from the menu and move the number of nodes.',
      ],
      scenario: preset('healthy'),
      atUs: 0,
      revealed: true,
      tryIt: 'Watch how often the whole machine fails as the number of nodes grows.',
      claims: [{ kind: 'counts', atLeast: { ok: 1 } }],
    },
    {
      id: 'two-ways',
      title: 'The same machines, run two ways',
      text: [
        'A supercomputer job saves a checkpoint every so often, and on any failure stops everything and goes back to the last one. A cloud service keeps serving on the nodes that are up.',
        'With checkpoints that take 13 minutes to write and 10,000 nodes, the job keeps about two thirds of its time as useful work. The service keeps nearly all of it.',
      ],
      scenario: preset('healthy'),
      atUs: 0,
      revealed: true,
      tryIt: 'Set 100,000 nodes and press Use Young’s interval: the job still barely moves.',
      claims: [{ kind: 'counts', atLeast: { ok: 1 } }],
    },
    {
      id: 'rolling-restart',
      title: 'Keep serving: a rolling restart',
      text: [
        'A service built to tolerate a failed node can also take nodes away on purpose. Here an upgrade restarts the three servers one at a time, and the balancer sends the traffic to the other two meanwhile.',
        'Each time, one request was already on its way to the server that stopped: it is refused, and the client’s retry goes to a server that is up. From outside, nothing failed.',
      ],
      scenario: preset('rolling-restart'),
      atUs: ms(5200),
      revealed: true,
      stage: 'spacetime',
      tryIt:
        'Server 3 stops just after 5 s: find the request marked connection refused there, and follow its retry to another server.',
      claims: [{ kind: 'counts', atLeast: { ok: 130 }, atMost: { timeout: 0 } }],
    },
    {
      id: 'why-the-cloud',
      title: 'Question: why does the cloud not checkpoint?',
      text: ['Think of the job at 100,000 nodes.'],
      scenario: preset('healthy'),
      atUs: 0,
      revealed: true,
      predict: {
        question: 'Why does stop-and-restart stop working as the machine grows?',
        choices: [
          'Checkpoints get slower with more nodes',
          'The machine fails more often, so more time goes to checkpoints, restarts and lost work',
          'Cloud machines are more reliable',
        ],
        answer: 1,
        explain:
          'The machine fails N times as often as one node. Once failures come about as often as a checkpoint interval, the job spends its time recomputing; a service that tolerates the failure of a few nodes does not stop at all.',
      },
      claims: [{ kind: 'counts', atLeast: { ok: 1 } }],
    },
  ],
};
