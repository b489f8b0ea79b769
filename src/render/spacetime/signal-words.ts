/**
 * What the diagram says of signals (concepts.md C1): the short tag on a signal's arrow, and the
 * truth behind an attempt a signal ended.
 */

import type { Cause, SignalledOutcome } from '../../sim/index.ts';
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
 * The cause shown for an attempt a signal ended. The trace's 'attempt-failed' row carries no
 * cause, so the diagram names the usual one for the signal; the core decides it from where the
 * request ended, and a refusal by a busy circuit or an empty balancer is `request lost` there.
 */
export const FAILURE_CAUSE: Record<SignalledOutcome, Cause> = {
  'connection refused': 'remote crashed',
  'connection reset': 'remote crashed',
  'host unreachable': 'request lost',
};

/**
 * Why the signal came, for the omniscient view: `the server process crashed while serving it`.
 * `sender` is the label of the node that signalled, when known.
 */
export function failureTruth(
  outcome: SignalledOutcome,
  server: string,
  sender: string | null,
): string {
  switch (outcome) {
    case 'connection reset':
      return `the ${server} process crashed while serving it`;
    case 'connection refused':
      return `no process was listening on ${server}`;
    case 'host unreachable':
      return `${sender ?? 'a router'}’s link towards ${server} was down`;
  }
}
