/**
 * Each request's marks as one group: its waits, arrows (a signal's dashed, with its tag),
 * drops, timer, timeout or signalled failure, and late response, with its story in words as the
 * group's name. One request can be emphasised:
 * drawn thicker while the others fade, so it can be followed across the picture.
 */

import { cutByRequest } from './cut-by-request.ts';
import { arrowLook, headId, lookColor } from './draw-defs.ts';
import { round1 } from './frame.ts';
import { drawLww } from './draw-lww.ts';
import { drawText } from './draw-text.ts';
import type { DiagramPalette } from './palette.ts';
import type {
  Point,
  Scene,
  SceneArrow,
  SceneFailure,
  SceneRequest,
  SceneTimeout,
  Segment,
} from './scene.ts';
import type { MessageKind } from './story.ts';
import { el, type SvgNode } from './svg-node.ts';

export interface RequestDrawOptions {
  /** The request (`r3`) to emphasise, or null. */
  emphasis: string | null;
  /** Add wide invisible strokes, so thin arrows are easy to point at. */
  interactive: boolean;
}

/** Where the known future begins along the time axis (the cursor), or null. */
export interface FutureOptions {
  futurePx: number | null;
  across: boolean;
}

export const FUTURE_OPACITY = 0.4;

type Parts = Pick<
  Scene,
  | 'waits'
  | 'arrows'
  | 'signalTags'
  | 'drops'
  | 'timeouts'
  | 'failures'
  | 'lates'
  | 'lwwLosses'
  | 'stamps'
>;

export function drawRequests(
  scene: Scene,
  p: DiagramPalette,
  options: RequestDrawOptions & FutureOptions,
): SvgNode[] {
  const { waits, arrows, signalTags, drops, timeouts, failures, lates, lwwLosses, stamps } = scene;
  const lists = { waits, arrows, signalTags, drops, timeouts, failures, lates, lwwLosses, stamps };
  const parts = cutByRequest<string, Parts>(lists);
  const none: Parts = {
    waits: [],
    arrows: [],
    signalTags: [],
    drops: [],
    timeouts: [],
    failures: [],
    lates: [],
    lwwLosses: [],
    stamps: [],
  };
  return scene.requests.map((r) => drawRequest(r, parts.get(r.id) ?? none, p, options));
}

function drawRequest(
  request: SceneRequest,
  parts: Parts,
  p: DiagramPalette,
  options: RequestDrawOptions & FutureOptions,
): SvgNode {
  const emphasised = options.emphasis === request.id;
  const dimmed = options.emphasis !== null && !emphasised;
  const sw = p.strokePx * (emphasised ? 1.8 : 1);
  const color = (kind: MessageKind) => lookColor(arrowLook(kind), p);
  const children: SvgNode[] = [];
  // What begins after the cursor is the known future: drawn lighter.
  const add = (from: Point, ...nodes: SvgNode[]) => {
    const { futurePx, across } = options;
    const later = futurePx !== null && (across ? from.x : from.y) > futurePx + 0.5;
    for (const node of nodes) {
      children.push(later ? { ...node, attrs: { ...node.attrs, opacity: FUTURE_OPACITY } } : node);
    }
  };
  const start = (line: Segment): Point => ({ x: line.x1, y: line.y1 });
  for (const w of parts.waits) {
    const attrs = { ...w.line, stroke: color(w.kind), 'stroke-width': sw + 5 };
    const dash: SvgNode['attrs'] = w.what === 'queue' ? { 'stroke-dasharray': '6 4' } : {};
    add(start(w.line), el('line', { ...attrs, ...dash }, [], w.key));
  }
  for (const a of parts.arrows) add(start(a.line), ...drawArrow(a, sw, color(a.kind), options));
  for (const g of parts.signalTags) {
    add(
      g.label,
      drawText(g.label, p, { fill: g.kind === 'resent' ? p.text : p.signal, bold: true }),
    );
  }
  for (const d of parts.drops) add(d.at, drawCross(d.at, d.key, p.danger, sw + 1));
  for (const t of parts.timeouts) {
    if (t.join) {
      const join = { ...t.join, stroke: p.muted, 'stroke-width': 1.5, 'stroke-dasharray': '3 3' };
      add(start(t.join), el('line', join, [], `${t.key}j`));
    }
    add(t.at, ...drawEnd(t, sw, p));
  }
  for (const f of parts.failures) add(f.at, ...drawEnd(f, sw, p));
  for (const l of parts.lates) {
    const ring = { cx: l.at.x, cy: l.at.y, r: 7, fill: 'none', stroke: p.danger };
    add(l.at, el('circle', { ...ring, 'stroke-width': 2 }, [], l.key));
    if (l.label) add(l.at, drawText(l.label, p, { fill: p.danger, bold: true }));
  }
  for (const [from, node] of drawLww(parts.lwwLosses, parts.stamps, p, sw + 0.5)) add(from, node);
  if (request.label) add(request.label, drawText(request.label, p, { fill: p.text, bold: true }));
  const attrs: SvgNode['attrs'] = { 'data-request': request.id, 'aria-label': request.name };
  if (options.emphasis !== null) attrs['data-emphasis'] = emphasised ? 'on' : 'off';
  if (dimmed) attrs.opacity = 0.28;
  return el('g', attrs, children, request.id);
}

/** Where an attempt ended (a timeout, or a signal): the bar, its words and the cause. */
function drawEnd(end: SceneTimeout | SceneFailure, sw: number, p: DiagramPalette): SvgNode[] {
  const out = [el('line', { ...end.bar, stroke: p.danger, 'stroke-width': sw + 1.5 }, [], end.key)];
  if (end.label) out.push(drawText(end.label, p, { fill: p.danger, bold: true }));
  if (end.causeLabel) out.push(drawText(end.causeLabel, p, { fill: p.text, italic: true }));
  return out;
}

/** A signal's dashes: long, so they read as a line, unlike the short ones of `open`. */
export const SIGNAL_DASH = '9 3';

function drawArrow(
  a: SceneArrow,
  sw: number,
  color: string,
  options: RequestDrawOptions,
): SvgNode[] {
  const look = arrowLook(a.kind);
  const attrs: SvgNode['attrs'] = { ...a.line, stroke: color, 'stroke-width': sw };
  if (a.end === 'head' || a.end === 'late') attrs['marker-end'] = `url(#${headId(look)})`;
  // Still on its way where what is known ends: no head yet, and dotted for a signal.
  if (a.end === 'open') attrs['stroke-dasharray'] = look === 'signal' ? '2 3' : '5 3';
  else if (look === 'signal') attrs['stroke-dasharray'] = SIGNAL_DASH;
  const line = el('line', attrs, [], a.key);
  if (!options.interactive) return [line];
  const hit = { ...a.line, stroke: 'transparent', 'stroke-width': 14 };
  return [el('line', hit, [], `${a.key}h`), line];
}

export function drawCross(
  at: { x: number; y: number },
  key: string,
  color: string,
  widthPx: number,
  halfPx = 6,
): SvgNode {
  const [x1, x2, y1, y2] = [at.x - halfPx, at.x + halfPx, at.y - halfPx, at.y + halfPx].map(round1);
  const d = `M${x1},${y1} L${x2},${y2} M${x1},${y2} L${x2},${y1}`;
  return el('path', { d, stroke: color, 'stroke-width': widthPx, fill: 'none' }, [], key);
}
