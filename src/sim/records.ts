/**
 * Copy on write for request records. A snapshot shares the records of the state it copies;
 * afterwards, the first change to a shared record copies it, and later changes go to the copy
 * in place. So snapshots stay cheap (one array copy) and a run allocates almost nothing per
 * change.
 */

import type { SimContext } from './context.ts';
import type { AttemptPhase, RequestRecord, SimState } from './state.ts';

/** The record of request `id`, safe to change in place. */
export function writableRequest(ctx: SimContext, id: number): RequestRecord {
  // A settled request is shared by snapshots without a copy: it must never change again.
  if (id <= ctx.state.settledRequests) throw new Error(`r${id} is settled and cannot change`);
  const record = ctx.state.requests[id - 1]!;
  if (ctx.writable.has(record)) return record;
  const copy = {
    ...record,
    attempts: record.attempts.map((a) => ({ ...a, circuits: a.circuits.slice() })),
  };
  ctx.state.requests[id - 1] = copy;
  ctx.writable.add(copy);
  return copy;
}

/** Add a new record, owned by this state. */
export function addRequest(ctx: SimContext, record: RequestRecord): void {
  ctx.state.requests.push(record);
  ctx.writable.add(record);
}

/** After a snapshot or a restore every record may be shared. */
export function shareAllRecords(ctx: SimContext): void {
  ctx.writable = new WeakSet();
}

const FINAL_PHASES: ReadonlySet<AttemptPhase> = new Set([
  'request lost',
  'request refused',
  'response lost',
  'response received',
]);

/** Ended, and every attempt's messages ended too: nothing can reach this request again. */
export function isSettled(record: RequestRecord): boolean {
  return (
    record.status !== 'outstanding' &&
    record.attempts.every((a) => FINAL_PHASES.has(a.phase) && a.signal !== 'in network')
  );
}

/** Move the settled mark past every settled request at the front, keeping them as a new slice. */
export function advanceSettled(state: SimState): void {
  const from = state.settledRequests;
  let i = from;
  while (i < state.requests.length && isSettled(state.requests[i]!)) i++;
  if (i === from) return;
  state.settledChunks.push(state.requests.slice(from, i));
  state.settledRequests = i;
}
