/**
 * A load balancer (concepts.md C2): it passes each client request on to the next backend in
 * rotation and the answer back, and decides who is in rotation from health checks alone. It
 * cannot see a backend's state: a crashed server stays in rotation until enough checks have
 * failed, and the requests sent to it meanwhile are lost; a slow server that still answers its
 * checks stays in rotation (a gray failure).
 */

import { EventKind, schedule, type SimContext } from './context.ts';
import { dropAtNode, sendMessage } from './network.ts';
import { writableRequest } from './records.ts';
import { isSignal, sendSignal } from './signals.ts';
import type { MessageInfo } from './state.ts';

/** A health check and its answer: a small HTTP request to /health and its 200. */
const CHECK_BYTES = 100;

/** Start checking every backend of every balancer now, and polling the links of those asked. */
export function startBalancers(ctx: SimContext): void {
  ctx.world.backends.forEach((backends, node) => {
    backends.forEach((_, slot) =>
      schedule(ctx, ctx.state.nowUs, EventKind.healthCheck, node, slot),
    );
    const definition = ctx.world.nodes[node]!;
    if (definition.kind === 'balancer' && definition.linkMonitorUs !== undefined) {
      schedule(ctx, ctx.state.nowUs + definition.linkMonitorUs, EventKind.linkPoll, node);
    }
  });
}

/**
 * Whether a backend's link is up, as a switch's management interface reports its port: the
 * cable to the switch is whole in both directions, and the machine at the end has power.
 * (A crashed process leaves the link up: the monitor cannot see it.)
 */
function linkUp(ctx: SimContext, backend: number): boolean {
  if (ctx.state.nodes[backend]!.process === 'off') return false;
  return ctx.world.directions.every((d, i) => {
    const touches = d.from === backend || d.to === backend;
    return !touches || ctx.state.directions[i]!.up;
  });
}

/** The link monitor polls the switches (over a management network of its own). */
export function onLinkPoll(ctx: SimContext, node: number): void {
  const definition = ctx.world.nodes[node]!;
  if (definition.kind !== 'balancer' || definition.linkMonitorUs === undefined) return;
  schedule(ctx, ctx.state.nowUs + definition.linkMonitorUs, EventKind.linkPoll, node);
  if (ctx.state.nodes[node]!.process !== 'running') return;
  const backends = ctx.world.backends[node]!;
  const down = backends.filter((b) => !linkUp(ctx, b));
  const balancer = ctx.state.nodes[node]!.balancer!;
  balancer.lastPollUs = ctx.state.nowUs;
  balancer.linksDown = down.length;
  ctx.trace.record(ctx.state.nowUs, 'link-poll', node, down.length);
  backends.forEach((backend, slot) => {
    if (linkUp(ctx, backend) || !ctx.state.nodes[node]!.balancer!.backends[slot]!.inRotation)
      return;
    ctx.trace.record(ctx.state.nowUs, 'link-down', node, backend);
    takeOut(ctx, node, slot, 'notice');
  });
}

/** A message addressed to the balancer itself arrived. */
export function atBalancer(ctx: SimContext, info: MessageInfo, node: number): void {
  if (info.kind === 'request') return passOn(ctx, info, node);
  deliver(ctx, info, node);
  if (info.request === 0) return controlAtBalancer(ctx, info, node);
  const request = writableRequest(ctx, info.request);
  const attempt = request.attempts[info.attempt]!;
  // The backend's answer, or its operating system's RST: back to the client.
  if (isSignal(info.kind)) return sendSignal(ctx, info, info.kind, node, request.client);
  const response: MessageInfo = { ...info, id: ctx.state.nextMessageId++, source: node };
  response.target = request.client;
  response.sentAtUs = ctx.state.nowUs;
  attempt.responseMessage = response.id;
  sendMessage(ctx, response);
}

/** Round robin over the backends in rotation; with none, refuse at once (as a 503 would). */
function passOn(ctx: SimContext, info: MessageInfo, node: number): void {
  const balancer = ctx.state.nodes[node]!.balancer!;
  const backends = ctx.world.backends[node]!;
  for (let i = 0; i < backends.length; i++) {
    const slot = (balancer.next + i) % backends.length;
    if (!balancer.backends[slot]!.inRotation) continue;
    balancer.next = (slot + 1) % backends.length;
    deliver(ctx, info, node);
    const attempt = writableRequest(ctx, info.request).attempts[info.attempt]!;
    const forwarded: MessageInfo = { ...info, id: ctx.state.nextMessageId++, source: node };
    forwarded.target = backends[slot]!;
    forwarded.sentAtUs = ctx.state.nowUs;
    attempt.requestMessage = forwarded.id;
    attempt.backend = backends[slot]!;
    sendMessage(ctx, forwarded);
    return;
  }
  // The balancer has nowhere to send it, and says so at once.
  dropAtNode(ctx, info, 'no backend in rotation', node);
  sendSignal(ctx, info, 'refused', node);
}

/** The balancer's own software has the message: it ends here (a new one goes on). */
function deliver(ctx: SimContext, info: MessageInfo, node: number): void {
  ctx.state.messages.delete(info.id);
  ctx.trace.record(ctx.state.nowUs, 'deliver', info.id, node);
}

function controlAtBalancer(ctx: SimContext, info: MessageInfo, node: number): void {
  const slot = ctx.world.backends[node]!.indexOf(info.source);
  const health = ctx.state.nodes[node]!.balancer!.backends[slot];
  if (!health) return;
  if (info.kind === 'notice') return takeOut(ctx, node, slot, 'notice');
  // A check's answer or its refusal counts only for the check awaited; a late one is ignored.
  if (info.attempt !== health.checkSeq) return;
  health.checkSeq = -1;
  checkResult(ctx, node, slot, info.kind === 'check-ok');
}

export function onHealthCheck(ctx: SimContext, node: number, slot: number): void {
  const { state } = ctx;
  const balancer = state.nodes[node]!.balancer!;
  const definition = ctx.world.nodes[node]!;
  if (definition.kind !== 'balancer') return;
  schedule(ctx, state.nowUs + definition.checkIntervalUs, EventKind.healthCheck, node, slot);
  // A balancer that is off or booting checks nothing.
  if (state.nodes[node]!.process !== 'running') return;
  const health = balancer.backends[slot]!;
  // A check still unanswered when the next is due has failed.
  if (health.checkSeq >= 0) checkResult(ctx, node, slot, false);
  health.checkSeq = ++balancer.checks;
  sendMessage(ctx, {
    id: state.nextMessageId++,
    kind: 'check',
    request: 0,
    attempt: health.checkSeq,
    source: node,
    target: ctx.world.backends[node]![slot]!,
    bytes: CHECK_BYTES,
    sentAtUs: state.nowUs,
  });
  schedule(
    ctx,
    state.nowUs + definition.checkTimeoutUs,
    EventKind.checkTimeout,
    node,
    slot,
    health.checkSeq,
  );
}

export function onCheckTimeout(ctx: SimContext, node: number, slot: number, seq: number): void {
  const health = ctx.state.nodes[node]!.balancer!.backends[slot]!;
  if (health.checkSeq !== seq) return;
  health.checkSeq = -1;
  checkResult(ctx, node, slot, false);
}

function checkResult(ctx: SimContext, node: number, slot: number, passed: boolean): void {
  const definition = ctx.world.nodes[node]!;
  if (definition.kind !== 'balancer') return;
  const health = ctx.state.nodes[node]!.balancer!.backends[slot]!;
  const backend = ctx.world.backends[node]![slot]!;
  ctx.trace.record(ctx.state.nowUs, 'check', node, backend, passed ? 1 : 0);
  if (passed) {
    health.failStreak = 0;
    health.okStreak++;
    if (!health.inRotation && health.okStreak >= definition.healthyAfter) {
      health.inRotation = true;
      ctx.trace.record(ctx.state.nowUs, 'rotation', node, backend, 1);
    }
    return;
  }
  health.okStreak = 0;
  health.failStreak++;
  if (health.inRotation && health.failStreak >= definition.unhealthyAfter) {
    takeOut(ctx, node, slot, 'checks');
  }
}

function takeOut(ctx: SimContext, node: number, slot: number, why: 'checks' | 'notice'): void {
  const health = ctx.state.nodes[node]!.balancer!.backends[slot]!;
  if (why === 'notice') health.okStreak = 0;
  if (!health.inRotation) return;
  health.inRotation = false;
  ctx.trace.record(ctx.state.nowUs, 'rotation', node, ctx.world.backends[node]![slot]!, 0);
}
