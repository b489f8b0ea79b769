/**
 * What each client shows under its label: only what the client itself knows. A countdown for
 * every request it is waiting on, and, for about two seconds of playback after a request ends,
 * how it ended. A few lines at most (MAX_ROWS), so the stack stays inside the room the fit
 * leaves under a client (node-layout.ts): countdowns first, then at most OUTCOME_ROWS lines of
 * outcomes, and "+N more" when the countdowns alone would not fit.
 *
 * An outcome a signal brought (`connection refused`, `connection reset`, `host unreachable`) is
 * twice as long as `timeout`: on one line it would run under the next node. It takes two lines,
 * "r4 connection" over "refused", and only when a single line is left, its last word alone.
 *
 * Rows are pooled and reused from frame to frame, and only the few a client can show are made:
 * a client with a thousand requests open costs a count, not a thousand rows.
 */

import type { Flash } from '../../lab/trace-reader.ts';
import type { Outcome, RequestRecord } from '../../sim/index.ts';
import { fadeAlpha } from './geometry.ts';

export const WAITING = 0;
export const ENDED_OK = 1;
export const ENDED_TIMEOUT = 2;
/** "+N more": countdowns left out for want of room (`request` holds N). */
export const MORE = 3;
/** Ended by a signal the network sent back: its words are in `outcome`. */
export const ENDED_SIGNAL = 4;

/** The row state that marks an outcome (its icon). */
export const endedState = (outcome: Outcome): number =>
  outcome === 'ok' ? ENDED_OK : outcome === 'timeout' ? ENDED_TIMEOUT : ENDED_SIGNAL;

/**
 * How long a mark (a drop, an outcome) stays, in milliseconds of playback: wall time at the
 * speed playback runs. Paused, nothing fades; at 100× a mark does not linger for ages.
 */
export const MARK_MS = 2000;

/** Lines under one client, and of those at most this many lines of outcomes. */
export const MAX_ROWS = 3;
export const OUTCOME_ROWS = 2;

/**
 * How long ago, in milliseconds of playback, something happened at virtual time `atUs`, when
 * it is `nowUs` and playback runs at `speed` × real time: one virtual second is 1 / speed
 * seconds of playback.
 */
export function playbackAgeMs(nowUs: number, atUs: number, speed: number): number {
  const ageUs = Math.max(0, nowUs - atUs);
  return ageUs / (Math.max(speed, 1e-6) * 1000);
}

export interface TimerRow {
  client: number;
  request: number;
  state: number;
  /** Virtual time left before the attempt times out, and the attempt's whole timeout. */
  leftUs: number;
  totalUs: number;
  /** How faded an outcome is, 1 (new) to 0 (gone). */
  alpha: number;
  /** How the request ended (for ended rows), in the vocabulary's words. */
  outcome: Outcome;
  /** Lines the row takes: 2 for a signal's outcome written in full, else 1. */
  lines: number;
}

export class TimerRows {
  count = 0;
  readonly rows: TimerRow[] = [];
  /** Per client (by node index): requests waiting, lines of outcomes shown, countdowns shown. */
  waiting = new Int32Array(0);
  outcomes = new Int32Array(0);
  counted = new Int32Array(0);

  clear(nodeCount = this.waiting.length): void {
    this.count = 0;
    if (this.waiting.length < nodeCount) {
      this.waiting = new Int32Array(nodeCount);
      this.outcomes = new Int32Array(nodeCount);
      this.counted = new Int32Array(nodeCount);
    }
    this.waiting.fill(0);
    this.outcomes.fill(0);
    this.counted.fill(0);
  }

  /** Countdowns a client shows: all when they fit, else one line less, for "+N more". */
  countdownRows(client: number): number {
    const waiting = this.waiting[client] ?? 0;
    return waiting <= MAX_ROWS ? waiting : MAX_ROWS - 1;
  }

  /** Lines of outcomes a client may show: the room its countdowns leave, at most OUTCOME_ROWS. */
  outcomeRoom(client: number): number {
    return Math.max(0, Math.min(OUTCOME_ROWS, MAX_ROWS - (this.waiting[client] ?? 0)));
  }

  add(client: number, request: number, state: number): TimerRow {
    if (this.count === this.rows.length) {
      this.rows.push({
        client,
        request,
        state,
        leftUs: 0,
        totalUs: 1,
        alpha: 1,
        outcome: 'ok',
        lines: 1,
      });
    }
    const row = this.rows[this.count++]!;
    row.client = client;
    row.request = request;
    row.state = state;
    row.leftUs = 0;
    row.totalUs = 1;
    row.alpha = 1;
    row.outcome = 'ok';
    row.lines = 1;
    return row;
  }
}

/**
 * The first request that may still be outstanding. Requests before it have all ended, so each
 * frame looks only at the few recent ones, not at every request of a long run.
 */
export function firstOutstanding(requests: readonly RequestRecord[], from: number): number {
  let i = Math.min(from, requests.length);
  while (i < requests.length && requests[i]!.status !== 'outstanding') i++;
  return i;
}

/** The attempt a request waits on now, or null when it waits on none. */
function waitingAttempt(r: RequestRecord) {
  if (r.status !== 'outstanding') return null;
  const attempt = r.attempts[r.attempts.length - 1];
  return attempt && attempt.status === 'outstanding' ? attempt : null;
}

/**
 * Every client's rows for this frame, in drawing order for each client: its countdowns, then
 * "+N more" if some were left out, then its newest outcomes. `from` is firstOutstanding's answer.
 */
export function collectTimers(
  requests: readonly RequestRecord[],
  from: number,
  flashes: readonly Flash[],
  clientIndex: ReadonlyMap<string, number>,
  clock: { nowUs: number; speed: number; reducedMotion: boolean },
  out: TimerRows,
): void {
  for (let i = from; i < requests.length; i++) {
    const r = requests[i]!;
    if (waitingAttempt(r) && r.client < out.waiting.length) out.waiting[r.client]!++;
  }
  collectWaiting(requests, from, clock.nowUs, out);
  for (let client = 0; client < out.waiting.length; client++) {
    const more = out.waiting[client]! - out.countdownRows(client);
    if (more > 0) out.add(client, more, MORE);
  }
  collectOutcomes(flashes, clientIndex, clock, out);
}

/** A countdown row for each request whose attempt is waiting, as many as each client shows. */
export function collectWaiting(
  requests: readonly RequestRecord[],
  from: number,
  nowUs: number,
  out: TimerRows,
): void {
  for (let i = from; i < requests.length; i++) {
    const r = requests[i]!;
    const attempt = waitingAttempt(r);
    if (!attempt || r.client >= out.counted.length) continue;
    if (out.counted[r.client]! >= out.countdownRows(r.client)) continue;
    out.counted[r.client]!++;
    const row = out.add(r.client, r.id, WAITING);
    row.totalUs = Math.max(1, attempt.deadlineUs - attempt.sentAtUs);
    row.leftUs = Math.max(0, attempt.deadlineUs - nowUs);
  }
}

/**
 * Rows for the outcomes of the last MARK_MS of playback, newest first, as many lines as each
 * client has room for. Flashes come in time order, so the walk back stops at the first old one.
 */
export function collectOutcomes(
  flashes: readonly Flash[],
  clientIndex: ReadonlyMap<string, number>,
  clock: { nowUs: number; speed: number; reducedMotion: boolean },
  out: TimerRows,
): void {
  for (let i = flashes.length - 1; i >= 0; i--) {
    const flash = flashes[i]!;
    const ageMs = playbackAgeMs(clock.nowUs, flash.timeUs, clock.speed);
    if (ageMs >= MARK_MS) break;
    if (flash.kind !== 'outcome') continue;
    const client = clientIndex.get(flash.client);
    if (client === undefined || client >= out.outcomes.length) continue;
    const room = out.outcomeRoom(client) - out.outcomes[client]!;
    if (room <= 0) continue;
    const row = out.add(client, flash.request, endedState(flash.outcome));
    row.outcome = flash.outcome;
    row.lines = row.state === ENDED_SIGNAL && room >= 2 ? 2 : 1;
    out.outcomes[client]! += row.lines;
    row.alpha = fadeAlpha(ageMs, MARK_MS, clock.reducedMotion);
  }
}
