import { describe, expect, it } from 'vitest';
import { drawingBox, kindBoxes, type Drawing } from './drawing-box.ts';
import { fitDrawing, overlayFor, PHONE_GLYPH_PIXELS_PER_UNIT } from './fit.ts';
import { NODE_LAYOUTS, nodeReach } from './node-layout.ts';
import { transposePositions } from './orientation.ts';
import { comfortableHeight } from './phone-height.ts';

const nodes = [
  { id: 'client', kind: 'client' as const },
  { id: 'switch', kind: 'switch' as const },
  { id: 'server', kind: 'server' as const },
];
const row = new Map([
  ['client', { x: 0, y: 0 }],
  ['switch', { x: 240, y: 0 }],
  ['server', { x: 480, y: 0 }],
]);
const wide: Drawing = { boxes: kindBoxes(nodes, row), placement: 'below' };
const turned: Drawing = {
  boxes: kindBoxes(nodes, transposePositions(row, true)),
  placement: 'beside',
};

describe('the drawing box', () => {
  it('keeps room by kind: timers under a client, the queue under a server', () => {
    expect(wide.boxes.server).toEqual({ minX: 480, minY: 0, maxX: 480, maxY: 0 });
    const full = drawingBox(wide, 1, true);
    expect(full.maxY).toBe(112);
    expect(full.minX).toBe(-76);
    expect(full.maxX).toBe(556);
    expect(drawingBox(wide, 1, false).maxY).toBe(85);
    expect(drawingBox(wide, 2, true).maxY).toBe(224);
  });

  it('puts the words at the side of a turned drawing', () => {
    const full = drawingBox(turned, 1, true);
    expect(full.maxX).toBe(nodeReach('client', 'beside', true).right);
    expect(full.maxY).toBe(480 + 40);
    expect(full.minY).toBe(-42);
    expect(NODE_LAYOUTS.beside.labelX).toBeGreaterThan(38); // clear of the focus ring
  });
});

describe('fitting the drawing', () => {
  it('centres the nodes, not the room kept for the timers', () => {
    // A wide box: the width sets the zoom, so there is height to spare.
    const { transform } = fitDrawing(wide, 1000, 600, { maxGlyph: 1.6 });
    const core = drawingBox(wide, 1, false);
    const coreMiddle = ((core.minY + core.maxY) / 2) * transform.k + transform.y;
    expect(coreMiddle).toBeCloseTo(300, 0);
  });

  it('moves off the middle only as far as the timers need', () => {
    const inset = overlayFor(920, 255).inset;
    const { transform, glyphScale } = fitDrawing(wide, 920, 255, { maxGlyph: 1.6, inset });
    const full = drawingBox(wide, glyphScale, true);
    expect(full.minY * transform.k + transform.y).toBeGreaterThanOrEqual(inset.top - 0.01);
    expect(full.maxY * transform.k + transform.y).toBeLessThanOrEqual(255 - inset.bottom + 0.01);
  });

  it('keeps glyphs and labels big on a phone', () => {
    const { transform, glyphScale } = fitDrawing(turned, 364, 506, {
      maxGlyph: 1.6,
      inset: overlayFor(364, 506, true).inset,
      minGlyphPixels: PHONE_GLYPH_PIXELS_PER_UNIT,
    });
    // A 15-unit label ≥ 17 px on screen.
    expect(15 * transform.k * glyphScale).toBeGreaterThanOrEqual(17);
  });
});

describe('the zoom buttons and the legend', () => {
  it('puts the buttons at the side of a turned drawing and the legend on top', () => {
    expect(overlayFor(364, 506, true).tools).toBe('side');
    expect(overlayFor(364, 506).tools).toBe('bottom');
    expect(overlayFor(920, 255).inset.top).toBeGreaterThan(overlayFor(920, 255).inset.bottom);
  });

  it('stacks the legend on a phone, and keeps the room its two lines measure', () => {
    expect(overlayFor(920, 255).legend).toBe('row');
    expect(overlayFor(364, 506, true).legend).toBe('stacked');
    const oneLine = overlayFor(364, 506, true).inset.top;
    // Not measured yet, measured on one line, or hidden by a page's CSS: one line's room.
    expect(overlayFor(364, 506, true, 23).inset.top).toBe(oneLine);
    expect(overlayFor(364, 506, true, 0).inset.top).toBe(oneLine);
    expect(overlayFor(364, 506, true, 44).inset.top).toBe(48);
    // And a phone's graph grows by as much, to keep its drawing as big.
    const height = comfortableHeight(turned, 364, 1.6, true);
    expect(comfortableHeight(turned, 364, 1.6, true, 44)).toBeGreaterThan(height);
  });

  it('leaves room right of a client for a signal’s first line, "r999 connection"', () => {
    expect(nodeReach('client', 'beside', true).right).toBeGreaterThan(
      nodeReach('server', 'beside', true).right,
    );
    expect(nodeReach('client', 'below', true).right).toBeGreaterThan(
      nodeReach('client', 'below', false).right,
    );
  });
});

describe('the height a phone gives the graph', () => {
  it('is taller than wide for a turned row, and grows with the drawing', () => {
    const height = comfortableHeight(turned, 364, 1.6, true);
    expect(height).toBeGreaterThan(364);
    const short: Drawing = {
      boxes: kindBoxes(nodes.slice(0, 2), transposePositions(row, true)),
      placement: 'beside',
    };
    expect(comfortableHeight(short, 364, 1.6, true)).toBeLessThan(height);
  });

  it('stops growing once the width holds the zoom back', () => {
    const crowd: Drawing = {
      boxes: { server: { minX: -2000, minY: -2000, maxX: 2000, maxY: 2000 } },
      placement: 'below',
    };
    expect(comfortableHeight(crowd, 364, 1, false)).toBeLessThan(600);
  });
});
