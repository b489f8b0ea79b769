/**
 * Fitting the drawing to its viewport: the zoom that shows every node with room for its glyph,
 * label and timers (drawing-box.ts), the glyph scale that keeps nodes readable and tappable on a
 * small screen, and the edges kept free for the zoom buttons and the legend.
 */

import type { Point } from '../../render/layout.ts';
import { drawingBox, type Drawing } from './drawing-box.ts';
import { GLYPH_SIZE, type Transform } from './geometry.ts';

export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}
/**
 * When zoomed out, glyphs grow (relative to the world) so that a node keeps about this many
 * pixels per world unit of glyph. On a big screen a 52-unit glyph stays ≥ 39 px. On a phone
 * glyphs and labels stay at least as big as on a 1280 × 720 projector (a 15-unit label ≥ 20
 * px, a glyph ≥ 55 px): text that can be read at arm's length, targets a thumb can hit.
 */
export const MIN_GLYPH_PIXELS_PER_UNIT = 0.75;
export const PHONE_GLYPH_PIXELS_PER_UNIT = 1.35;
/** Glyph scale changes in steps, so zooming re-renders the SVG only now and then. */
const GLYPH_SCALE_STEP = 0.1;
/**
 * How much bigger than their world size glyphs are drawn at zoom `k`: 1 when zoomed in far
 * enough, more when zoomed out, never so much that neighbouring nodes would touch.
 */
export function glyphScaleFor(
  k: number,
  maxScale: number,
  minPixels = MIN_GLYPH_PIXELS_PER_UNIT,
): number {
  const wanted = minPixels / k;
  const capped = Math.min(Math.max(1, maxScale), Math.max(1, wanted));
  return Math.round(capped / GLYPH_SCALE_STEP) * GLYPH_SCALE_STEP;
}

/** The largest glyph scale at which the two closest nodes keep a cable's length between their glyphs. */
export function maxGlyphScale(points: readonly Point[]): number {
  const d = nearestDistance(points);
  return Number.isFinite(d) ? Math.max(1, (0.4 * d) / GLYPH_SIZE) : 3;
}

/** The smallest distance between two points (Infinity for fewer than two). O(n²); n ≤ 200. */
export function nearestDistance(points: readonly Point[]): number {
  let best = Infinity;
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    for (let j = i + 1; j < points.length; j++) {
      const q = points[j]!;
      best = Math.min(best, Math.hypot(p.x - q.x, p.y - q.y));
    }
  }
  return best;
}

/** Space along the viewport's edges kept free of the drawing (for buttons and the legend). */
export interface Inset {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

const NO_INSET: Inset = { top: 0, right: 0, bottom: 0, left: 0 };

/** The transform that centres `box` in a width × height viewport (less `inset`), at most `maxK` times. */
export function fitBox(
  box: Box,
  width: number,
  height: number,
  maxK: number,
  inset: Inset = NO_INSET,
): Transform {
  const w = Math.max(1, box.maxX - box.minX);
  const h = Math.max(1, box.maxY - box.minY);
  const innerWidth = Math.max(1, width - inset.left - inset.right);
  const innerHeight = Math.max(1, height - inset.top - inset.bottom);
  const k = Math.min(maxK, innerWidth / w, innerHeight / h);
  return {
    k,
    x: inset.left + innerWidth / 2 - ((box.minX + box.maxX) / 2) * k,
    y: inset.top + innerHeight / 2 - ((box.minY + box.maxY) / 2) * k,
  };
}

/** The fit never zooms in further than this: a lone node is not blown up to fill the screen. */
export const MAX_ZOOM = 1.6;

export interface FitOptions {
  maxGlyph: number;
  inset?: Inset;
  maxK?: number;
  minGlyphPixels?: number;
}

/**
 * Fit the drawing to the viewport, with room for the glyphs at the glyph scale the first fit
 * gives. Only one more round: iterating to a fixed point would run away in a cramped viewport
 * (a smaller zoom means bigger glyphs, which need more room, which means a smaller zoom…).
 *
 * The zoom leaves room for the clients' timers, but what is centred is the drawing without
 * them (the timers come and go): the nodes sit in the middle, moved off it only as far as the
 * timers' room needs.
 */
export function fitDrawing(
  drawing: Drawing,
  width: number,
  height: number,
  options: FitOptions,
): { transform: Transform; glyphScale: number } {
  const { maxGlyph, inset = NO_INSET, maxK = MAX_ZOOM, minGlyphPixels } = options;
  const first = fitBox(drawingBox(drawing, 1, true), width, height, maxK, inset);
  const planned = glyphScaleFor(first.k, maxGlyph, minGlyphPixels);
  const full = drawingBox(drawing, planned, true);
  const { k } = fitBox(full, width, height, maxK, inset);
  const core = drawingBox(drawing, planned, false);
  const innerWidth = Math.max(1, width - inset.left - inset.right);
  const innerHeight = Math.max(1, height - inset.top - inset.bottom);
  const x = centreWithin(core.minX, core.maxX, full.minX, full.maxX, k, inset.left, innerWidth);
  const y = centreWithin(core.minY, core.maxY, full.minY, full.maxY, k, inset.top, innerHeight);
  return { transform: { k, x, y }, glyphScale: glyphScaleFor(k, maxGlyph, minGlyphPixels) };
}

/**
 * The offset that centres [coreMin, coreMax] (scaled by k) in [start, start + length], moved
 * as little as needed to keep [fullMin, fullMax] inside it too.
 */
function centreWithin(
  coreMin: number,
  coreMax: number,
  fullMin: number,
  fullMax: number,
  k: number,
  start: number,
  length: number,
): number {
  const centred = start + length / 2 - ((coreMin + coreMax) / 2) * k;
  // The full box's near edge at the start at least, its far edge at the end at most.
  const lowest = start - fullMin * k;
  const highest = start + length - fullMax * k;
  if (lowest > highest) return start + length / 2 - ((fullMin + fullMax) / 2) * k;
  return Math.min(highest, Math.max(lowest, centred));
}

/** Fit the nodes in `box` (all with room for a client's timers under them). */
export function fitNodes(
  nodes: Box,
  width: number,
  height: number,
  maxGlyph: number,
  inset: Inset = NO_INSET,
  maxK = MAX_ZOOM,
): { transform: Transform; glyphScale: number } {
  const drawing: Drawing = { boxes: { client: nodes }, placement: 'below' };
  return fitDrawing(drawing, width, height, { maxGlyph, inset, maxK });
}

/** Where the zoom buttons go, how big they are, and the edges the fit keeps clear for them. */
export interface Overlay {
  /**
   * Buttons in a column at the right (a wide graph, or a drawing turned on its side, which
   * leaves the sides free), or in a row at the bottom (a tall one). The legend is at the top.
   */
  tools: 'side' | 'bottom';
  /** Buttons big enough for a finger (44 px) on a narrow graph, a phone. */
  big: boolean;
  /**
   * The legend on one line, or, when the graph is too narrow for it (a phone), on two: the
   * request, response and drop marks, then the signal's bar and its words (graph.css).
   */
  legend: 'row' | 'stacked';
  inset: Inset;
}

/** Below this width the graph is a phone's: big buttons, big glyphs. */
export const NARROW_WIDTH = 600;
/** The legend's room at the top when it is on one line, or not measured yet. */
const LEGEND_HEIGHT = 26;
/**
 * The narrowest graph whose legend keeps to one line: the legend is about 530 px long in the
 * projector theme's type, with the zoom buttons' column beside it.
 */
export const LEGEND_ROW_WIDTH = 620;

/**
 * Where the buttons and the legend go in a graph `width` × `height`. `legendHeight` is the
 * legend as measured (useLegendHeight), null before it is: the top keeps at least one line's
 * room, as it always has, and more when the legend takes two lines.
 */
export function overlayFor(
  width: number,
  height: number,
  transposed = false,
  legendHeight: number | null = null,
): Overlay {
  const big = width < NARROW_WIDTH;
  const button = big ? 44 : 36;
  const tools = transposed || width > 1.6 * height ? 'side' : 'bottom';
  const legend = width < LEGEND_ROW_WIDTH ? 'stacked' : 'row';
  const top = Math.max(LEGEND_HEIGHT, legendHeight ?? 0) + 4;
  return {
    tools,
    big,
    legend,
    inset:
      tools === 'side'
        ? { top, right: button + 12, bottom: 4, left: 4 }
        : { top, right: 4, bottom: button + 12, left: 4 },
  };
}
