/**
 * A last-write-wins store's marks (concepts.md F9): a dropped write as a ring with a cross in it
 * on the store's lane (a drop's cross, ringed: the message arrived, its write did not count),
 * with its words; and each write's stamp, in the danger colour when that write was dropped.
 * Words, shape and colour all say it: never the colour alone.
 */

import { drawCross } from './draw-requests.ts';
import { drawText } from './draw-text.ts';
import type { DiagramPalette } from './palette.ts';
import type { Point, SceneLwwLoss, SceneStamp } from './scene.ts';
import { el, type SvgNode } from './svg-node.ts';

const RING_PX = 8;

export function lostWriteMark(at: Point, key: string, p: DiagramPalette, widthPx: number): SvgNode {
  const ring = { cx: at.x, cy: at.y, r: RING_PX, fill: p.ground, stroke: p.danger };
  return el(
    'g',
    {},
    [el('circle', { ...ring, 'stroke-width': widthPx }), drawCross(at, 'x', p.danger, widthPx, 4)],
    key,
  );
}

/** A request's dropped writes and stamps, each with the point it starts from in time. */
export function drawLww(
  losses: SceneLwwLoss[],
  stamps: SceneStamp[],
  p: DiagramPalette,
  sw: number,
): [Point, SvgNode][] {
  const out: [Point, SvgNode][] = [];
  for (const s of stamps) {
    out.push([s.label, drawText(s.label, p, { fill: s.lost ? p.danger : p.request, bold: true })]);
  }
  for (const loss of losses) {
    out.push([loss.at, lostWriteMark(loss.at, loss.key, p, sw)]);
    if (loss.label) out.push([loss.at, drawText(loss.label, p, { fill: p.danger, bold: true })]);
  }
  return out;
}
