/**
 * The words of a client's timer rows: "r3 62 ms" while it waits, "r3 ok" or "r3 timeout" once
 * it ended, "+4 more" for the countdowns left out. A signal's outcome is written in the
 * vocabulary's own words, on two lines ("r4 connection" over "refused") so it stays as narrow as
 * "r999 timeout" plus a little (node-layout.ts leaves that room); on one line, where only one is
 * left, its last word alone ("r4 refused"), which still tells the three apart. The full words
 * are always in the client panel and the event log, which screen readers read; the canvas is
 * a picture of them.
 */

import type { SignalledOutcome } from '../../sim/index.ts';
import { MORE, WAITING, type TimerRow } from './client-timers.ts';
import { formatLeft } from './looks.ts';

/** Each signal's outcome cut at its last space: constant strings, nothing split per frame. */
const SIGNAL_WORDS: Record<SignalledOutcome, { first: string; last: string }> = {
  'connection refused': { first: 'connection', last: 'refused' },
  'connection reset': { first: 'connection', last: 'reset' },
  'host unreachable': { first: 'host', last: 'unreachable' },
};

/** The row's first (often only) line. */
export function timerText(row: TimerRow): string {
  const id = `r${row.request}`;
  if (row.state === WAITING) return `${id} ${formatLeft(row.leftUs)}`;
  if (row.state === MORE) return `+${row.request} more`;
  const outcome = row.outcome;
  if (outcome === 'ok' || outcome === 'timeout') return `${id} ${outcome}`;
  const words = SIGNAL_WORDS[outcome];
  return `${id} ${row.lines > 1 ? words.first : words.last}`;
}

/** The row's second line: the rest of a signal's words, or '' for a row of one line. */
export function timerSecondLine(row: TimerRow): string {
  if (row.lines < 2 || row.outcome === 'ok' || row.outcome === 'timeout') return '';
  return SIGNAL_WORDS[row.outcome].last;
}
