/**
 * What every event handler works on: the static world, the live state and the trace.
 */

import { pushEvent } from './event-queue.ts';
import type { SimState } from './state.ts';
import type { Trace } from './trace.ts';
import type { World } from './world.ts';

export interface SimContext {
  world: World;
  state: SimState;
  trace: Trace;
  /**
   * Request records this state owns and may change in place; any other record may be shared
   * with a snapshot and is copied before its first change (see records.ts).
   */
  writable: WeakSet<object>;
}

/** The kinds of pending events, with what their three integer arguments hold. */
export const EventKind = {
  /** a: index into the scenario's schedule. */
  action: 0,
  /** a: workload, b: its send epoch: its next request is due. */
  send: 1,
  /** a: request: its next attempt is due. */
  retry: 2,
  /** a: request, b: attempt. */
  timeout: 3,
  /** a: direction, b: send epoch: the message being transmitted is wholly on the wire. */
  transmitted: 4,
  /** a: message, b: direction, c: wire epoch. */
  arrive: 5,
  /** a: message, b: direction, c: wire epoch: the message dies on the wire. */
  lost: 6,
  /** a: node, b: worker, c: worker epoch. */
  serviceDone: 7,
  /** a: node, b: pause epoch. */
  autoResume: 8,
  /** a: node, b: node epoch. */
  bootDone: 9,
  /** a: node, b: overload epoch. */
  jobArrival: 10,
  /** a: node, b: overload epoch. */
  overloadEnd: 11,
  /** a: load balancer, b: backend slot: time for its next health check. */
  healthCheck: 12,
  /** a: load balancer, b: backend slot, c: check number: the check's time is up. */
  checkTimeout: 13,
  /** a: replica, b: leader epoch: time for the leader's next heartbeat. */
  replicaHeartbeat: 14,
  /** a: replica, b: leader epoch: time for the leader's next write. */
  replicaWrite: 15,
  /** a: replica, b: election epoch: no heartbeat for the election timeout. */
  electionTimeout: 16,
  /** a: load balancer: its link monitor polls the switches. */
  linkPoll: 17,
  /** a: node: time to ask its time server. */
  clockSync: 18,
  /** a: a lost message: its sender's transport sends it again. */
  retransmit: 19,
} as const;

export function schedule(ctx: SimContext, timeUs: number, kind: number, a = 0, b = 0, c = 0): void {
  pushEvent(ctx.state.events, timeUs, kind, a, b, c);
}
