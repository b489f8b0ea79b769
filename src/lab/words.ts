/**
 * The lab's sentences: each cause and each aftermath tied to the seed's list of what can go
 * wrong with a request, in our own words.
 */

import type { Aftermath, Cause } from '../sim/index.ts';

export const CAUSE_LINES: Record<Cause, string> = {
  'request lost':
    'No. 1 in the list: the request was lost on its way, and the server never saw it.',
  'request queued':
    'No. 2 in the list: the request is waiting in a queue, and may still be handled later.',
  'remote crashed': 'No. 3 in the list: the server has failed; nothing there can answer.',
  'remote paused':
    'No. 4 in the list: the server stopped for a while, and will answer when it wakes.',
  'response lost': 'No. 5 in the list: the server did the work, but its response was lost.',
  'response delayed':
    'No. 6 in the list: the server did the work, but its response is still on its way.',
};

export const AFTERMATH_LINES: Record<Aftermath, string> = {
  'processed after timeout':
    'The server did the work after the client gave up: a timeout cancels nothing.',
  'late response': 'A response arrived for a request the client had already abandoned.',
  duplicate: 'A retry made the server do the same work twice.',
};

/** The client's side of a timeout: all it can say, whatever happened. */
export const CLIENT_TIMEOUT_LINE = 'No response in time. The client cannot tell why.';
