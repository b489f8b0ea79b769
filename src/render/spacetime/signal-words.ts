/**
 * What the diagram says of signals (concepts.md C1): the short tag on a signal's arrow, and the
 * truth behind an attempt a signal ended.
 */

import type { Cause, DropReason, SignalledOutcome } from '../../sim/index.ts';
import type { MessageKind, SignalKind } from './story.ts';

export const isSignalKind = (kind: MessageKind): kind is SignalKind =>
  kind === 'refused' || kind === 'reset' || kind === 'unreachable';

/** What the signal is, on the wire: a TCP reset from an operating system, or ICMP from a router. */
export const SIGNAL_TAG: Record<SignalKind, string> = {
  refused: 'RST',
  reset: 'RST',
  unreachable: 'ICMP',
};

/**
 * Who refused a connection, by why its request was dropped: a load balancer with no server in
 * rotation, a cable whose circuits were all taken, else the server's machine with no process
 * listening (a balancer may relay that server's RST: the sender alone cannot tell).
 */
export type Refuser = 'server' | 'balancer' | 'circuit';

export function refuserOf(requestDrop: DropReason | null): Refuser {
  if (requestDrop === 'no backend in rotation') return 'balancer';
  return requestDrop === 'no free circuit' ? 'circuit' : 'server';
}

/** Why the attempt's request was dropped, if it was: the last drop of its request. */
export function requestDropOf(
  drops: readonly { request: number; attempt: number; kind: string; reason: DropReason }[],
  request: number,
  attempt: number,
): DropReason | null {
  const mine = drops.filter((d) => d.request === request && d.attempt === attempt);
  return mine.findLast((d) => d.kind === 'request')?.reason ?? null;
}

/**
 * The cause shown for an attempt a signal ended. The trace's 'attempt-failed' row carries no
 * cause, so the diagram names it as the core decides it, from where the request ended: a
 * refusal by the server's machine is `remote crashed`, one by a full circuit or an empty
 * balancer `request lost` (the request never reached a server).
 */
export function failureCause(outcome: SignalledOutcome, refuser: Refuser): Cause {
  if (outcome === 'host unreachable') return 'request lost';
  if (outcome === 'connection refused' && refuser !== 'server') return 'request lost';
  return 'remote crashed';
}

/**
 * Why the signal came, for the omniscient view: `the server process crashed while serving it`.
 * `sender` is the label of the node that signalled, when known.
 */
export function failureTruth(
  outcome: SignalledOutcome,
  server: string,
  sender: string | null,
  refuser: Refuser = 'server',
): string {
  switch (outcome) {
    case 'connection reset':
      return `the ${server} process crashed while serving it`;
    case 'connection refused':
      if (refuser === 'balancer') return `${sender ?? 'the balancer'} had no server in rotation`;
      if (refuser === 'circuit') return `every circuit from ${sender ?? 'the switch'} was taken`;
      return `no process was listening on ${server}`;
    case 'host unreachable':
      return `${sender ?? 'a router'}’s link towards ${server} was down`;
  }
}
