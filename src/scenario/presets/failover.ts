/**
 * Single-leader replication and failover (concepts.md C3, D2, G7). Three replicas and their
 * storage behind one switch, 5 ms a hop. Replica a leads: a heartbeat to b and c every 100 ms,
 * and a write to the storage every 200 ms with its term as a fencing token. A follower that
 * hears nothing for its election timeout (1 to 2 s, drawn) stands for election with the next term
 * and takes over with a majority's votes (its own and one other).
 */

import { DEFAULT_REPLICA } from '../limits.ts';
import type { ReplicaNode, Scenario, ScheduledAction } from '../types.ts';
import { ms, threeNodeScenario, type Preset } from './base.ts';

function failoverScenario(
  name: string,
  description: string,
  schedule: ScheduledAction[],
  fencing: boolean,
  phiThreshold?: number,
  leaseUs?: number,
): Scenario {
  const base = threeNodeScenario(name, description, schedule);
  const link = base.cables[0]!;
  // The replicas side by side above their switch, the storage beside it: wider than tall, as
  // the stage is, so the drawing is large enough to read from the back of a room.
  const replica = (id: string, x: number, leader: boolean): ReplicaNode => ({
    id,
    label: `replica ${id}`,
    kind: 'replica',
    x,
    y: 0,
    ...DEFAULT_REPLICA,
    leader,
    storage: 'db',
    ...(phiThreshold === undefined ? {} : { phiThreshold }),
    ...(leaseUs === undefined ? {} : { leaseUs }),
  });
  const storage = base.nodes[2]!;
  return {
    ...base,
    durationUs: ms(8000),
    nodes: [
      replica('a', 0, true),
      replica('b', 170, false),
      replica('c', 340, false),
      { id: 'switch', label: 'switch', kind: 'switch', x: 170, y: 120 },
      {
        ...(storage as Extract<Scenario['nodes'][number], { kind: 'server' }>),
        id: 'db',
        label: 'storage',
        x: 420,
        y: 120,
        ...(fencing ? { fencing: true } : {}),
      },
    ],
    cables: ['a', 'b', 'c', 'db'].map((id) => ({ ...link, a: id, b: 'switch' })),
    workloads: [],
  };
}

const PAUSE: ScheduledAction = { atUs: ms(1000), kind: 'pause', node: 'a', durationUs: ms(3000) };

export const leaderCrash: Preset = {
  id: 'leader-crash',
  scenario: failoverScenario(
    'Leader crashes: failover',
    'Replica a leads until its process crashes at 1 s. Its heartbeats stop; after its election timeout (1 to 2 s) one follower stands for election in term 2, gets the other’s vote (two of three: a majority) and starts writing. For that second or two, nobody writes at all.',
    [{ atUs: ms(1000), kind: 'crash', node: 'a' }],
    false,
  ),
};

export const splitBrain: Preset = {
  id: 'split-brain',
  scenario: failoverScenario(
    'Paused leader: two leaders',
    'Replica a pauses for 3 s at 1 s, as in a long garbage collection. The followers hear nothing and one of them takes over with term 2. When a wakes at 4 s it still believes it leads, and the write it was about to make goes out with term 1. The storage does not check tokens, so it takes the write: two leaders have written.',
    [PAUSE],
    false,
  ),
};

export const fencingTokens: Preset = {
  id: 'fencing-tokens',
  scenario: failoverScenario(
    'Paused leader, fenced',
    'The same pause, but the storage checks fencing tokens: it has accepted writes with token 2, so it refuses a’s write with token 1, and a learns it has been replaced.',
    [PAUSE],
    true,
  ),
};

export const quickSuspicion: Preset = {
  id: 'phi-detector',
  scenario: failoverScenario(
    'Phi accrual: quick, and sometimes wrong',
    'The followers use a phi-accrual detector (threshold 8, as in Akka) instead of a fixed 1 to 2 s timeout. They have learned that heartbeats come every 100 ms, so they suspect the leader about 200 ms into a silence. Replica a pauses for only 400 ms at 1 s, and that is enough: a follower takes over while a was merely paused. The storage checks fencing tokens, so a’s late write is refused.',
    [{ atUs: ms(1000), kind: 'pause', node: 'a', durationUs: ms(400) }],
    true,
    8,
  ),
};

export const leasePause: Preset = {
  id: 'lease-pause',
  scenario: failoverScenario(
    'A lease, checked before a pause',
    'Now replica a also holds a lease: each write the storage takes renews it for 1 s, and a checks it, on its own clock, before every write. At 1 s a checks its lease (valid), and then pauses for 3 s before writing. When it wakes it writes at once, on the check it made before the pause, long after its lease ran out and a follower took over. The storage does not check tokens, so it takes the write. Where the lease does work: at 6 s the storage is cut off for 2 s, no write is confirmed, and the leader stops writing when its lease runs out.',
    [
      PAUSE,
      { atUs: ms(6000), kind: 'cut', cable: ['db', 'switch'] },
      { atUs: ms(8000), kind: 'restore', cable: ['db', 'switch'] },
    ],
    false,
    undefined,
    ms(1000),
  ),
};

/** Concepts G5: a node cut off from the rest cannot decide anything on its own. */
export const minorityCutOff: Preset = {
  id: 'minority-cut-off',
  scenario: failoverScenario(
    'Cut off: the minority cannot lead',
    'At 1 s the cable to replica c is cut. c hears no more heartbeats and, after its election timeout, stands for election: it votes for itself and asks a and b, again and again, with ever higher terms. Its questions never arrive, and a and b still hear their leader, so they would refuse anyway. One vote of three is not a majority: c never leads, and a goes on leading term 1. Without the vote, c would have made itself a second leader.',
    [{ atUs: ms(1000), kind: 'cut', cable: ['c', 'switch'] }],
    true,
  ),
};

export const FAILOVER_PRESETS: readonly Preset[] = [
  leaderCrash,
  minorityCutOff,
  splitBrain,
  fencingTokens,
  quickSuspicion,
  leasePause,
];
