/**
 * The traffic of no request drawn, under the requests and apart from them (no request's group,
 * nothing to focus): health checks and their answers as thin grey arrows with small heads, a
 * refused check's RST as a thin signal, a check dropped as a small ✕, the checks the balancer
 * counted as failed as a ✕ on its lane, the link monitor's polls as ticks on it, a crash notice as a thick magenta arrow tagged `notice`,
 * and each change of rotation as a bar across the balancer's lane with its words. A replicated
 * service's heartbeats are thinner still, its writes green with their tokens, a storage's
 * refusal a dashed red arrow; its marks are draw-replicas.ts's.
 */

import { arrowLook, headId, lookColor } from './draw-defs.ts';
import { drawCross, FUTURE_OPACITY, SIGNAL_DASH, type FutureOptions } from './draw-requests.ts';
import { drawClockSyncs } from './draw-clocks.ts';
import { drawReplicaMarks } from './draw-replicas.ts';
import { drawText } from './draw-text.ts';
import { round1, TEXT_PX } from './frame.ts';
import type { DiagramPalette } from './palette.ts';
import type { ControlArrow, Point, Scene, SceneLinkPoll, Segment } from './scene.ts';
import { el, type SvgNode } from './svg-node.ts';

/** A check's line, as a share of a request's. */
export const CHECK_WIDTH = 0.75;
/** Dots: a texture of their own among the solid lines of the requests, even where they crowd. */
export const CHECK_DASH = '2 2';
/**
 * A time sync's line: round dots, sparser than a check's dashes, so the two read apart in grey
 * and in print as well as in colour.
 */
export const SYNC_DASH = '0.5 3.5';
/** The attributes that make a line a time sync's dotted one. */
export const SYNC_DOTS = { 'stroke-dasharray': SYNC_DASH, 'stroke-linecap': 'round' } as const;
/** A notice's line: thicker than a request's, to be seen at a glance. */
export const noticeWidthPx = (p: DiagramPalette): number => p.strokePx + 1;
/** A heartbeat's line, as a share of a request's: one every 100 ms to each peer, a texture. */
export const HEARTBEAT_WIDTH = 0.5;

/** How thick a control message's line is drawn. */
export function controlWidthPx(kind: ControlArrow['kind'], p: DiagramPalette): number {
  const look = arrowLook(kind);
  if (look === 'notice') return noticeWidthPx(p);
  if (look === 'heartbeat') return p.strokePx * HEARTBEAT_WIDTH;
  // A write and a refusal are the news; a write's answer is an acknowledgement.
  if (kind === 'write' || look === 'refusal') return p.strokePx;
  return p.strokePx * CHECK_WIDTH;
}

/**
 * Two groups: the messages, drawn under the requests' arrows, and the balancer's verdicts
 * (failed checks, changes of rotation, `notice`), drawn over them so their words stay whole.
 */
export function drawControl(
  scene: Scene,
  p: DiagramPalette,
  options: FutureOptions,
): { messages: SvgNode; marks: SvgNode } {
  const { arrows, waits, drops, checkFailures, rotations, linkPolls, tags } = scene.control;
  const messages: SvgNode[] = [];
  const marks: SvgNode[] = [];
  // What begins after the cursor is the known future: drawn lighter, as a request's marks are.
  const adder = (children: SvgNode[]) => (from: Point, node: SvgNode) => {
    const { futurePx, across } = options;
    const later = futurePx !== null && (across ? from.x : from.y) > futurePx + 0.5;
    children.push(later ? { ...node, attrs: { ...node.attrs, opacity: FUTURE_OPACITY } } : node);
  };
  const [add, mark] = [adder(messages), adder(marks)];
  const start = (line: Segment): Point => ({ x: line.x1, y: line.y1 });
  const thin = p.strokePx * CHECK_WIDTH;
  for (const w of waits) {
    const attrs = { ...w.line, stroke: lookColor(arrowLook(w.kind), p), 'stroke-width': thin + 3 };
    const dash: SvgNode['attrs'] = w.what === 'queue' ? { 'stroke-dasharray': '5 3' } : {};
    add(start(w.line), el('line', { ...attrs, ...dash }, [], w.key));
  }
  for (const a of arrows) add(start(a.line), drawControlArrow(a, p));
  for (const d of drops) add(d.at, drawCross(d.at, d.key, p.danger, thin + 0.8, 4));
  for (const f of checkFailures) {
    mark(f.at, drawCross(f.at, f.key, p.danger, p.strokePx, 5));
    if (f.label)
      mark(f.at, drawText(f.label, p, { fill: p.danger, bold: true, sizePx: TEXT_PX - 1 }));
  }
  // Under the rotation's bar, which a poll that took a backend out shares its moment with.
  for (const poll of linkPolls) mark(poll.at, drawLinkPoll(poll, p));
  for (const t of tags) mark(t.label, drawText(t.label, p, { fill: p.notice, bold: true }));
  for (const r of rotations) {
    const color = r.inRotation ? p.text : p.danger;
    const bar = { ...r.bar, stroke: color, 'stroke-width': p.strokePx + 2 };
    mark(start(r.bar), el('line', bar, [], r.key));
    if (r.label) mark(start(r.bar), drawText(r.label, p, { fill: color, bold: true }));
  }
  drawReplicaMarks(scene.control, p, mark);
  drawClockSyncs(scene.control.clockSyncs, p, mark);
  return {
    messages: el('g', { 'data-part': 'control' }, messages, 'control'),
    marks: el('g', { 'data-part': 'control-marks' }, marks, 'control-marks'),
  };
}

function drawControlArrow(a: ControlArrow, p: DiagramPalette): SvgNode {
  const look = arrowLook(a.kind);
  // A notice is the one control message to see at a glance; checks stay in the background.
  const attrs: SvgNode['attrs'] = {
    ...a.line,
    stroke: lookColor(look, p),
    'stroke-width': controlWidthPx(a.kind, p),
  };
  if (a.end === 'head' || a.end === 'late') attrs['marker-end'] = `url(#${headId(look)})`;
  if (a.end === 'open') attrs['stroke-dasharray'] = '2 3';
  else if (look === 'signal' || look === 'refusal') attrs['stroke-dasharray'] = SIGNAL_DASH;
  else if (look === 'check') attrs['stroke-dasharray'] = CHECK_DASH;
  else if (look === 'sync') Object.assign(attrs, SYNC_DOTS);
  return el('line', attrs, [], a.key);
}

/**
 * Half a poll's diamond, across: small for a quiet poll (polls come every few hundred
 * milliseconds: a texture), bigger for one that found a link down.
 */
export const POLL_QUIET_PX = 4;
export const POLL_DOWN_PX = 6;

/**
 * A link monitor's poll, a diamond on the balancer's lane (a health check's dotted line can
 * leave at the same moment; a tick would vanish under it): hollow in the checks' grey when
 * every link was up; in the danger colour when it found one down, filled when it took the
 * backend out of rotation, hollow when that backend was already out (still down).
 */
export function drawLinkPoll(poll: SceneLinkPoll, p: DiagramPalette): SvgNode {
  const quiet = poll.linksDown === 0;
  const d = diamond(poll.at, quiet ? POLL_QUIET_PX : POLL_DOWN_PX);
  const fill = poll.takenOut.length > 0 ? p.danger : p.ground;
  const stroke = quiet ? p.check : p.danger;
  return el('path', { d, fill, stroke, 'stroke-width': 1.5 }, [], poll.key);
}

export function diamond({ x, y }: Point, h: number): string {
  const [left, right, top, bottom] = [x - h, x + h, y - h, y + h].map(round1);
  return `M${x},${top} L${right},${y} L${x},${bottom} L${left},${y} Z`;
}
