/**
 * The words Faultline uses in the interface, the command line, the docs and the tests
 * (see docs/product.md, "Vocabulary"). Codes are indexes into these lists, so the trace can
 * store them as small integers.
 */

/**
 * What a client can see of a request: a response, its own timer, or one of the signals the
 * network sometimes sends (an RST from the server's operating system when no process listens or
 * the process died mid-request; an ICMP destination unreachable from a router that knows).
 */
export const OUTCOMES = [
  'ok',
  'timeout',
  'connection refused',
  'connection reset',
  'host unreachable',
] as const;
export type Outcome = (typeof OUTCOMES)[number];
/** The outcomes a signal brings, as opposed to a response or the client's own timer. */
export type SignalledOutcome = Exclude<Outcome, 'ok' | 'timeout'>;

/** The six reasons behind a timeout, in the seed's order. */
export const CAUSES = [
  'request lost',
  'request queued',
  'remote crashed',
  'remote paused',
  'response lost',
  'response delayed',
] as const;
export type Cause = (typeof CAUSES)[number];

/** What can still happen after the client gave up. */
export const AFTERMATHS = ['processed after timeout', 'late response', 'duplicate'] as const;
export type Aftermath = (typeof AFTERMATHS)[number];

/** The states of a node's process (a switch is only running, off or restarting). */
export const PROCESS_STATES = ['running', 'paused', 'crashed', 'off', 'restarting'] as const;
export type ProcessState = (typeof PROCESS_STATES)[number];

/** The states of one direction of a cable. */
export const CABLE_STATES = ['up', 'cut', 'degraded'] as const;
export type CableState = (typeof CABLE_STATES)[number];

/** Why a message died. */
export const DROP_REASONS = [
  'loss',
  'cable cut',
  'cable queue full',
  'no route',
  'machine off',
  'process crashed',
  'restarting',
  'server queue full',
  'buffer full',
  'route down',
  'no backend in rotation',
  'no free circuit',
  'firewall',
] as const;
export type DropReason = (typeof DROP_REASONS)[number];

export const dropReasonCode = (reason: DropReason): number => DROP_REASONS.indexOf(reason);
export const outcomeCode = (outcome: Outcome): number => OUTCOMES.indexOf(outcome);
export const causeCode = (cause: Cause): number => CAUSES.indexOf(cause);
export const processStateCode = (state: ProcessState): number => PROCESS_STATES.indexOf(state);
