/**
 * Clients and their requests: sending attempts, timeouts, retries with backoff, responses,
 * and the one outcome each request ends with. Also what happens after a client gave up
 * (late responses), as far as the client side sees it.
 */

import { causeOfTimeout } from './causes.ts';
import { EventKind, schedule, type SimContext } from './context.ts';
import { sendMessage } from './network.ts';
import { addRequest, writableRequest } from './records.ts';
import type { AttemptPhase, MessageInfo } from './state.ts';
import { causeCode } from './vocabulary.ts';

/** Begin a new request of a workload; its first attempt leaves now. */
export function startRequest(ctx: SimContext, workload: number): number {
  const w = ctx.world.workloads[workload]!;
  const id = ctx.state.requests.length + 1;
  addRequest(ctx, {
    id,
    workload,
    client: w.clientIndex,
    server: w.serverIndex,
    sentAtUs: ctx.state.nowUs,
    status: 'outstanding',
    cause: null,
    endedAtUs: -1,
    attempts: [],
    processedCount: 0,
    processedAfterTimeout: false,
    lateResponse: false,
  });
  sendAttempt(ctx, id);
  return id;
}

function sendAttempt(ctx: SimContext, id: number): void {
  const { state } = ctx;
  const request = writableRequest(ctx, id);
  const w = ctx.world.workloads[request.workload]!;
  const attempt = request.attempts.length;
  const deadlineUs = state.nowUs + state.workloads[request.workload]!.timeoutUs;
  const requestMessage = state.nextMessageId++;
  request.attempts.push({
    sentAtUs: state.nowUs,
    deadlineUs,
    requestMessage,
    responseMessage: -1,
    phase: 'request in network',
    status: 'outstanding',
    cause: null,
  });
  if (attempt > 0) ctx.trace.record(state.nowUs, 'retry', id, attempt);
  schedule(ctx, deadlineUs, EventKind.timeout, id, attempt);
  sendMessage(ctx, {
    id: requestMessage,
    kind: 'request',
    request: id,
    attempt,
    source: request.client,
    target: request.server,
    bytes: w.requestBytes,
    sentAtUs: state.nowUs,
  });
}

export function onRetry(ctx: SimContext, id: number): void {
  sendAttempt(ctx, id);
}

/** How long to wait before retry number `retry` (1 for the first): backoff × multiplier^(retry-1). */
export function backoffUs(backoff: number, multiplier: number, retry: number): number {
  let wait = backoff;
  // A loop rather than `**`: Math.pow is not the same in every engine.
  for (let i = 1; i < retry; i++) wait *= multiplier;
  return Math.round(wait);
}

export function onTimeout(ctx: SimContext, id: number, attempt: number): void {
  const { state } = ctx;
  if (state.requests[id - 1]!.attempts[attempt]!.status !== 'outstanding') return;
  const request = writableRequest(ctx, id);
  const record = request.attempts[attempt]!;
  const cause = causeOfTimeout(record.phase, state.nodes[request.server]!.process);
  record.status = 'timeout';
  record.cause = cause;
  ctx.trace.record(state.nowUs, 'timeout', id, attempt, causeCode(cause));
  const w = ctx.world.workloads[request.workload]!;
  if (attempt < state.workloads[request.workload]!.retries) {
    const waitUs = backoffUs(w.backoffUs, w.backoffMultiplier, attempt + 1);
    schedule(ctx, state.nowUs + waitUs, EventKind.retry, id);
    return;
  }
  request.status = 'timeout';
  request.cause = cause;
  request.endedAtUs = state.nowUs;
  ctx.trace.record(state.nowUs, 'outcome', id, 1, causeCode(cause));
}

/** A response reached its client. */
export function receiveResponse(ctx: SimContext, info: MessageInfo): void {
  const { state } = ctx;
  state.messages.delete(info.id);
  ctx.trace.record(state.nowUs, 'receive', info.id, info.target);
  const request = writableRequest(ctx, info.request);
  const record = request.attempts[info.attempt]!;
  record.phase = 'response received';
  if (record.status === 'outstanding') {
    record.status = 'ok';
    request.status = 'ok';
    request.endedAtUs = state.nowUs;
    ctx.trace.record(state.nowUs, 'outcome', info.request, 0, -1);
  } else {
    // The client gave up on this attempt: its connection is gone and the answer is wasted.
    request.lateResponse = true;
    ctx.trace.record(state.nowUs, 'late-response', info.request, info.attempt);
  }
}

/** Follow an attempt through the network and the server, for the cause rule. */
export function setPhase(ctx: SimContext, info: MessageInfo, phase: AttemptPhase): void {
  writableRequest(ctx, info.request).attempts[info.attempt]!.phase = phase;
}

export function noteMessageDropped(ctx: SimContext, info: MessageInfo, refused: boolean): void {
  if (info.kind === 'response') setPhase(ctx, info, 'response lost');
  else setPhase(ctx, info, refused ? 'request refused' : 'request lost');
}
