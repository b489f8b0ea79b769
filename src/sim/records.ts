/**
 * Copy on write for request records. A snapshot shares the records of the state it copies;
 * afterwards, the first change to a shared record copies it, and later changes go to the copy
 * in place. So snapshots stay cheap (one array copy) and a run allocates almost nothing per
 * change.
 */

import type { SimContext } from './context.ts';
import type { RequestRecord } from './state.ts';

/** The record of request `id`, safe to change in place. */
export function writableRequest(ctx: SimContext, id: number): RequestRecord {
  const record = ctx.state.requests[id - 1]!;
  if (ctx.writable.has(record)) return record;
  const copy = { ...record, attempts: record.attempts.map((a) => ({ ...a })) };
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
