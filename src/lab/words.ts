/**
 * The lab's sentences: each cause and each aftermath tied to the seed's list of what can go
 * wrong with a request, in our own words. A cause is judged when the client's timer fires, so
 * its sentence says how things stood then, and stays true after.
 */

import {
  CAUSES,
  type Aftermath,
  type Cause,
  type Outcome,
  type SignalledOutcome,
} from '../sim/index.ts';

/** The six, as the truth panel lists them before anything is revealed. */
export const SIX_CAUSES_SHORT: Record<Cause, string> = {
  'request lost': 'lost on the way',
  'request queued': 'still waiting in a queue',
  'remote crashed': 'the server had failed',
  'remote paused': 'the server was paused',
  'response lost': 'work done, response lost',
  'response delayed': 'work done, response late',
};

const nth = (cause: Cause) => `No. ${CAUSES.indexOf(cause) + 1} of the six`;

export const CAUSE_LINES: Record<Cause, string> = {
  'request lost': `${nth('request lost')}: the request was lost on its way; the server never saw it.`,
  'request queued': `${nth('request queued')}: when the client gave up, the request was still waiting in a queue (or being served), so it could still be handled later.`,
  'remote crashed': `${nth('remote crashed')}: when the request came, the server's process was dead or its machine off, so nothing took it.`,
  'remote paused': `${nth('remote paused')}: when the client gave up, the server was paused; it does the work when it wakes.`,
  'response lost': `${nth('response lost')}: the server did the work, but its response was lost on the way back.`,
  'response delayed': `${nth('response delayed')}: the server did the work, but its response was still on its way when the client gave up.`,
};

export const AFTERMATH_LINES: Record<Aftermath, string> = {
  'processed after timeout':
    'The server did the work after the client gave up: a timeout cancels nothing.',
  'late response': 'A response arrived for an attempt the client had already abandoned.',
  duplicate: 'A retry made the server do the same work twice.',
};

/** Said when a retry carried an idempotency key the server had seen. */
export const DEDUP_LINE =
  'The server recognised the idempotency key of a retry and answered it without doing the work again.';

/** The client's side of a timeout: all it can say, whatever happened. */
export const CLIENT_TIMEOUT_LINE = 'No response in time. The client cannot tell why.';

/** The truth behind a signal that ended a request: who sent it, and why. */
export const SIGNAL_LINES: Record<SignalledOutcome, string> = {
  'connection refused':
    "The server's machine was up but no process listened, so its operating system answered with an RST. The request was not processed.",
  'connection reset':
    "The server's process died while it held the request, and its operating system closed the connection with an RST.",
  'host unreachable':
    'A router on the way knew its link towards the server was down and answered with ICMP destination unreachable. The request never reached the server.',
};

/**
 * A refusal that came before any server: a load balancer with nothing in rotation, or a network
 * whose circuits were all taken (the core's cause for it is `request lost`).
 */
export const REFUSED_ON_THE_WAY_LINE =
  'Refused on the way, before any server: a load balancer with no server in rotation, or a circuit-switched network with every circuit taken, answered with an RST. The request was not processed.';

/** The truth behind a signal, from its outcome and the cause the simulation gave it. */
export const signalLine = (outcome: SignalledOutcome, cause: Cause | null): string =>
  outcome === 'connection refused' && cause === 'request lost'
    ? REFUSED_ON_THE_WAY_LINE
    : SIGNAL_LINES[outcome];

/** The client's side of a signal: what it can conclude, and what it cannot. */
export const CLIENT_SIGNAL_LINES: Record<SignalledOutcome, string> = {
  'connection refused':
    'Refused at once: the request was not processed. Whether no process was listening or something on the way turned it away, the client cannot tell.',
  'connection reset':
    'The connection broke mid-request. The client cannot tell whether the work was done.',
  'host unreachable': 'A router says the server cannot be reached: the request did not get there.',
};

/** What the client can say when a request ended without a response. */
export const clientEndLine = (outcome: Exclude<Outcome, 'ok'>): string =>
  outcome === 'timeout' ? CLIENT_TIMEOUT_LINE : CLIENT_SIGNAL_LINES[outcome];

/** Said of a write a last-write-wins store dropped: the client was told ok. */
export const lwwLostLine = (skewUs: number, format: (us: number) => string): string =>
  `The store dropped this write without a word: last write wins, and the client's clock stamped it ${format(skewUs)} earlier than a write it already had, though it arrived later. The client was told ok.`;
