/**
 * Dragging one element with d3-drag (mouse and touch), outside React: create it in an effect,
 * destroy it in the cleanup. Positions are in the coordinates of the element's parent (the
 * drawing's world, whatever the zoom). A press that moves less than `thresholdPixels` on screen
 * is not a drag, so a slightly shaky tap still selects.
 */

import { drag, type D3DragEvent } from 'd3-drag';
import { select } from 'd3-selection';

export interface DragPoint {
  x: number;
  y: number;
}

export interface DragOptions {
  element: SVGGElement;
  /** Where the dragged thing is now (read at the start of each drag). */
  position(): DragPoint;
  /** Screen pixels per world unit, to measure the threshold on screen. */
  scale(): number;
  onMove(x: number, y: number): void;
  /** `moved` is false when the press never passed the threshold (a click or tap). */
  onEnd(moved: boolean, x: number, y: number): void;
  thresholdPixels?: number;
}

export interface Drag {
  destroy(): void;
}

export function createDrag({
  element,
  position,
  scale,
  onMove,
  onEnd,
  thresholdPixels = 4,
}: DragOptions): Drag {
  let start: DragPoint = { x: 0, y: 0 };
  let moved = false;
  const behavior = drag<SVGGElement, unknown, DragPoint>()
    .subject(() => position())
    .clickDistance(thresholdPixels)
    .on('start', (event: D3DragEvent<SVGGElement, unknown, DragPoint>) => {
      start = { x: event.x, y: event.y };
      moved = false;
    })
    .on('drag', (event: D3DragEvent<SVGGElement, unknown, DragPoint>) => {
      if (!moved) {
        const distance = Math.hypot(event.x - start.x, event.y - start.y) * scale();
        if (distance < thresholdPixels) return;
        moved = true;
      }
      onMove(event.x, event.y);
    })
    .on('end', (event: D3DragEvent<SVGGElement, unknown, DragPoint>) => {
      onEnd(moved, event.x, event.y);
    });
  const selection = select<SVGGElement, unknown>(element);
  selection.call(behavior);
  return {
    destroy() {
      selection.on('.drag', null);
    },
  };
}
