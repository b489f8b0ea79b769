/**
 * The panels' words for a request, as pure functions: the countdown, the processed count, the
 * accessible names of rows, and which rows a long run keeps in view.
 */

import { formatClock } from '../../lab/clock-format.ts';
import type { ClientRow, TruthRow } from '../../lab/requests-view.ts';
import type { Cause } from '../../sim/index.ts';

/** `62 ms left`, `1.2 s left`; never negative (the timer has fired by then). */
export function formatLeft(leftUs: number): string {
  const us = Math.max(0, leftUs);
  if (us >= 1_000_000) return `${(us / 1_000_000).toFixed(1)} s left`;
  return `${Math.ceil(us / 1000)} ms left`;
}

/** Causes after which the server may still do the work: the request is waiting for it. */
const MAY_STILL_BE_PROCESSED: ReadonlySet<Cause> = new Set(['request queued', 'remote paused']);

/**
 * How many times the server did the work: `processed 1×`, `processed 2×`; with none,
 * `not processed yet` while it still may be (waiting for an outcome, or timed out while queued
 * or paused: a timeout cancels nothing), `never processed` once it cannot be any more.
 */
export function processedText(row: Pick<TruthRow, 'processedCount' | 'ended' | 'cause'>): string {
  if (row.processedCount > 0) return `processed ${row.processedCount}×`;
  const mayStill = !row.ended || (row.cause !== null && MAY_STILL_BE_PROCESSED.has(row.cause));
  return mayStill ? 'not processed yet' : 'never processed';
}

/** The client's state as words, without the live countdown. */
export function clientStateText(row: ClientRow): string {
  switch (row.state) {
    case 'waiting':
      return 'waiting';
    case 'retrying':
      return 'retrying';
    case 'ok':
      return `ok after ${formatClock(row.endedAtUs - row.sentAtUs)}`;
    default:
      return row.state;
  }
}

/** What the client knows about a request beyond its state: retries, and a late response. */
export function clientNotes(row: ClientRow): string[] {
  const notes: string[] = [];
  if (row.attempts > 1) notes.push(`${row.attempts} attempts`);
  if (row.lateResponse) notes.push('late response');
  return notes;
}

/** A client row's accessible name, starting with the request id. */
export function clientRowName(row: ClientRow): string {
  return [
    row.id,
    `from ${row.client}`,
    `sent at ${formatClock(row.sentAtUs)}`,
    clientStateText(row),
    ...clientNotes(row),
  ].join(', ');
}

/** A truth row's accessible name, starting with the request id. */
export function truthRowName(row: TruthRow): string {
  return [
    row.id,
    `to ${row.server}`,
    processedText(row),
    // A signal's words, which the cause alone would not say (`connection reset`).
    ...(row.outcome && row.outcome !== 'ok' && row.outcome !== 'timeout' ? [row.outcome] : []),
    ...(row.cause ? [`cause: ${row.cause}`] : []),
    ...row.aftermaths,
    row.journey,
  ].join(', ');
}

/**
 * The request the hidden truth panel asks about: the newest one with an attempt that timed out
 * (records are in id order), or null before any timeout.
 */
export function latestTimedOut(
  records: readonly { id: number; attempts: readonly { status: string }[] }[],
): number | null {
  for (let i = records.length - 1; i >= 0; i--) {
    const record = records[i]!;
    if (record.attempts.some((a) => a.status === 'timeout')) return record.id;
  }
  return null;
}

/** `1 earlier request`, `40 earlier requests`: the rows a long run no longer shows. */
export function earlierText(count: number): string {
  return count === 1 ? '1 earlier request' : `${count} earlier requests`;
}

/**
 * The first row to show: the latest `cap` rows, or, while the user holds the list (pointer or
 * focus in it), the first row shown when they started, so nothing slides away under them.
 */
export function firstShown(total: number, cap: number, heldFirst: number | null): number {
  const latest = Math.max(0, total - cap);
  return heldFirst === null ? latest : Math.min(heldFirst, latest);
}

/**
 * Which row of a list is in the Tab order (one per list, arrows move within it): the one last
 * focused if it is still shown, else the newest.
 */
export function rovingKey<K>(keys: readonly K[], active: K | null): K | null {
  if (active !== null && keys.includes(active)) return active;
  return keys.length ? keys[keys.length - 1]! : null;
}

/** Rows a request panel keeps in view: enough to scroll back a little, few enough to stay light. */
export const REQUEST_ROWS_SHOWN = 60;
