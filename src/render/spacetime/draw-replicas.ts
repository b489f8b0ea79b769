/**
 * A replicated service's marks drawn over the messages (concepts.md C3, G7): a change of role as
 * a bar across the replica's lane (strong for a new leader, muted for one that steps down or
 * follows a newer term) with its words; a stale write the storage took as a red ring, one it
 * refused as a red fence across its lane, each with its words; and each write's token beside its
 * arrow, red when it is stale. Words, shapes and colours all say it: never the colour alone.
 */

import { drawText } from './draw-text.ts';
import type { DiagramPalette } from './palette.ts';
import type { Point, SceneControl, Segment } from './scene.ts';
import { el, type SvgNode } from './svg-node.ts';

/** The ring around a stale write the storage took. */
const RING_PX = 8;

export function drawReplicaMarks(
  control: SceneControl,
  p: DiagramPalette,
  mark: (from: Point, node: SvgNode) => void,
): void {
  const start = (line: Segment): Point => ({ x: line.x1, y: line.y1 });
  for (const r of control.roles) {
    const color = r.leader ? p.text : p.muted;
    const widthPx = r.leader || r.stepsDown ? p.strokePx + 2 : p.strokePx;
    mark(start(r.bar), el('line', { ...r.bar, stroke: color, 'stroke-width': widthPx }, [], r.key));
    if (r.label) {
      mark(start(r.bar), drawText(r.label, p, { fill: color, bold: r.leader || r.stepsDown }));
    }
  }
  for (const s of control.storeMarks) {
    mark(s.at, s.accepted ? ring(s.at, s.key, p) : fence(s.bar, s.key, p));
    if (s.label) mark(s.at, drawText(s.label, p, { fill: p.danger, bold: true }));
  }
  for (const t of control.tokens) {
    mark(t.label, drawText(t.label, p, { fill: t.stale ? p.danger : p.write, bold: true }));
  }
}

function ring(at: Point, key: string, p: DiagramPalette): SvgNode {
  const attrs = { cx: at.x, cy: at.y, r: RING_PX, fill: 'none', stroke: p.danger };
  return el('circle', { ...attrs, 'stroke-width': p.strokePx + 0.5 }, [], key);
}

/** A refused write's fence: a bar across the storage's lane. */
export function fence(bar: Segment, key: string, p: DiagramPalette): SvgNode {
  return el('line', { ...bar, stroke: p.danger, 'stroke-width': p.strokePx + 2 }, [], key);
}
