/**
 * A timeout does not end the uncertainty: the server may still do the work, a response may
 * still arrive, and a retry can make the server do the same work twice.
 */

import { FEATURED_REQUEST, ms, threeNodeScenario, type Preset } from './base.ts';

/** The server pauses from 480 to 670 ms; r3's first attempt times out at 600 ms and is retried at 620 ms. */
const PAUSE = [{ atUs: ms(480), kind: 'pause' as const, node: 'server', durationUs: ms(190) }];

export const retryDuplicate: Preset = {
  id: 'retry-duplicate',
  scenario: threeNodeScenario(
    'Retry makes a duplicate',
    'The client retries once, 20 ms after a timeout. The server pauses for 190 ms at 480 ms, so r3 times out and is sent again. When the server wakes it does both copies: the work is done twice, after the first timeout, and the first answer arrives late.',
    PAUSE,
    { retries: 1 },
  ),
  featured: {
    id: FEATURED_REQUEST,
    outcome: 'ok',
    processedCount: 2,
    duplicate: true,
    processedAfterTimeout: true,
    lateResponse: true,
  },
};

export const retryIdempotent: Preset = {
  id: 'retry-idempotent',
  scenario: threeNodeScenario(
    'Retry with an idempotency key',
    'The same pause and the same retry, but each request carries an idempotency key. The server recognises the second copy of r3 and answers it without doing the work again: done once, answered twice.',
    PAUSE,
    { retries: 1, idempotencyKey: true },
  ),
  featured: {
    id: FEATURED_REQUEST,
    outcome: 'ok',
    processedCount: 1,
    duplicate: false,
    processedAfterTimeout: true,
    lateResponse: true,
  },
};
