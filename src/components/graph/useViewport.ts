import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { Drawing } from './drawing-box.ts';
import { fitDrawing, glyphScaleFor, overlayFor } from './fit.ts';
import type { Transform } from './geometry.ts';
import { createPanZoom, type PanZoom } from '../../render/pan-zoom.ts';
import type { ElementSize } from './useElementSize.ts';

interface ViewportOptions {
  svgRef: RefObject<SVGSVGElement | null>;
  worldRef: RefObject<SVGGElement | null>;
  /** Where the current transform is kept (for drags and the canvas). */
  transformRef: RefObject<Transform>;
  size: ElementSize;
  /** Where the nodes are drawn, and where their words go. */
  drawing: Drawing;
  /** Whether the drawing is turned on its side (the zoom buttons then go at the side). */
  transposed: boolean;
  maxGlyph: number;
  /** Glyphs grow when zoomed out so as to keep this many pixels per world unit. */
  minGlyphPixels: number;
  /** The legend's measured height (null until measured): the fit keeps it clear. */
  legendHeight: number | null;
  /** Changes when another scenario opens: the view fits again even if the user had zoomed. */
  fitKey: string;
  /** Told of every transform (the message layer draws with it). */
  onTransform(transform: Transform): void;
}

/** Labels smaller than this on screen are hidden: unreadable, and they only add clutter. */
const LABEL_MIN_PIXELS = 7;

/**
 * Zoom and pan (d3-zoom through the pan-zoom controller), fitting the graph to its box on load,
 * on resize (unless the user zoomed or panned) and when another scenario opens. The transform
 * goes straight to the world group's attribute and to the canvas, never through React state;
 * only the glyph scale, which changes in steps, is state.
 */
export function useViewport(options: ViewportOptions) {
  const { svgRef, worldRef, transformRef, size, fitKey, legendHeight } = options;
  const [glyphScale, setGlyphScale] = useState(1);
  const userMoved = useRef(false);
  const panZoom = useRef<PanZoom | null>(null);
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });

  useEffect(() => {
    const element = svgRef.current;
    if (!element) return;
    panZoom.current = createPanZoom({
      element,
      minScale: 0.05,
      maxScale: 8,
      onTransform(t, byUser) {
        if (byUser) userMoved.current = true;
        transformRef.current = t;
        worldRef.current?.setAttribute('transform', `translate(${t.x} ${t.y}) scale(${t.k})`);
        const { maxGlyph, minGlyphPixels } = latest.current;
        const scale = glyphScaleFor(t.k, maxGlyph, minGlyphPixels);
        element.toggleAttribute('data-far', 15 * scale * t.k < LABEL_MIN_PIXELS);
        setGlyphScale(scale);
        latest.current.onTransform(t);
      },
    });
    return () => {
      panZoom.current?.destroy();
      panZoom.current = null;
    };
  }, [svgRef, worldRef, transformRef]);

  const fit = useCallback(() => {
    const { size: box, drawing, transposed, maxGlyph, minGlyphPixels } = latest.current;
    if (box.width === 0 || box.height === 0) return;
    const { inset } = overlayFor(box.width, box.height, transposed, latest.current.legendHeight);
    const { transform } = fitDrawing(drawing, box.width, box.height, {
      maxGlyph,
      inset,
      minGlyphPixels,
    });
    panZoom.current?.set(transform);
  }, []);

  const lastFitKey = useRef<string | null>(null);
  useEffect(() => {
    if (lastFitKey.current !== fitKey) {
      lastFitKey.current = fitKey;
      userMoved.current = false;
    }
    if (!userMoved.current) fit();
  }, [fitKey, size.width, size.height, legendHeight, fit]);

  const zoomBy = useCallback((factor: number) => {
    userMoved.current = true;
    panZoom.current?.scaleBy(factor);
  }, []);

  const refit = useCallback(() => {
    userMoved.current = false;
    fit();
  }, [fit]);

  return { glyphScale, zoomBy, refit };
}
