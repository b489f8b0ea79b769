/**
 * How tall a phone's graph should be: enough to show the drawing at a readable size, no more
 * (app.css also caps it at 60 % of the screen).
 */

import type { Drawing } from './drawing-box.ts';
import { fitDrawing, MAX_ZOOM, overlayFor, PHONE_GLYPH_PIXELS_PER_UNIT } from './fit.ts';

/** The shortest and tallest a phone's graph is given (CSS also caps it at 60 % of the screen). */
export const PHONE_HEIGHT_MIN = 320;
export const PHONE_HEIGHT_MAX = 1200;

/**
 * The height a graph `width` pixels wide needs to show `drawing` at a comfortable size: glyphs
 * and labels as big as PHONE_GLYPH_PIXELS_PER_UNIT asks, or the largest zoom. A drawing turned
 * on its side is given a box taller than wide, so that it stays turned. The legend over the top
 * (`legendHeight`, measured) takes its share.
 */
export function comfortableHeight(
  drawing: Drawing,
  width: number,
  maxGlyph: number,
  transposed: boolean,
  legendHeight: number | null = null,
): number {
  const minGlyphPixels = PHONE_GLYPH_PIXELS_PER_UNIT;
  const lowest = transposed ? Math.max(PHONE_HEIGHT_MIN, width + 1) : PHONE_HEIGHT_MIN;
  let lastK = 0;
  for (let height = lowest; height < PHONE_HEIGHT_MAX; height += 8) {
    const { inset } = overlayFor(width, height, transposed, legendHeight);
    const { transform, glyphScale } = fitDrawing(drawing, width, height, {
      maxGlyph,
      inset,
      minGlyphPixels,
    });
    const pixels = transform.k * glyphScale;
    if (pixels >= minGlyphPixels - 1e-6 || transform.k >= MAX_ZOOM - 1e-9) return height;
    // The width holds the zoom back: more height would only add empty space.
    if (height > lowest && transform.k <= lastK + 1e-9) return height - 8;
    lastK = transform.k;
  }
  return PHONE_HEIGHT_MAX;
}
