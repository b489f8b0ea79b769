import { describe, expect, it } from 'vitest';
import {
  drawingAspect,
  isWide,
  shouldTranspose,
  transposeBox,
  transposePoint,
  transposePositions,
} from './orientation.ts';

// The presets: client — switch — server in a row, 240 apart.
const row = { minX: 0, minY: 0, maxX: 480, maxY: 0 };
const square = { minX: 0, minY: 0, maxX: 300, maxY: 300 };

describe('turning a drawing on its side', () => {
  it('turns a wide row in a tall box, and nothing else', () => {
    expect(drawingAspect(row)).toBeGreaterThan(5);
    expect(isWide(row)).toBe(true);
    expect(isWide(square)).toBe(false);
    expect(shouldTranspose(row, 364, 506)).toBe(true);
    expect(shouldTranspose(row, 920, 255)).toBe(false);
    expect(shouldTranspose(square, 364, 506)).toBe(false);
    expect(shouldTranspose(row, 0, 0)).toBe(false);
  });

  it('swaps x and y, so the client is on top and the server at the bottom', () => {
    const shown = transposePositions(
      new Map([
        ['client', { x: 0, y: 0 }],
        ['switch', { x: 240, y: 0 }],
        ['server', { x: 480, y: 10 }],
      ]),
      true,
    );
    expect(shown.get('client')).toEqual({ x: 0, y: 0 });
    expect(shown.get('switch')).toEqual({ x: 0, y: 240 });
    expect(shown.get('server')).toEqual({ x: 10, y: 480 });
    expect(transposeBox(row, true)).toEqual({ minX: 0, minY: 0, maxX: 0, maxY: 480 });
  });

  it('turns a drag back: turning twice is no turn at all', () => {
    const drawn = transposePoint({ x: 30, y: 500 }, true);
    expect(drawn).toEqual({ x: 500, y: 30 });
    expect(transposePoint(drawn, true)).toEqual({ x: 30, y: 500 });
  });

  it('leaves positions alone when not turned', () => {
    const positions = new Map([['a', { x: 1, y: 2 }]]);
    expect(transposePositions(positions, false)).toBe(positions);
    expect(transposePoint({ x: 1, y: 2 }, false)).toEqual({ x: 1, y: 2 });
  });
});
