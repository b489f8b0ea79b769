/**
 * The box a drawing covers: its nodes' centres, by kind, with the room each kind of node needs
 * around it for what is written there (node-layout.ts), for the fit to leave in view.
 */

import type { Point } from '../../render/layout.ts';
import type { NodeKind } from '../../scenario/types.ts';
import type { Box } from './fit.ts';
import { nodeReach, type Placement } from './node-layout.ts';

/** The boxes around the centres of each kind of node (a kind with no node has none). */
export type KindBoxes = Partial<Record<NodeKind, Box>>;

/** What the fit needs to know of a drawing: where its nodes are, and where their words go. */
export interface Drawing {
  boxes: KindBoxes;
  placement: Placement;
  /** The boxes of the nodes with a clock of their own, whose offset is written under them. */
  clocked?: KindBoxes;
}

export function kindBoxes(
  nodes: readonly { id: string; kind: NodeKind }[],
  positions: ReadonlyMap<string, Point>,
): KindBoxes {
  const boxes: KindBoxes = {};
  for (const n of nodes) {
    const p = positions.get(n.id);
    if (!p) continue;
    const b = boxes[n.kind];
    boxes[n.kind] = b
      ? {
          minX: Math.min(b.minX, p.x),
          minY: Math.min(b.minY, p.y),
          maxX: Math.max(b.maxX, p.x),
          maxY: Math.max(b.maxY, p.y),
        }
      : { minX: p.x, minY: p.y, maxX: p.x, maxY: p.y };
  }
  return boxes;
}

/**
 * The box the drawing covers at `glyphScale`: every node with what is written around it, and
 * with the clients' timers or (`withTimers` false) without them.
 */
export function drawingBox(drawing: Drawing, glyphScale: number, withTimers: boolean): Box {
  let out: Box | null = null;
  const boxes = [
    ...(Object.entries(drawing.boxes) as [NodeKind, Box][]).map((e) => [...e, false] as const),
    ...(Object.entries(drawing.clocked ?? {}) as [NodeKind, Box][]).map(
      (e) => [...e, true] as const,
    ),
  ];
  for (const [kind, box, clock] of boxes) {
    const r = nodeReach(kind, drawing.placement, withTimers, clock);
    const minX = box.minX - r.left * glyphScale;
    const maxX = box.maxX + r.right * glyphScale;
    const minY = box.minY - r.top * glyphScale;
    const maxY = box.maxY + r.bottom * glyphScale;
    out = out
      ? {
          minX: Math.min(out.minX, minX),
          minY: Math.min(out.minY, minY),
          maxX: Math.max(out.maxX, maxX),
          maxY: Math.max(out.maxY, maxY),
        }
      : { minX, minY, maxX, maxY };
  }
  return out ?? { minX: -1, minY: -1, maxX: 1, maxY: 1 };
}
