/**
 * Process and machine states: running; paused (messages wait, timers do not fire, work resumes
 * where it stopped); crashed with the operating system up; machine off (silence); restarting.
 */

import { forwards } from '../scenario/types.ts';
import { EventKind, schedule, type SimContext } from './context.ts';
import { flushOutgoing, sendMessage } from './network.ts';
import { atReplica, bootReplica, resumeReplica } from './replication.ts';
import { abandonWork, answerHeldChecks, startWork, stopOverload } from './server.ts';
import { processStateCode, type DropReason, type ProcessState } from './vocabulary.ts';

function setProcess(ctx: SimContext, node: number, process: ProcessState): void {
  ctx.state.nodes[node]!.process = process;
  ctx.trace.record(ctx.state.nowUs, 'node-state', node, processStateCode(process));
}

/** Freeze a running process. Its workers keep what is left of their work. */
export function pause(ctx: SimContext, node: number, durationUs?: number): void {
  const { state } = ctx;
  const server = state.nodes[node]!;
  for (const worker of server.workers) {
    if (!worker.entry) continue;
    worker.remainingUs = worker.doneAtUs - state.nowUs;
    worker.epoch++;
  }
  server.pauseEpoch++;
  server.pausedAtUs = state.nowUs;
  server.pausedUntilUs = durationUs === undefined ? -1 : state.nowUs + durationUs;
  setProcess(ctx, node, 'paused');
  if (durationUs !== undefined) {
    schedule(ctx, state.nowUs + durationUs, EventKind.autoResume, node, server.pauseEpoch);
  }
}

/** Thaw a paused process: work goes on from where it stopped, then the queue is served. */
export function resume(ctx: SimContext, node: number): void {
  const { state } = ctx;
  const server = state.nodes[node]!;
  server.pauseEpoch++;
  server.pausedAtUs = -1;
  server.pausedUntilUs = -1;
  setProcess(ctx, node, 'running');
  server.workers.forEach((worker, w) => {
    if (!worker.entry) return;
    worker.doneAtUs = state.nowUs + worker.remainingUs;
    worker.remainingUs = -1;
    schedule(ctx, worker.doneAtUs, EventKind.serviceDone, node, w, worker.epoch);
  });
  startWork(ctx, node);
  // A replica first does what fell due while it slept, then reads what came meanwhile.
  resumeReplica(ctx, node);
  if (ctx.world.kinds[node] === 'replica') {
    const held = server.heldChecks;
    server.heldChecks = [];
    for (const info of held) atReplica(ctx, info, node);
  } else {
    answerHeldChecks(ctx, node);
  }
}

export function onAutoResume(ctx: SimContext, node: number, pauseEpoch: number): void {
  const server = ctx.state.nodes[node]!;
  if (server.process === 'paused' && server.pauseEpoch === pauseEpoch) resume(ctx, node);
}

/** The process goes away: its timers are forgotten and what it held in memory is lost. */
function endProcess(ctx: SimContext, node: number, reason: DropReason): void {
  const server = ctx.state.nodes[node]!;
  server.epoch++;
  server.pauseEpoch++;
  server.pausedAtUs = -1;
  server.pausedUntilUs = -1;
  abandonWork(ctx, node, reason);
}

/** The process dies; the machine and its operating system stay up. */
export function crash(ctx: SimContext, node: number): void {
  endProcess(ctx, node, 'process crashed');
  setProcess(ctx, node, 'crashed');
  notifyCrash(ctx, node);
}

/** Bytes of a crash notice: a small message from a script on the machine. */
const NOTICE_BYTES = 100;

/**
 * A script on the machine, which outlives the process, tells every load balancer that sends it
 * requests, or every other replica (concepts.md C1: HBase does this), so they need not wait for
 * failed health checks or an election timeout.
 */
function notifyCrash(ctx: SimContext, node: number): void {
  const definition = ctx.world.nodes[node]!;
  if (definition.kind === 'replica' && definition.notifyOnCrash) {
    ctx.world.kinds.forEach((kind, peer) => {
      if (kind === 'replica' && peer !== node) sendNotice(ctx, node, peer);
    });
    return;
  }
  if (definition.kind !== 'server' || !definition.notifyOnCrash) return;
  ctx.world.backends.forEach((backends, balancer) => {
    if (backends.includes(node)) sendNotice(ctx, node, balancer);
  });
}

function sendNotice(ctx: SimContext, from: number, to: number): void {
  sendMessage(ctx, {
    id: ctx.state.nextMessageId++,
    kind: 'notice',
    request: 0,
    attempt: 0,
    source: from,
    target: to,
    bytes: NOTICE_BYTES,
    sentAtUs: ctx.state.nowUs,
  });
}

/** The whole machine goes silent, with what waited in its outgoing queues. */
export function powerOff(ctx: SimContext, node: number): void {
  endProcess(ctx, node, 'machine off');
  flushOutgoing(ctx, node, 'machine off');
  setProcess(ctx, node, 'off');
}

/** Start the process again (killing it first if it runs); it takes the server's restart time. */
export function restart(ctx: SimContext, node: number): void {
  const { state, world } = ctx;
  const current = state.nodes[node]!.process;
  if (current === 'running' || current === 'paused') endProcess(ctx, node, 'process crashed');
  else state.nodes[node]!.epoch++;
  // A switch or router restarts as a whole machine and loses its buffers; a server restarts its
  // process and its operating system keeps sending what it was given.
  if (forwards(world.kinds[node]!) && current !== 'off') flushOutgoing(ctx, node, 'restarting');
  stopOverload(ctx, node);
  setProcess(ctx, node, 'restarting');
  const definition = world.nodes[node]!;
  const bootUs = definition.kind === 'server' ? definition.restartUs : 0;
  schedule(ctx, state.nowUs + bootUs, EventKind.bootDone, node, state.nodes[node]!.epoch);
}

export function onBootDone(ctx: SimContext, node: number, epoch: number): void {
  const server = ctx.state.nodes[node]!;
  if (server.process !== 'restarting' || server.epoch !== epoch) return;
  setProcess(ctx, node, 'running');
  bootReplica(ctx, node);
}
