/**
 * Clients and their requests: sending attempts, timeouts, retries with backoff, responses,
 * and the one outcome each request ends with. Also what happens after a client gave up
 * (late responses), as far as the client side sees it.
 */

import { causeOfTimeout } from './causes.ts';
import { EventKind, schedule, type SimContext } from './context.ts';
import { sendMessage } from './network.ts';
import { addRequest, writableRequest } from './records.ts';
import { isSignal } from './signals.ts';
import { timeOfDayUs } from './clocks.ts';
import { uniformInt } from './prng.ts';
import { resendIfTransport } from './transport.ts';
import {
  RETRY_BUDGET_CAP,
  type AttemptPhase,
  type AttemptRecord,
  type MessageInfo,
} from './state.ts';
import { causeCode, outcomeCode, type Cause, type Outcome } from './vocabulary.ts';

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
  const budget = ctx.state.workloads[workload]!;
  budget.retryTokens = Math.min(RETRY_BUDGET_CAP, budget.retryTokens + w.retryBudgetPercent / 100);
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
    signal: 'none',
    signalMessage: -1,
    backend: -1,
    circuits: [],
    status: 'outstanding',
    cause: null,
  });
  if (attempt > 0) ctx.trace.record(state.nowUs, 'retry', id, attempt);
  schedule(ctx, deadlineUs, EventKind.timeout, id, attempt);
  const target = ctx.world.nodes[request.server]!;
  sendMessage(ctx, {
    id: requestMessage,
    kind: 'request',
    request: id,
    attempt,
    source: request.client,
    target: request.server,
    bytes: w.requestBytes,
    sentAtUs: state.nowUs,
    // A last-write-wins store orders writes by the time on the client's own clock.
    ...(target.kind === 'server' && target.lww
      ? { stampUs: timeOfDayUs(state.nodes[request.client]!.clock, state.nowUs) }
      : {}),
  });
}

export function onRetry(ctx: SimContext, id: number): void {
  sendAttempt(ctx, id);
}

/**
 * A retry may go if the workload's budget has one saved (Finagle's and gRPC's retry budgets,
 * Google SRE's "retries below 10% of requests"): so when everything fails, retries stop adding
 * load instead of multiplying it. A budget of 100% is no budget.
 */
function spendRetry(ctx: SimContext, workload: number): boolean {
  if (ctx.world.workloads[workload]!.retryBudgetPercent >= 100) return true;
  const state = ctx.state.workloads[workload]!;
  if (state.retryTokens < 1) return false;
  state.retryTokens -= 1;
  return true;
}

/** The wait before retry number `retry`: the backoff, or with full jitter a draw from 0 to it. */
function retryWaitUs(ctx: SimContext, workload: number, retry: number): number {
  const w = ctx.world.workloads[workload]!;
  const waitUs = backoffUs(w.backoffUs, w.backoffMultiplier, retry);
  return w.backoffJitter ? uniformInt(ctx.state.rng.retry, 0, waitUs) : waitUs;
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
  const record = state.requests[id - 1]!.attempts[attempt]!;
  if (record.status !== 'outstanding') return;
  // Behind a load balancer, the server is the backend it chose.
  const server = record.backend >= 0 ? record.backend : state.requests[id - 1]!.server;
  const cause = causeOfTimeout(record.phase, state.nodes[server]!.process);
  endAttempt(ctx, id, attempt, 'timeout', cause);
}

/**
 * An attempt failed, by the client's timer or by a signal: retry after the backoff if retries
 * are left, else the request ends with this outcome.
 */
export function endAttempt(
  ctx: SimContext,
  id: number,
  attempt: number,
  outcome: Exclude<Outcome, 'ok'>,
  cause: Cause,
): void {
  const { state } = ctx;
  const request = writableRequest(ctx, id);
  const record = request.attempts[attempt]!;
  record.status = outcome;
  record.cause = cause;
  hangUp(ctx, record);
  if (outcome === 'timeout')
    ctx.trace.record(state.nowUs, 'timeout', id, attempt, causeCode(cause));
  else ctx.trace.record(state.nowUs, 'attempt-failed', id, attempt, outcomeCode(outcome));
  if (attempt < state.workloads[request.workload]!.retries) {
    if (spendRetry(ctx, request.workload)) {
      const waitUs = retryWaitUs(ctx, request.workload, attempt + 1);
      schedule(ctx, state.nowUs + waitUs, EventKind.retry, id);
      return;
    }
    ctx.trace.record(state.nowUs, 'retry-denied', id, attempt + 1);
  }
  request.status = outcome;
  request.cause = cause;
  request.endedAtUs = state.nowUs;
  ctx.trace.record(state.nowUs, 'outcome', id, outcomeCode(outcome), causeCode(cause));
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
    hangUp(ctx, record);
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

/** The attempt is over: the circuits it held are free for other calls. */
function hangUp(ctx: SimContext, record: AttemptRecord): void {
  for (const cable of record.circuits) ctx.state.directions[2 * cable]!.slotsBusy--;
  record.circuits = [];
}

/** Follow an attempt through the network and the server, for the cause rule. */
export function setPhase(ctx: SimContext, info: MessageInfo, phase: AttemptPhase): void {
  if (info.request === 0) return; // a control message belongs to no request
  writableRequest(ctx, info.request).attempts[info.attempt]!.phase = phase;
}

export function noteMessageDropped(ctx: SimContext, info: MessageInfo, refused: boolean): void {
  if (info.request === 0) return;
  if (isSignal(info.kind))
    writableRequest(ctx, info.request).attempts[info.attempt]!.signal = 'lost';
  else if (info.kind === 'response') setPhase(ctx, info, 'response lost');
  else setPhase(ctx, info, refused ? 'request refused' : 'request lost');
  if (!refused) resendIfTransport(ctx, info);
}
