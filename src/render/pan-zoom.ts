/**
 * Zoom and pan on one element with d3-zoom (wheel, pinch, drag on empty space), outside React:
 * create it in an effect, destroy it in the effect's cleanup (xyflow's XYPanZoom pattern).
 * It reports every transform, and whether a person caused it (so a fit on resize can leave a
 * view the user chose alone).
 */

import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';

export interface PanZoomTransform {
  k: number;
  x: number;
  y: number;
}

export interface PanZoomOptions {
  element: SVGSVGElement;
  onTransform(transform: PanZoomTransform, byUser: boolean): void;
  minScale?: number;
  maxScale?: number;
}

export interface PanZoom {
  /** Change the zoom limits (a large graph needs to zoom out further). */
  update(limits: { minScale: number; maxScale: number }): void;
  /** Set the transform, as a program does (not counted as the user's). */
  set(transform: PanZoomTransform): void;
  /** Zoom by a factor about the element's centre. */
  scaleBy(factor: number): void;
  destroy(): void;
}

export function createPanZoom({
  element,
  onTransform,
  minScale = 0.1,
  maxScale = 8,
}: PanZoomOptions): PanZoom {
  const selection = select<SVGSVGElement, unknown>(element);
  const behavior: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .scaleExtent([minScale, maxScale])
    // A tap that wobbles a little is still a tap, not a pan.
    .clickDistance(4)
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      const { k, x, y } = event.transform;
      onTransform({ k, x, y }, Boolean(event.sourceEvent));
    });
  selection.call(behavior);
  // A double click zooming in surprises more often than it helps (and fights node selection).
  selection.on('dblclick.zoom', null);

  return {
    update({ minScale: min, maxScale: max }) {
      behavior.scaleExtent([min, max]);
    },
    set({ k, x, y }) {
      behavior.transform(selection, zoomIdentity.translate(x, y).scale(k));
    },
    scaleBy(factor) {
      behavior.scaleBy(selection, factor);
    },
    destroy() {
      selection.on('.zoom', null);
    },
  };
}
