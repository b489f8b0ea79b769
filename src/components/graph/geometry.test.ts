import { describe, expect, it } from 'vitest';
import { fitBox, fitNodes, glyphScaleFor, maxGlyphScale, overlayFor } from './fit.ts';
import { fadeAlpha, laneBetween, uprightAngle, wireFraction } from './geometry.ts';

describe('laneBetween', () => {
  it('runs on the right of travel, trimmed by the glyphs at both ends', () => {
    // Travelling east (screen y down): the right-hand side is +y.
    const lane = laneBetween({ x: 0, y: 0 }, { x: 100, y: 0 }, 6, 30, 20);
    expect(lane).toEqual({ x0: 30, y0: 6, x1: 80, y1: 6, nx: -0, ny: 1 });
  });

  it('puts the two directions of a cable on opposite sides', () => {
    const a = { x: 10, y: 20 };
    const b = { x: 70, y: 100 };
    const there = laneBetween(a, b, 6, 0, 0);
    const back = laneBetween(b, a, 6, 0, 0);
    expect(there.nx).toBeCloseTo(-back.nx);
    expect(there.ny).toBeCloseTo(-back.ny);
    // 12 apart: each lane 6 from the centre line.
    expect(Math.hypot(there.x0 - back.x1, there.y0 - back.y1)).toBeCloseTo(12);
  });

  it('keeps a point-sized lane in the middle when the nodes overlap', () => {
    const lane = laneBetween({ x: 0, y: 0 }, { x: 40, y: 0 }, 0, 30, 30);
    expect(lane.x0).toBe(20);
    expect(lane.x1).toBe(20);
  });
});

describe('wireFraction', () => {
  it('is the share of the trip done, clamped to the lane', () => {
    expect(wireFraction(150, 100, 300, false)).toBe(0.25);
    expect(wireFraction(50, 100, 300, false)).toBe(0);
    expect(wireFraction(400, 100, 300, false)).toBe(1);
  });

  it('takes a lost message halfway, where it dies at its arriveUs', () => {
    expect(wireFraction(300, 100, 300, true)).toBe(0.5);
    expect(wireFraction(200, 100, 300, true)).toBe(0.25);
  });

  it('puts an instant trip at the far end', () => {
    expect(wireFraction(100, 100, 100, false)).toBe(1);
  });
});

describe('fitting', () => {
  it('centres a box in the viewport at the largest scale that fits', () => {
    const t = fitBox({ minX: 0, minY: 0, maxX: 200, maxY: 100 }, 400, 400, 10);
    expect(t).toEqual({ k: 2, x: 0, y: 100 });
  });

  it('keeps the inset free', () => {
    const t = fitBox({ minX: 0, minY: 0, maxX: 100, maxY: 100 }, 300, 200, 10, {
      top: 0,
      right: 100,
      bottom: 0,
      left: 0,
    });
    expect(t.k).toBe(2);
    expect(t.x).toBe(0);
  });

  it('does not let glyph growth run away in a cramped viewport', () => {
    const box = { minX: 0, minY: 0, maxX: 480, maxY: 53 };
    const { transform, glyphScale } = fitNodes(box, 790, 177, 1.6);
    expect(glyphScale).toBeLessThanOrEqual(1.1);
    expect(transform.k).toBeGreaterThan(0.7);
  });

  it('does not blow a single node up beyond maxK', () => {
    const { transform } = fitNodes({ minX: 0, minY: 0, maxX: 0, maxY: 0 }, 1000, 800, 3);
    expect(transform.k).toBe(1.6);
  });

  it('grows glyphs on a small screen, in steps, within the cap', () => {
    expect(glyphScaleFor(2, 3)).toBe(1);
    expect(glyphScaleFor(0.5, 3)).toBeCloseTo(1.5);
    expect(glyphScaleFor(0.1, 1.5)).toBe(1.5);
    expect(maxGlyphScale([{ x: 0, y: 0 }])).toBe(3);
    expect(
      maxGlyphScale([
        { x: 0, y: 0 },
        { x: 52, y: 0 },
      ]),
    ).toBe(1);
  });

  it('puts the buttons at the side of a wide graph and under a tall one', () => {
    expect(overlayFor(900, 250).tools).toBe('side');
    expect(overlayFor(360, 500).tools).toBe('bottom');
    expect(overlayFor(360, 500).big).toBe(true);
  });
});

describe('uprightAngle', () => {
  it('never writes upside down', () => {
    expect(uprightAngle(1, 0)).toBe(0);
    expect(uprightAngle(-1, 0)).toBe(0);
    expect(uprightAngle(0, 1)).toBe(90);
    expect(uprightAngle(0, -1)).toBe(90);
    expect(uprightAngle(-1, -1)).toBeCloseTo(45);
  });
});

describe('fadeAlpha', () => {
  it('fades over the duration, or holds still when motion is reduced', () => {
    expect(fadeAlpha(500, 2000, false)).toBe(0.75);
    expect(fadeAlpha(500, 2000, true)).toBe(1);
    expect(fadeAlpha(2000, 2000, true)).toBe(0);
  });
});
