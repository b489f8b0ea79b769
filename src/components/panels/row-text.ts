/**
 * The panels' words for a request, as pure functions: the countdown, the processed count, the
 * accessible names of rows, and which rows a long run keeps in view.
 */

import { formatClock } from '../../lab/clock-format.ts';
import type { ClientRow, TruthRow } from '../../lab/requests-view.ts';

/** `62 ms left`, `1.2 s left`; never negative (the timer has fired by then). */
export function formatLeft(leftUs: number): string {
  const us = Math.max(0, leftUs);
  if (us >= 1_000_000) return `${(us / 1_000_000).toFixed(1)} s left`;
  return `${Math.ceil(us / 1000)} ms left`;
}

/** How many times the server did the work: `not processed`, `processed 1×`, `processed 2×`. */
export function processedText(count: number): string {
  return count === 0 ? 'not processed' : `processed ${count}×`;
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
    case 'timeout':
      return 'timeout';
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
    processedText(row.processedCount),
    ...(row.cause ? [`cause: ${row.cause}`] : []),
    ...row.aftermaths,
    row.journey,
  ].join(', ');
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
