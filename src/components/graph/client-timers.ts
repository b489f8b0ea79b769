/**
 * What each client shows under its label: a countdown for every request it is waiting on, and,
 * for a couple of seconds of wall time after a request ends, how it ended. Rows are pooled and
 * reused from frame to frame, and only the few a client can show are made: a client with a
 * thousand requests open costs a count, not a thousand rows.
 */

import type { Flash } from '../../lab/trace-reader.ts';
import type { RequestRecord } from '../../sim/index.ts';
import { fadeAlpha } from './geometry.ts';

export const WAITING = 0;
export const ENDED_OK = 1;
export const ENDED_TIMEOUT = 2;

/** How long a mark (a drop, an outcome) stays, in wall time. */
export const MARK_MS = 2000;

export interface TimerRow {
  client: number;
  request: number;
  state: number;
  /** Virtual time left before the attempt times out, and the attempt's whole timeout. */
  leftUs: number;
  totalUs: number;
  alpha: number;
}

/** Rows shown under one client; the rest are counted in a last "+N more" row. */
export const MAX_ROWS = 4;

export class TimerRows {
  count = 0;
  readonly rows: TimerRow[] = [];
  /** Per client (by node index): rows taken, and rows left out for want of room. */
  shown = new Int32Array(0);
  hidden = new Int32Array(0);

  clear(nodeCount = this.shown.length): void {
    this.count = 0;
    if (this.shown.length < nodeCount) {
      this.shown = new Int32Array(nodeCount);
      this.hidden = new Int32Array(nodeCount);
    }
    this.shown.fill(0);
    this.hidden.fill(0);
  }

  /** A row for `client`, or null (counted as hidden) when it already shows MAX_ROWS. */
  take(client: number): TimerRow | null {
    if (client >= this.shown.length) return null;
    if (this.shown[client]! >= MAX_ROWS) {
      this.hidden[client]!++;
      return null;
    }
    this.shown[client]!++;
    if (this.count === this.rows.length) {
      this.rows.push({ client, request: 0, state: 0, leftUs: 0, totalUs: 0, alpha: 1 });
    }
    const row = this.rows[this.count++]!;
    row.client = client;
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

/** A row for every request whose current attempt is waiting for its response. */
export function collectWaiting(
  requests: readonly RequestRecord[],
  from: number,
  nowUs: number,
  out: TimerRows,
): void {
  for (let i = from; i < requests.length; i++) {
    const r = requests[i]!;
    if (r.status !== 'outstanding') continue;
    const attempt = r.attempts[r.attempts.length - 1];
    if (!attempt || attempt.status !== 'outstanding') continue;
    const row = out.take(r.client);
    if (!row) continue;
    row.request = r.id;
    row.state = WAITING;
    row.totalUs = Math.max(1, attempt.deadlineUs - attempt.sentAtUs);
    row.leftUs = Math.max(0, attempt.deadlineUs - nowUs);
    row.alpha = 1;
  }
}

/**
 * Rows for outcomes seen less than MARK_MS ago, newest first. `seen` remembers when each flash
 * was first drawn; flashes come in time order, so the walk back stops at the first old one.
 */
export function collectOutcomes(
  flashes: readonly Flash[],
  seen: WeakMap<Flash, number>,
  wallMs: number,
  clientIndex: ReadonlyMap<string, number>,
  reducedMotion: boolean,
  out: TimerRows,
): void {
  for (let i = flashes.length - 1; i >= 0; i--) {
    const flash = flashes[i]!;
    const ageMs = wallMs - seenAt(seen, flash, wallMs);
    if (ageMs >= MARK_MS) break;
    if (flash.kind !== 'outcome') continue;
    const client = clientIndex.get(flash.client);
    if (client === undefined) continue;
    const row = out.take(client);
    if (!row) continue;
    row.request = flash.request;
    row.state = flash.outcome === 'ok' ? ENDED_OK : ENDED_TIMEOUT;
    row.leftUs = 0;
    row.totalUs = 1;
    row.alpha = fadeAlpha(ageMs, MARK_MS, reducedMotion);
  }
}

/** When a flash was first drawn; now, if never. */
export function seenAt(seen: WeakMap<Flash, number>, flash: Flash, wallMs: number): number {
  const at = seen.get(flash);
  if (at !== undefined) return at;
  seen.set(flash, wallMs);
  return wallMs;
}
