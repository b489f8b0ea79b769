/**
 * Messages on cables. Each direction of a cable is its own FIFO link: a bounded queue at the
 * sending end, one message transmitted at a time at the direction's bandwidth, then a
 * propagation delay (latency ± jitter) during which the message may be lost. Switches pass
 * messages on along the shortest path.
 */

import { forwards, type LinkParams } from '../scenario/types.ts';
import { EventKind, schedule, type SimContext } from './context.ts';
import { chance, uniformInt } from './prng.ts';
import { noteMessageDropped, receiveResponse } from './requests.ts';
import { atBalancer } from './balancer.ts';
import { answerTime, onTimeAnswer } from './clocks.ts';
import { atReplica, storeWrite } from './replication.ts';
import { acceptCheck, acceptControl, acceptRequest } from './server.ts';
import { writableRequest } from './records.ts';
import { isSignal, receiveSignal, sendSignal } from './signals.ts';
import type { MessageInfo } from './state.ts';
import { dropReasonCode, type DropReason } from './vocabulary.ts';

/**
 * Put a new message into the network at its source. `said` records what the trace should say
 * of it between its send and its first step (a transport's `retransmit`).
 */
export function sendMessage(ctx: SimContext, info: MessageInfo, said?: () => void): void {
  ctx.state.messages.set(info.id, info);
  ctx.trace.noteMessage(info);
  ctx.trace.record(ctx.state.nowUs, 'send', info.id, info.source);
  said?.();
  forward(ctx, info, info.source);
}

/** The message is at `node`: hand it over there, or send it on towards its target. */
function forward(ctx: SimContext, info: MessageInfo, node: number): void {
  if (node === info.target) {
    const kind = ctx.world.kinds[node];
    if (info.kind === 'ntp-reply') return onTimeAnswer(ctx, info, node);
    if (info.kind === 'ntp') return acceptControl(ctx, info, node, answerTime);
    if (kind === 'balancer') atBalancer(ctx, info, node);
    else if (kind === 'replica') acceptControl(ctx, info, node, atReplica);
    else if (info.kind === 'request') acceptRequest(ctx, info, node);
    else if (info.kind === 'check') acceptCheck(ctx, info, node);
    else if (info.kind === 'write') acceptControl(ctx, info, node, storeWrite);
    else if (isSignal(info.kind)) receiveSignal(ctx, info);
    else receiveResponse(ctx, info);
    return;
  }
  const direction = ctx.world.routes[node * ctx.world.nodes.length + info.target]!;
  const routeDown = direction < 0 || !ctx.state.directions[direction]!.up;
  if (routeDown && ctx.world.kinds[node] === 'router') {
    unreachable(ctx, info, node, direction < 0 ? 'no route' : 'route down');
    return;
  }
  if (direction < 0) {
    dropAtNode(ctx, info, 'no route', node);
    return;
  }
  enqueue(ctx, info, direction);
}

/**
 * A router knows when its own link towards the destination is down (or it has no route at all):
 * it drops the message and, for a request, tells the sender with an ICMP destination unreachable.
 * A switch knows nothing of routes and drops in silence.
 */
function unreachable(ctx: SimContext, info: MessageInfo, node: number, reason: DropReason): void {
  dropAtNode(ctx, info, reason, node);
  if (info.kind === 'request') sendSignal(ctx, info, 'unreachable', node);
}

function enqueue(ctx: SimContext, info: MessageInfo, direction: number): void {
  const dir = ctx.state.directions[direction]!;
  if (!dir.up) {
    dropInCable(ctx, info, 'cable cut', direction);
    return;
  }
  if (ctx.world.directions[direction]!.circuitSlots > 0) return onCircuit(ctx, info, direction);
  if (dir.queue.length >= dir.params.queueCapacity) {
    dropInCable(ctx, info, 'cable queue full', direction);
    return;
  }
  dir.queue.push(info.id);
  ctx.trace.record(ctx.state.nowUs, 'link-enqueue', info.id, direction, dir.queue.length);
  if (dir.sending < 0) startTransmission(ctx, direction);
}

function startTransmission(ctx: SimContext, direction: number): void {
  const dir = ctx.state.directions[direction]!;
  const id = dir.queue.shift()!;
  const info = ctx.state.messages.get(id)!;
  dir.sending = id;
  ctx.trace.record(ctx.state.nowUs, 'transmit', id, direction);
  const transmitUs = Math.ceil((info.bytes * 8) / dir.params.bandwidthMbps);
  dir.sendingSinceUs = ctx.state.nowUs;
  dir.sendingUntilUs = ctx.state.nowUs + transmitUs;
  schedule(ctx, dir.sendingUntilUs, EventKind.transmitted, direction, dir.sendEpoch);
}

/** The message being transmitted is now wholly on the wire. */
export function onTransmitted(ctx: SimContext, direction: number, epoch: number): void {
  const dir = ctx.state.directions[direction]!;
  if (epoch !== dir.sendEpoch) return;
  const id = dir.sending;
  dir.sending = -1;
  const now = ctx.state.nowUs;
  const rng = ctx.state.rng.network;
  const { latencyUs, jitterUs, lossPercent } = dir.params;
  const lost = lossPercent > 0 && chance(rng, lossPercent / 100);
  const delayUs = Math.max(
    0,
    latencyUs + (jitterUs > 0 ? uniformInt(rng, -jitterUs, jitterUs) : 0),
  );
  if (lost) {
    // A lost message dies halfway along the cable, where the drawing shows it vanish.
    const diesUs = now + Math.floor(delayUs / 2);
    dir.inFlight.push({ id, departUs: now, arriveUs: diesUs, lost: true });
    schedule(ctx, diesUs, EventKind.lost, id, direction, dir.wireEpoch);
  } else {
    const arrivalUs = Math.max(now + delayUs, dir.lastArrivalUs);
    dir.lastArrivalUs = arrivalUs;
    dir.inFlight.push({ id, departUs: now, arriveUs: arrivalUs, lost: false });
    schedule(ctx, arrivalUs, EventKind.arrive, id, direction, dir.wireEpoch);
  }
  if (dir.queue.length > 0) startTransmission(ctx, direction);
}

function leaveWire(ctx: SimContext, direction: number, id: number): void {
  const inFlight = ctx.state.directions[direction]!.inFlight;
  inFlight.splice(
    inFlight.findIndex((m) => m.id === id),
    1,
  );
}

/**
 * A circuit: a free slot carries the message at the slot's share of the bandwidth, then the
 * latency, always the same for the same size; with no free slot the call is refused at once,
 * and for a request the network says so (a busy signal) instead of queueing it.
 */
function onCircuit(ctx: SimContext, info: MessageInfo, direction: number): void {
  const dir = ctx.state.directions[direction]!;
  const slots = ctx.world.directions[direction]!.circuitSlots;
  const { from, to } = ctx.world.directions[direction]!;
  if (!holdsCircuit(ctx, info, direction)) {
    dropAtNode(ctx, info, 'no free circuit', from);
    // The exchange gives the busy signal: the switch at the caller's end of the cable, or the
    // one at its far end when the caller's own line is full.
    const exchange = from === info.source ? to : from;
    if (info.kind === 'request') sendSignal(ctx, info, 'refused', exchange);
    return;
  }
  const now = ctx.state.nowUs;
  ctx.trace.record(now, 'link-enqueue', info.id, direction, 0);
  ctx.trace.record(now, 'transmit', info.id, direction);
  const arriveUs = now + circuitDelayUs(info.bytes, dir.params, slots);
  dir.inFlight.push({ id: info.id, departUs: now, arriveUs, lost: false });
  schedule(ctx, arriveUs, EventKind.arrive, info.id, direction, dir.wireEpoch);
}

/**
 * A request places a call: it takes a slot on the cable for its attempt, and the answer comes
 * back on the same slot; the attempt hangs up when it ends (see requests.ts). An answer whose
 * call has ended, and any message when every slot is taken, has no circuit. Control messages
 * and signals (a busy signal) ride a signalling channel of their own and never need one.
 */
function holdsCircuit(ctx: SimContext, info: MessageInfo, direction: number): boolean {
  if (info.request === 0 || isSignal(info.kind)) return true;
  const cable = direction >> 1;
  const attempt = writableRequest(ctx, info.request).attempts[info.attempt]!;
  if (attempt.circuits.includes(cable)) return true;
  const calls = ctx.state.directions[2 * cable]!;
  const slots = ctx.world.directions[direction]!.circuitSlots;
  if (info.kind !== 'request' || attempt.status !== 'outstanding' || calls.slotsBusy >= slots) {
    return false;
  }
  calls.slotsBusy++;
  attempt.circuits.push(cable);
  return true;
}

/** A circuit's delay for a message: its size at one slot's rate, plus the latency. Its bound. */
export const circuitDelayUs = (bytes: number, params: LinkParams, slots: number): number =>
  Math.ceil((bytes * 8 * slots) / params.bandwidthMbps) + params.latencyUs;

export function onArrive(ctx: SimContext, id: number, direction: number, epoch: number): void {
  if (epoch !== ctx.state.directions[direction]!.wireEpoch) return;
  leaveWire(ctx, direction, id);
  const info = ctx.state.messages.get(id)!;
  const node = ctx.world.directions[direction]!.to;
  const process = ctx.state.nodes[node]!.process;
  if (process === 'off') {
    dropAtNode(ctx, info, 'machine off', node);
    return;
  }
  // A switch or router that is booting passes nothing on (a server's machine is up; see server.ts).
  if (process === 'restarting' && forwards(ctx.world.kinds[node]!)) {
    dropAtNode(ctx, info, 'restarting', node);
    return;
  }
  ctx.trace.record(ctx.state.nowUs, 'arrive', id, node);
  forward(ctx, info, node);
}

export function onLost(ctx: SimContext, id: number, direction: number, epoch: number): void {
  if (epoch !== ctx.state.directions[direction]!.wireEpoch) return;
  leaveWire(ctx, direction, id);
  dropInCable(ctx, ctx.state.messages.get(id)!, 'loss', direction);
}

export function dropInCable(
  ctx: SimContext,
  info: MessageInfo,
  reason: DropReason,
  direction: number,
): void {
  ctx.state.messages.delete(info.id);
  ctx.trace.record(ctx.state.nowUs, 'drop-in-cable', info.id, dropReasonCode(reason), direction);
  noteMessageDropped(ctx, info, false);
}

export function dropAtNode(
  ctx: SimContext,
  info: MessageInfo,
  reason: DropReason,
  node: number,
): void {
  ctx.state.messages.delete(info.id);
  ctx.trace.record(ctx.state.nowUs, 'drop-at-node', info.id, dropReasonCode(reason), node);
  // A request that reached its server's machine but found no process to take it was refused:
  // the remote crashed. Anywhere else, or for want of room, it was lost.
  const refused =
    node === info.target &&
    (reason === 'process crashed' || reason === 'restarting' || reason === 'machine off');
  noteMessageDropped(ctx, info, refused);
}

/**
 * Drop what waits and what is being transmitted in one direction, and with `wireToo` what is
 * on the wire. Bumping an epoch makes the pending events of the dropped messages stale.
 */
function flushDirection(
  ctx: SimContext,
  direction: number,
  reason: DropReason,
  wireToo: boolean,
): void {
  const dir = ctx.state.directions[direction]!;
  const doomed = dir.sending >= 0 ? [dir.sending, ...dir.queue] : dir.queue.slice();
  dir.sendEpoch++;
  dir.sending = -1;
  dir.queue = [];
  if (wireToo) {
    doomed.push(...dir.inFlight.map((m) => m.id));
    dir.wireEpoch++;
    dir.inFlight = [];
    dir.lastArrivalUs = 0;
  }
  for (const id of doomed) dropInCable(ctx, ctx.state.messages.get(id)!, reason, direction);
}

export function cutDirection(ctx: SimContext, direction: number): void {
  const dir = ctx.state.directions[direction]!;
  if (!dir.up) return;
  dir.up = false;
  ctx.trace.record(ctx.state.nowUs, 'cable-state', direction, 1);
  flushDirection(ctx, direction, 'cable cut', true);
}

/** Back up, with the cable's own parameters. */
export function restoreDirection(ctx: SimContext, direction: number): void {
  const dir = ctx.state.directions[direction]!;
  dir.up = true;
  dir.degraded = false;
  dir.params = { ...ctx.world.directions[direction]!.base };
  ctx.trace.record(ctx.state.nowUs, 'cable-state', direction, 0);
}

export function degradeDirection(
  ctx: SimContext,
  direction: number,
  change: Partial<Omit<LinkParams, 'queueCapacity'>>,
): void {
  const dir = ctx.state.directions[direction]!;
  dir.params = { ...dir.params, ...change };
  dir.degraded = true;
  if (dir.up) ctx.trace.record(ctx.state.nowUs, 'cable-state', direction, 2);
}

/** A machine lost power or rebooted: what waits in its outgoing queues dies with it. */
export function flushOutgoing(ctx: SimContext, node: number, reason: DropReason): void {
  ctx.world.directions.forEach((d, direction) => {
    if (d.from === node) flushDirection(ctx, direction, reason, false);
  });
}
