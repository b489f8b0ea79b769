/**
 * What the diagram says of signals (concepts.md C1): the short tag on a signal's arrow, and the
 * truth behind an attempt a signal ended. The causes are the simulation's own (SIGNALLED_CAUSE).
 */

import { SIGNALLED_CAUSE, type SignalledOutcome } from '../../sim/index.ts';
import type { MessageKind, SignalKind } from './story.ts';

export const isSignalKind = (kind: MessageKind): kind is SignalKind =>
  kind === 'refused' || kind === 'reset' || kind === 'unreachable';

/** What the signal is, on the wire: a TCP reset from an operating system, or ICMP from a router. */
export const SIGNAL_TAG: Record<SignalKind, string> = {
  refused: 'RST',
  reset: 'RST',
  unreachable: 'ICMP',
};

/** What really kept the response away, in the words of the six causes (the core's rule). */
export const FAILURE_CAUSE = SIGNALLED_CAUSE;

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
