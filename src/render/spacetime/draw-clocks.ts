/**
 * A clock set by its time server, drawn over the messages: a small clock face on the node's lane
 * in the time sync's teal (its hands say "clock" without the colour), and its words beside it.
 */

import { drawText } from './draw-text.ts';
import { round1 } from './frame.ts';
import type { DiagramPalette } from './palette.ts';
import type { Point, SceneClockSync } from './scene.ts';
import { el, type SvgNode } from './svg-node.ts';

const FACE_PX = 5.5;

export function clockFace(at: Point, key: string, p: DiagramPalette): SvgNode {
  const { x, y } = at;
  // Hands at ten past twelve: long one up, short one right.
  const hands = `M${x},${round1(y - 3.5)} L${x},${y} L${round1(x + 2.5)},${y}`;
  return el(
    'g',
    {},
    [
      el('circle', {
        cx: x,
        cy: y,
        r: FACE_PX,
        fill: p.ground,
        stroke: p.sync,
        'stroke-width': 1.5,
      }),
      el('path', { d: hands, fill: 'none', stroke: p.sync, 'stroke-width': 1.3 }),
    ],
    key,
  );
}

export function drawClockSyncs(
  syncs: SceneClockSync[],
  p: DiagramPalette,
  mark: (from: Point, node: SvgNode) => void,
): void {
  for (const s of syncs) {
    if (!s.blocked) mark(s.at, clockFace(s.at, s.key, p));
    if (s.label) mark(s.at, drawText(s.label, p, { fill: p.sync, bold: true }));
  }
}
