/**
 * A server's process: an inbound queue with a capacity, a number of workers, a service-time
 * distribution, and a handler with a visible side effect (a counter per request id), so
 * duplicates show. Overload adds jobs from outside the drawing to the same queue.
 */

import type { ServiceTime } from '../scenario/types.ts';
import { EventKind, schedule, type SimContext } from './context.ts';
import { exponentialUs } from './det-math.ts';
import { dropAtNode, sendMessage } from './network.ts';
import { uniformInt } from './prng.ts';
import { setPhase } from './requests.ts';
import { answerTime } from './clocks.ts';
import { storeWrite } from './replication.ts';
import { sendSignal } from './signals.ts';
import { writableRequest } from './records.ts';
import type { MessageInfo, QueueEntry } from './state.ts';
import { dropReasonCode, type DropReason } from './vocabulary.ts';
import { serverAt } from './world.ts';

/**
 * While a process is paused its machine's operating system keeps accepting messages: they wait
 * in its buffers and nothing is lost. This bound only keeps a runaway scenario from filling
 * memory.
 */
export const PAUSED_BUFFER_LIMIT = 100_000;

function queueCapacity(ctx: SimContext, node: number): number {
  const overload = ctx.state.nodes[node]!.overload;
  return overload && overload.queueCapacity >= 0
    ? overload.queueCapacity
    : serverAt(ctx.world, node).queueCapacity;
}

/**
 * Whether new work can be taken: the capacity counts work waiting for a worker, so an idle
 * worker of a running process takes one at once whatever the capacity.
 */
function hasRoom(ctx: SimContext, node: number): boolean {
  const server = ctx.state.nodes[node]!;
  const idle = server.process === 'running' && server.workers.some((w) => !w.entry);
  return idle || server.queue.length < queueCapacity(ctx, node);
}

/** Why a server's machine cannot take a request now, or null when it can. */
function refusal(ctx: SimContext, node: number): DropReason | null {
  const server = ctx.state.nodes[node]!;
  switch (server.process) {
    case 'crashed':
      return 'process crashed';
    case 'restarting':
      return 'restarting';
    case 'off':
      return 'machine off';
    case 'paused':
      return server.queue.length >= PAUSED_BUFFER_LIMIT ? 'buffer full' : null;
    case 'running':
      return hasRoom(ctx, node) ? null : 'server queue full';
  }
}

/**
 * The machine is up but no process listens: its operating system answers with an RST. (A full
 * queue or buffer answers nothing: like a full listen backlog, the request is dropped in silence.)
 */
const osRefuses = (reason: DropReason): boolean =>
  reason === 'process crashed' || reason === 'restarting';

/**
 * A load balancer's health check reached the server's machine. A shallow check is answered at
 * once by a thread of its own (while the process is paused it waits, like everything); a deep
 * one waits for a worker like a request. No process: the operating system refuses it.
 */
export function acceptCheck(ctx: SimContext, info: MessageInfo, node: number): void {
  // A deep check is treated exactly as a request is; a shallow one as any control message.
  if (deepCheck(ctx, info)) acceptRequest(ctx, info, node);
  else acceptControl(ctx, info, node, answerCheck);
}

const deepCheck = (ctx: SimContext, info: MessageInfo): boolean => {
  const balancer = ctx.world.nodes[info.source]!;
  return balancer.kind === 'balancer' && balancer.deepCheck;
};

function holdCheck(ctx: SimContext, info: MessageInfo, node: number): void {
  ctx.state.nodes[node]!.heldChecks.push(info);
  ctx.trace.record(ctx.state.nowUs, 'server-enqueue', info.id, node, -1);
}

/** The check is done: the process is alive and answers. */
function answerCheck(ctx: SimContext, info: MessageInfo, node: number): void {
  ctx.state.messages.delete(info.id);
  ctx.trace.record(ctx.state.nowUs, 'deliver', info.id, node);
  replyToCheck(ctx, info, node);
}

function replyToCheck(ctx: SimContext, info: MessageInfo, node: number): void {
  const { state } = ctx;
  sendMessage(ctx, {
    ...info,
    id: state.nextMessageId++,
    kind: 'check-ok',
    source: node,
    target: info.source,
    sentAtUs: state.nowUs,
  });
}

/** The process thawed: the shallow checks and the writes that waited are answered now. */
export function answerHeldChecks(ctx: SimContext, node: number): void {
  const held = ctx.state.nodes[node]!.heldChecks;
  ctx.state.nodes[node]!.heldChecks = [];
  for (const info of held) {
    if (info.kind === 'write') storeWrite(ctx, info, node);
    else if (info.kind === 'ntp') answerTime(ctx, info, node);
    else answerCheck(ctx, info, node);
  }
}

/**
 * A message for the process itself, not its request queue (a write to storage, a peer's
 * heartbeat): handled at once while it runs, held while it is paused, refused by the operating
 * system when there is no process.
 */
export function acceptControl(
  ctx: SimContext,
  info: MessageInfo,
  node: number,
  handle: (ctx: SimContext, info: MessageInfo, node: number) => void,
): void {
  const server = ctx.state.nodes[node]!;
  if (server.process === 'running') return handle(ctx, info, node);
  if (server.process === 'paused') return holdCheck(ctx, info, node);
  const reason = server.process === 'restarting' ? 'restarting' : 'process crashed';
  dropAtNode(ctx, info, reason, node);
  sendSignal(ctx, info, 'refused', node);
}

/** A request reached its server's machine. */
export function acceptRequest(ctx: SimContext, info: MessageInfo, node: number): void {
  const server = ctx.state.nodes[node]!;
  const reason = refusal(ctx, node);
  if (reason) {
    dropAtNode(ctx, info, reason, node);
    if (osRefuses(reason)) sendSignal(ctx, info, 'refused', node);
    return;
  }
  server.queue.push({ info, sinceUs: ctx.state.nowUs });
  ctx.trace.record(ctx.state.nowUs, 'server-enqueue', info.id, node, server.queue.length);
  setPhase(ctx, info, 'at server');
  if (server.process === 'running') startWork(ctx, node);
}

function drawServiceUs(ctx: SimContext, service: ServiceTime): number {
  const rng = ctx.state.rng.service;
  switch (service.kind) {
    case 'constant':
      return service.us;
    case 'uniform':
      return uniformInt(rng, service.minUs, service.maxUs);
    case 'exponential':
      return exponentialUs(rng, service.meanUs);
  }
}

/** Idle workers take the oldest waiting work. */
export function startWork(ctx: SimContext, node: number): void {
  const { state } = ctx;
  const server = state.nodes[node]!;
  for (let w = 0; w < server.workers.length && server.queue.length > 0; w++) {
    const worker = server.workers[w]!;
    if (worker.entry) continue;
    const entry = server.queue.shift()!;
    if (entry.info) {
      state.messages.delete(entry.info.id);
      ctx.trace.record(state.nowUs, 'deliver', entry.info.id, node);
      setPhase(ctx, entry.info, 'in service');
    }
    const overload = server.overload;
    const serviceUs =
      overload && overload.serviceUs >= 0
        ? overload.serviceUs
        : drawServiceUs(ctx, serverAt(ctx.world, node).service);
    worker.entry = entry;
    worker.doneAtUs = state.nowUs + serviceUs;
    ctx.trace.record(state.nowUs, 'process-start', entry.info?.id ?? -1, node, w);
    schedule(ctx, worker.doneAtUs, EventKind.serviceDone, node, w, worker.epoch);
  }
}

export function onServiceDone(ctx: SimContext, node: number, w: number, epoch: number): void {
  const worker = ctx.state.nodes[node]!.workers[w]!;
  if (epoch !== worker.epoch || !worker.entry) return;
  const entry = worker.entry;
  worker.entry = null;
  worker.doneAtUs = -1;
  ctx.trace.record(ctx.state.nowUs, 'process-end', entry.info?.id ?? -1, node, w);
  // A deep check was taken off the queue (delivered) when its service began.
  if (entry.info?.kind === 'check') replyToCheck(ctx, entry.info, node);
  else if (entry.info) handle(ctx, entry.info, node);
  startWork(ctx, node);
}

/** The handler: do the work (count it) unless the idempotency key says it was done, then answer. */
function handle(ctx: SimContext, info: MessageInfo, node: number): void {
  const { state } = ctx;
  const server = state.nodes[node]!;
  const request = writableRequest(ctx, info.request);
  const w = ctx.world.workloads[request.workload]!;
  if (request.attempts[info.attempt]!.status === 'timeout') {
    request.processedAfterTimeout = true;
    ctx.trace.record(state.nowUs, 'processed-after-timeout', info.request, info.attempt);
  }
  if (w.idempotencyKey && server.seenKeys[info.request]) {
    ctx.trace.record(state.nowUs, 'dedup', info.request, node);
  } else if (info.stampUs !== undefined && info.stampUs < server.newestStampUs) {
    // Last write wins, by the clients' clocks: a write stamped earlier than the newest kept is
    // dropped without a word, though it may have come later in true time. The client hears ok.
    ctx.trace.record(
      state.nowUs,
      'lww-lost',
      info.request,
      node,
      server.newestStampUs - info.stampUs,
    );
  } else {
    if (info.stampUs !== undefined) server.newestStampUs = info.stampUs;
    if (w.idempotencyKey) server.seenKeys[info.request] = true;
    server.processed++;
    request.processedCount++;
    if (request.processedCount >= 2) {
      ctx.trace.record(state.nowUs, 'duplicate', info.request, request.processedCount);
    }
  }
  const response: MessageInfo = {
    id: state.nextMessageId++,
    kind: 'response',
    request: info.request,
    attempt: info.attempt,
    source: node,
    target: info.source,
    bytes: w.responseBytes,
    sentAtUs: state.nowUs,
  };
  setPhase(ctx, info, 'response in network');
  request.attempts[info.attempt]!.responseMessage = response.id;
  sendMessage(ctx, response);
}

/**
 * The process died: everything it held in memory is gone. If the machine stays up, its
 * operating system closes the connections of the requests the process held, with an RST each
 * (`connection reset`); a machine that lost power says nothing.
 */
export function abandonWork(ctx: SimContext, node: number, reason: DropReason): void {
  const { state } = ctx;
  const server = state.nodes[node]!;
  const reset = (info: MessageInfo) => {
    if (reason !== 'machine off') sendSignal(ctx, info, 'reset', node);
  };
  server.workers.forEach((worker) => {
    worker.epoch++;
    worker.remainingUs = -1;
    const entry = worker.entry;
    if (!entry) return;
    worker.entry = null;
    const id = entry.info?.id ?? -1;
    ctx.trace.record(state.nowUs, 'process-abort', id, node, dropReasonCode(reason));
    if (!entry.info) return;
    setPhase(ctx, entry.info, 'request refused');
    reset(entry.info);
  });
  const waiting: QueueEntry[] = server.queue;
  server.queue = [];
  for (const entry of waiting) {
    if (!entry.info) {
      ctx.trace.record(state.nowUs, 'process-abort', -1, node, dropReasonCode(reason));
      continue;
    }
    dropAtNode(ctx, entry.info, reason, node);
    reset(entry.info);
  }
  const held = server.heldChecks;
  server.heldChecks = [];
  for (const info of held) {
    dropAtNode(ctx, info, reason, node);
    reset(info);
  }
}

/** Overload: jobs from outside the drawing arrive at a fixed interval. */
export function onJobArrival(ctx: SimContext, node: number, epoch: number): void {
  const { state } = ctx;
  const server = state.nodes[node]!;
  if (epoch !== server.overloadEpoch || !server.overload) return;
  const up = server.process === 'running' || server.process === 'paused';
  if (up && hasRoom(ctx, node)) {
    server.queue.push({ info: null, sinceUs: state.nowUs });
    ctx.trace.record(state.nowUs, 'job-arrive', node, server.queue.length);
    if (server.process === 'running') startWork(ctx, node);
  } else {
    ctx.trace.record(state.nowUs, 'job-drop', node);
  }
  schedule(ctx, state.nowUs + server.overload.intervalUs, EventKind.jobArrival, node, epoch);
}

export function startOverload(
  ctx: SimContext,
  node: number,
  overload: { intervalUs: number; serviceUs?: number; queueCapacity?: number; durationUs?: number },
): void {
  const { state } = ctx;
  const server = state.nodes[node]!;
  const epoch = ++server.overloadEpoch;
  const untilUs = overload.durationUs === undefined ? -1 : state.nowUs + overload.durationUs;
  server.overload = {
    intervalUs: overload.intervalUs,
    serviceUs: overload.serviceUs ?? -1,
    queueCapacity: overload.queueCapacity ?? -1,
    untilUs,
  };
  ctx.trace.record(state.nowUs, 'overload-state', node, 1);
  schedule(ctx, state.nowUs, EventKind.jobArrival, node, epoch);
  if (untilUs >= 0) schedule(ctx, untilUs, EventKind.overloadEnd, node, epoch);
}

export function stopOverload(ctx: SimContext, node: number): void {
  const server = ctx.state.nodes[node]!;
  if (!server.overload) return;
  server.overload = null;
  server.overloadEpoch++;
  ctx.trace.record(ctx.state.nowUs, 'overload-state', node, 0);
}

export function onOverloadEnd(ctx: SimContext, node: number, epoch: number): void {
  if (epoch === ctx.state.nodes[node]!.overloadEpoch) stopOverload(ctx, node);
}
