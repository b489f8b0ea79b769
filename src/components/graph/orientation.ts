/**
 * Turning a drawing on its side. A row of nodes (client — switch — server) squeezed into a
 * phone's narrow, tall graph would be tiny; drawn as a column, with x and y swapped, it fills
 * the box. Only the view turns: the scenario keeps its positions, and a drag is turned back
 * before it is saved. Swapping x and y is its own inverse, so one function does both ways.
 */

import type { Point } from '../../render/layout.ts';
import type { Box } from './fit.ts';
import { GLYPH_SIZE } from './geometry.ts';

/** A drawing at least this much wider than tall is worth turning in a tall box. */
export const TURN_ASPECT = 1.6;

/** Width over height of the drawing, with a glyph's room around the nodes' centres. */
export function drawingAspect(centres: Box): number {
  const w = centres.maxX - centres.minX + 2 * GLYPH_SIZE;
  const h = centres.maxY - centres.minY + 2 * GLYPH_SIZE;
  return w / h;
}

/** Whether the drawing (the box around its nodes' centres) is a wide row. */
export const isWide = (centres: Box): boolean => drawingAspect(centres) > TURN_ASPECT;

/** Turn a wide drawing in a box taller than wide. */
export function shouldTranspose(centres: Box, width: number, height: number): boolean {
  return width > 0 && height > width && isWide(centres);
}

/** A point as drawn (or, given a point as drawn, as the scenario has it). */
export function transposePoint(p: Point, transposed: boolean): Point {
  return transposed ? { x: p.y, y: p.x } : p;
}

export function transposeBox(box: Box, transposed: boolean): Box {
  return transposed ? { minX: box.minY, minY: box.minX, maxX: box.maxY, maxY: box.maxX } : box;
}

/** Every position as drawn; the same map when not turned. */
export function transposePositions(
  positions: ReadonlyMap<string, Point>,
  transposed: boolean,
): ReadonlyMap<string, Point> {
  if (!transposed) return positions;
  const out = new Map<string, Point>();
  for (const [id, p] of positions) out.set(id, { x: p.y, y: p.x });
  return out;
}
