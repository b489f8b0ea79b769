/**
 * A TCP-like transport (concepts.md A5, D8): loss turns into delay. The sender of a request or
 * an answer cannot see a loss; it sees no acknowledgement before its retransmission timer runs
 * out, and sends the bytes again, with the timer doubled each time (RFC 6298's backoff).
 *
 * Only what that costs a request is modelled: a lost copy is sent again, by the same sender,
 * when its timer would have fired (the lost copy's departure + RTO × 2^(n−1)), as long as the
 * client still waits and the sender still has the connection (its process is up, if paused).
 * Acknowledgements are not drawn, so a copy that is only late is never sent twice.
 */

import { EventKind, schedule, type SimContext } from './context.ts';
import { sendMessage } from './network.ts';
import { writableRequest } from './records.ts';
import type { MessageInfo } from './state.ts';

/** Linux caps the retransmission timer at 120 s. */
const MAX_RTO_US = 120_000_000;

/** The timer before copy number `n` (1 for the first resend): RTO doubled n − 1 times, capped. */
export function retransmitTimerUs(rtoUs: number, n: number): number {
  let timerUs = rtoUs;
  for (let i = 1; i < n && timerUs < MAX_RTO_US; i++) timerUs *= 2;
  return Math.min(timerUs, MAX_RTO_US);
}

/** A request or an answer was lost on its way: its sender will send it again, if it uses TCP. */
export function resendIfTransport(ctx: SimContext, info: MessageInfo): void {
  if (info.kind !== 'request' && info.kind !== 'response') return;
  const request = ctx.state.requests[info.request - 1]!;
  const rtoUs = ctx.world.workloads[request.workload]!.retransmitUs;
  if (rtoUs <= 0) return;
  const n = (info.retransmission ?? 0) + 1;
  const dueUs = Math.max(ctx.state.nowUs, info.sentAtUs + retransmitTimerUs(rtoUs, n));
  ctx.state.resends.set(info.id, info);
  schedule(ctx, dueUs, EventKind.retransmit, info.id);
}

/** The timer of a lost copy ran out: the same bytes leave again, unless nobody waits for them. */
export function onRetransmit(ctx: SimContext, lostId: number): void {
  const { state } = ctx;
  const lost = state.resends.get(lostId);
  if (!lost) return;
  state.resends.delete(lostId);
  const attempt = state.requests[lost.request - 1]!.attempts[lost.attempt]!;
  // The client gave up and closed the connection, or the sender's process died with it.
  if (attempt.status !== 'outstanding') return;
  const process = state.nodes[lost.source]!.process;
  if (process !== 'running' && process !== 'paused') return;
  const copy: MessageInfo = {
    ...lost,
    id: state.nextMessageId++,
    sentAtUs: state.nowUs,
    retransmission: (lost.retransmission ?? 0) + 1,
  };
  const record = writableRequest(ctx, lost.request).attempts[lost.attempt]!;
  if (copy.kind === 'request') {
    record.requestMessage = copy.id;
    record.phase = 'request in network';
  } else {
    record.responseMessage = copy.id;
    record.phase = 'response in network';
  }
  sendMessage(ctx, copy, () =>
    ctx.trace.record(state.nowUs, 'retransmit', copy.id, lostId, copy.retransmission!),
  );
}
