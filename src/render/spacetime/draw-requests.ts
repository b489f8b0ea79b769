/**
 * Each request's marks as one group: its waits, arrows, drops, timer, timeout and late
 * response, with its story in words as the group's name. One request can be emphasised:
 * drawn thicker while the others fade, so it can be followed across the picture.
 */

import { cutByRequest } from './cut-by-request.ts';
import { headId } from './draw-defs.ts';
import { round1 } from './frame.ts';
import { drawText } from './draw-text.ts';
import type { DiagramPalette } from './palette.ts';
import type { Point, Scene, SceneArrow, SceneRequest, Segment } from './scene.ts';
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

type Parts = Pick<Scene, 'waits' | 'arrows' | 'drops' | 'timeouts' | 'lates'>;

export function drawRequests(
  scene: Scene,
  p: DiagramPalette,
  options: RequestDrawOptions & FutureOptions,
): SvgNode[] {
  const { waits, arrows, drops, timeouts, lates } = scene;
  const parts = cutByRequest<string, Parts>({ waits, arrows, drops, timeouts, lates });
  const none: Parts = { waits: [], arrows: [], drops: [], timeouts: [], lates: [] };
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
  const color = (kind: 'request' | 'response') => (kind === 'request' ? p.request : p.response);
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
  for (const d of parts.drops) add(d.at, drawCross(d.at, d.key, p.danger, sw + 1));
  for (const t of parts.timeouts) {
    if (t.join) {
      const join = { ...t.join, stroke: p.muted, 'stroke-width': 1.5, 'stroke-dasharray': '3 3' };
      add(start(t.join), el('line', join, [], `${t.key}j`));
    }
    add(t.at, el('line', { ...t.bar, stroke: p.danger, 'stroke-width': sw + 1.5 }, [], t.key));
    if (t.label) add(t.at, drawText(t.label, p, { fill: p.danger, bold: true }));
    if (t.causeLabel) add(t.at, drawText(t.causeLabel, p, { fill: p.text, italic: true }));
  }
  for (const l of parts.lates) {
    const ring = { cx: l.at.x, cy: l.at.y, r: 7, fill: 'none', stroke: p.danger };
    add(l.at, el('circle', { ...ring, 'stroke-width': 2 }, [], l.key));
    if (l.label) add(l.at, drawText(l.label, p, { fill: p.danger, bold: true }));
  }
  if (request.label) add(request.label, drawText(request.label, p, { fill: p.text, bold: true }));
  const attrs: SvgNode['attrs'] = { 'data-request': request.id, 'aria-label': request.name };
  if (options.emphasis !== null) attrs['data-emphasis'] = emphasised ? 'on' : 'off';
  if (dimmed) attrs.opacity = 0.28;
  return el('g', attrs, children, request.id);
}

function drawArrow(
  a: SceneArrow,
  sw: number,
  color: string,
  options: RequestDrawOptions,
): SvgNode[] {
  const attrs: SvgNode['attrs'] = { ...a.line, stroke: color, 'stroke-width': sw };
  if (a.end === 'head' || a.end === 'late') attrs['marker-end'] = `url(#${headId(a.kind)})`;
  // Still on its way where what is known ends: no head yet.
  if (a.end === 'open') attrs['stroke-dasharray'] = '5 3';
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
): SvgNode {
  const [x1, x2, y1, y2] = [at.x - 6, at.x + 6, at.y - 6, at.y + 6].map(round1);
  const d = `M${x1},${y1} L${x2},${y2} M${x1},${y2} L${x2},${y1}`;
  return el('path', { d, stroke: color, 'stroke-width': widthPx, fill: 'none' }, [], key);
}
