import { ms, preset } from './build.ts';
import type { Lesson } from './types.ts';

/** The seed's single-leader replication: promoting a follower, and two leaders after a pause. */
export const failover: Lesson = {
  id: 'failover',
  title: 'Leaders and failover',
  summary: 'Promote a follower when the leader goes quiet, and keep the old one from writing.',
  steps: [
    {
      id: 'leader-crash',
      title: 'The leader goes quiet',
      text: [
        'Replica a leads: it sends b and c a heartbeat every 100 ms and writes to the storage every 200 ms. At 1 s its process crashes.',
        'The followers only notice the silence. After an election timeout of 1 to 2 s one of them asks the other for its vote; with two of the three replicas, a majority, it takes over with term 2 and writes again. Until then, nobody writes.',
      ],
      scenario: preset('leader-crash'),
      atUs: ms(3200),
      revealed: true,
      stage: 'spacetime',
      claims: [
        { kind: 'happened', what: 'takeover', times: 'some' },
        { kind: 'happened', what: 'stale-write', times: 'none' },
      ],
    },
    {
      id: 'majority',
      title: 'The majority decides',
      text: [
        'A follower does not simply make itself leader: it asks for votes, and leads only with a majority of the replicas, its own vote included.',
        'Here c is cut off at 1 s, and it stands for election again and again while nobody answers. One vote of three is not a majority, so c never leads and a goes on leading: a node cannot trust its own view of the situation, only the majority’s.',
      ],
      scenario: preset('minority-cut-off'),
      atUs: ms(4700),
      revealed: true,
      stage: 'spacetime',
      tryIt: 'Find c’s vote requests dying at the cut, and a’s heartbeats going on to b.',
      claims: [
        { kind: 'happened', what: 'takeover', times: 'none' },
        { kind: 'happened', what: 'stale-write', times: 'none' },
      ],
    },
    {
      id: 'split-brain',
      title: 'A pause is not a crash',
      text: [
        'Now a only pauses, for 3 s, as in a long garbage collection. The followers cannot tell a pause from a crash, so b or c takes over with term 2 as before.',
        'At 4 s a wakes. It was about to write, and nothing has told it yet that it was replaced.',
      ],
      scenario: preset('split-brain'),
      atUs: ms(3950),
      revealed: false,
      predict: {
        question: 'When a wakes, what happens to the write it was about to make, with term 1?',
        choices: ['It is never sent', 'The storage takes it', 'The storage refuses it'],
        answer: 1,
        explain:
          'a sends it before it reads the heartbeats that came while it slept, and this storage takes every write: for a moment two leaders have written. a steps down only afterwards.',
      },
      claims: [{ kind: 'happened', what: 'stale-write', times: 'some' }],
    },
    {
      id: 'fencing',
      title: 'Fencing tokens',
      text: [
        'Each leader writes with its term as a token, and now the storage remembers the newest token it has taken. It refuses a’s write with token 1 because it has taken token 2, and a learns it was replaced.',
        'The check is made where the damage would be done, by the storage, not by the node that may be wrong about itself.',
      ],
      scenario: preset('fencing-tokens'),
      atUs: ms(4100),
      revealed: true,
      stage: 'spacetime',
      claims: [
        { kind: 'happened', what: 'fenced', times: 'some' },
        { kind: 'happened', what: 'stale-write', times: 'none' },
      ],
    },
    {
      id: 'lease',
      title: 'A lease does not save you',
      text: [
        'Here a also holds a lease: each write the storage takes renews it for 1 s, and a checks it on its own clock before every write. Cut off, it would stop writing once the lease ran out.',
        'But a checks its lease at 1 s, and then pauses for 3 s before the write. When it wakes, it writes on the check it already made, and the storage, without fencing, takes it.',
      ],
      scenario: preset('lease-pause'),
      atUs: ms(4100),
      revealed: true,
      stage: 'spacetime',
      claims: [{ kind: 'happened', what: 'stale-write', times: 'some' }],
    },
    {
      id: 'phi-accrual',
      title: 'A detector that learns',
      text: [
        'Here the followers do not use a fixed timeout. They learn how heartbeats usually arrive (every 100 ms, give or take) and turn the silence since the last one into a suspicion, φ. At 8 they take over: about 200 ms into a silence.',
        'That notices a crash in a fraction of a second, but replica a only pauses for 400 ms, and a follower takes over anyway. Fencing keeps the storage safe; no timeout, fixed or learned, can tell a pause from a death.',
      ],
      scenario: preset('phi-detector'),
      atUs: ms(1500),
      revealed: true,
      tryIt: 'Select replica b or c while the leader is paused and watch φ climb.',
      claims: [
        { kind: 'happened', what: 'takeover', times: 'some' },
        { kind: 'happened', what: 'fenced', times: 'some' },
      ],
    },
    {
      id: 'what-stops-it',
      title: 'Question: what stops the old leader?',
      text: ['The pause and the takeover are the same as in the last two steps.'],
      scenario: preset('fencing-tokens'),
      atUs: ms(4100),
      revealed: true,
      predict: {
        question: 'What keeps a replaced leader from writing after its successor?',
        choices: [
          'A shorter election timeout',
          'The storage checking fencing tokens',
          'Faster heartbeats',
        ],
        answer: 1,
        explain:
          'Timeouts and heartbeats only change when a takeover happens; a pause can outlast any of them. The storage, which sees every write, can refuse the old token.',
      },
      claims: [{ kind: 'happened', what: 'fenced', times: 'some' }],
    },
  ],
};
