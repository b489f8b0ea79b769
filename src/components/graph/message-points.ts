/**
 * Where every message is drawn this frame, at its true virtual-time position: on the wire at
 * its fraction of the lane, being transmitted at the lane's start, waiting in a column at the
 * sending end, waiting or in service at a server. Written into buffers that are reused from
 * frame to frame (they grow, never shrink), so a busy frame allocates nothing.
 */

import type { MessageInfo, SimState } from '../../sim/index.ts';
import { wireFraction } from './geometry.ts';
import { MessagePoints } from './message-buffers.ts';
import { NODE_LAYOUTS } from './node-layout.ts';
import { LANE_STRIDE, type GraphScene } from './scene.ts';

export { MessagePoints };

export const REQUEST = 0;
export const RESPONSE = 1;
/** Work from an overload, from outside the drawing: not a message, but it waits in the queue. */
export const JOB = 2;
/**
 * A signal the network sends back about a request (an RST from the server machine's operating
 * system, an ICMP destination unreachable from a router): the network saying no.
 */
export const SIGNAL = 3;
/**
 * Control traffic that belongs to no request (concepts.md C2, C3): a replica's heartbeat or a
 * load balancer's health check, and their answers. Routine and frequent: small muted dots.
 */
export const CONTROL = 4;
/** A replica's write to its storage, or the storage's acknowledgement: a small square. */
export const WRITE = 5;
/** A storage refusing a write with an old fencing token (concepts.md G7): the storage says no. */
export const REFUSAL = 6;
/** How many codes there are (each a bit in `MessagePoints.present`). */
export const KIND_COUNT = 7;

/** Waiting messages shown in a column before the rest are counted as "+N". */
export const QUEUE_SHOWN = 4;
/** Waiting work shown in a server's row before "+N". */
export const SERVER_QUEUE_SHOWN = 5;
/** How far before a cut's gap (world units at glyph scale 1) a message killed by it is marked. */
const CUT_MARK_BACK = 22;

/** The part of the simulation's state this module reads. */
export type MessageState = Pick<SimState, 'directions' | 'messages' | 'nodes'>;

/** The drawing's code for a kind of message. */
export function kindCode(kind: MessageInfo['kind']): number {
  switch (kind) {
    case 'request':
      return REQUEST;
    case 'response':
      return RESPONSE;
    case 'refused':
    case 'reset':
    case 'unreachable':
      return SIGNAL;
    case 'heartbeat':
    case 'stale':
    case 'vote-request':
    case 'vote':
    case 'check':
    case 'check-ok':
    case 'ntp':
    case 'ntp-reply':
      return CONTROL;
    case 'write':
    case 'write-ok':
      return WRITE;
    case 'write-refused':
      return REFUSAL;
    case 'notice':
      // A crash notice is rare news, not chatter: it stays as bold as a request.
      return REQUEST;
  }
}

/** A message the state no longer knows (it just ended) is drawn as a request, as before. */
const kindOf = (info: MessageInfo | undefined): number =>
  info === undefined ? REQUEST : kindCode(info.kind);

/** Fill `out` with every message of `state` at `nowUs`; `highlight` is a request id or -1. */
export function collectMessages(
  scene: GraphScene,
  state: MessageState,
  nowUs: number,
  highlight: number,
  out: MessagePoints,
): void {
  out.clear();
  const directions = Math.min(scene.directionCount, state.directions.length);
  for (let d = 0; d < directions; d++) collectDirection(scene, state, d, nowUs, highlight, out);
  const nodes = Math.min(scene.nodeCount, state.nodes.length);
  for (let i = 0; i < nodes; i++) {
    if (scene.kinds[i] === 'server') collectServer(scene, state, i, highlight, out);
  }
}

function collectDirection(
  scene: GraphScene,
  state: MessageState,
  d: number,
  nowUs: number,
  highlight: number,
  out: MessagePoints,
): void {
  const dir = state.directions[d]!;
  const o = d * LANE_STRIDE;
  const l = scene.lanes;
  const x0 = l[o]!;
  const y0 = l[o + 1]!;
  const dx = l[o + 2]! - x0;
  const dy = l[o + 3]! - y0;
  const wire = dir.inFlight;
  for (let m = 0; m < wire.length; m++) {
    const w = wire[m]!;
    const f = wireFraction(nowUs, w.departUs, w.arriveUs, w.lost);
    const info = state.messages.get(w.id);
    out.add(x0 + dx * f, y0 + dy * f, kindOf(info), info?.request === highlight);
  }
  if (dir.sending >= 0) {
    const info = state.messages.get(dir.sending);
    out.add(x0, y0, kindOf(info), info?.request === highlight);
  }
  const queue = dir.queue;
  if (queue.length === 0) return;
  // The waiting column stands at the sending end, stepping away from the other lane.
  const step = scene.queueSpacing * scene.glyphScale;
  const nx = l[o + 4]! * step;
  const ny = l[o + 5]! * step;
  let shown = queue.length > QUEUE_SHOWN ? QUEUE_SHOWN - 1 : queue.length;
  let gap = 0;
  for (let q = 0; q < shown; q++) {
    const info = state.messages.get(queue[q]!);
    out.add(x0 + nx * (q + 1), y0 + ny * (q + 1), kindOf(info), info?.request === highlight);
  }
  // The highlighted request stays in sight even deep in a long queue: it takes the next place.
  for (let q = shown; q < queue.length && highlight >= 0; q++) {
    const info = state.messages.get(queue[q]!);
    if (info?.request !== highlight) continue;
    shown++;
    out.add(x0 + nx * shown, y0 + ny * shown, kindOf(info), true);
    // Its ring is wider than a place: the count stands one place further out.
    gap = 1;
    break;
  }
  if (shown < queue.length) {
    const slot = shown + 1 + gap;
    out.addMore(x0 + nx * slot, y0 + ny * slot, queue.length - shown);
  }
}

/** A server's waiting work in a row by its queue bar; work in service inside its rack rows. */
function collectServer(
  scene: GraphScene,
  state: MessageState,
  i: number,
  highlight: number,
  out: MessagePoints,
): void {
  const s = scene.glyphScale;
  const cx = scene.nodeX[i]!;
  const cy = scene.nodeY[i]!;
  const node = state.nodes[i]!;
  for (let w = 0; w < node.workers.length && w < 6; w++) {
    const entry = node.workers[w]!.entry;
    if (!entry) continue;
    const row = w % 3;
    const x = cx + (-6 - 10 * Math.floor(w / 3)) * s;
    const y = cy + (row - 1) * 14 * s;
    out.add(x, y, entry.info ? REQUEST : JOB, entry.info?.request === highlight);
  }
  const queue = node.queue;
  if (queue.length === 0) return;
  const layout = NODE_LAYOUTS[scene.placement];
  const left = cx + layout.waitingX * s;
  const y = cy + layout.waitingY * s;
  const step = scene.queueSpacing * s;
  let shown = queue.length > SERVER_QUEUE_SHOWN ? SERVER_QUEUE_SHOWN - 1 : queue.length;
  let gap = 0;
  for (let q = 0; q < shown; q++) {
    const info = queue[q]!.info;
    out.add(left + q * step, y, info ? REQUEST : JOB, info?.request === highlight);
  }
  for (let q = shown; q < queue.length && highlight >= 0; q++) {
    if (queue[q]!.info?.request !== highlight) continue;
    out.add(left + shown * step, y, REQUEST, true);
    shown++;
    gap = 1;
    break;
  }
  if (shown < queue.length) out.addMore(left + (shown + gap) * step, y, queue.length - shown);
}

/** Where a message died, for its mark: on its lane (halfway, or at the queue) or at a node. */
export function dropPoint(
  scene: GraphScene,
  flash: { direction?: number; node?: string; reason: string },
  nodeIndex: ReadonlyMap<string, number>,
  out: { x: number; y: number },
): boolean {
  const s = scene.glyphScale;
  if (flash.direction !== undefined && flash.direction < scene.directionCount) {
    const o = flash.direction * LANE_STRIDE;
    const l = scene.lanes;
    if (flash.reason === 'cable queue full') {
      // Turned away at the sending end, where the waiting column stands.
      out.x = l[o]! + l[o + 4]! * scene.queueSpacing * s;
      out.y = l[o + 1]! + l[o + 5]! * scene.queueSpacing * s;
    } else {
      // Lost on the wire dies halfway (see wireFraction). A cut kills at the cut, which is drawn
      // halfway as a gap with a cross: the mark stands just before the gap, not on its cross.
      const before = flash.reason === 'cable cut' ? CUT_MARK_BACK * s : 0;
      const dx = l[o + 2]! - l[o]!;
      const dy = l[o + 3]! - l[o + 1]!;
      const length = Math.hypot(dx, dy) || 1;
      out.x = l[o]! + dx / 2 - (dx / length) * before;
      out.y = l[o + 1]! + dy / 2 - (dy / length) * before;
    }
    return true;
  }
  const i = flash.node === undefined ? undefined : nodeIndex.get(flash.node);
  if (i === undefined || i >= scene.nodeCount) return false;
  // At the glyph's upper left corner: the upper right holds the state badge.
  out.x = scene.nodeX[i]! - 24 * s;
  out.y = scene.nodeY[i]! - 20 * s;
  return true;
}
