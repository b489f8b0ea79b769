/**
 * How an outcome is marked in the panels and the log: a response (`ok`), the client's own timer
 * (`timeout`), or a signal the network sent back (`signal`: connection refused, connection reset,
 * host unreachable). A class name, so outcomes whose words hold spaces still style alike.
 */

import type { Outcome } from '../sim/index.ts';

export type OutcomeTone = 'ok' | 'timeout' | 'signal';

export const outcomeTone = (outcome: Outcome): OutcomeTone =>
  outcome === 'ok' || outcome === 'timeout' ? outcome : 'signal';
