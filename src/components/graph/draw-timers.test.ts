import { describe, expect, it } from 'vitest';
import type { Flash } from '../../lab/trace-reader.ts';
import { OUTCOMES } from '../../sim/index.ts';
import { collectTimers, TimerRows } from './client-timers.ts';
import { drawTimerRows } from './draw-timers.ts';
import { NODE_LAYOUTS } from './node-layout.ts';
import { FALLBACK_PALETTE } from './palette.ts';
import { buildScene } from './scene.ts';

const scene = buildScene(
  [{ id: 'c', label: 'client', kind: 'client' }],
  [],
  new Map([['c', { x: 0, y: 0 }]]),
  1,
);

/** A 2D context that keeps the words written on it, and where; everything else is ignored. */
function recordingContext() {
  const written: { text: string; x: number; y: number; fill: unknown }[] = [];
  const state: Record<string | symbol, unknown> = {};
  const ctx = new Proxy(state, {
    get: (target, key) => {
      if (key === 'fillText') {
        return (text: string, x: number, y: number) =>
          written.push({ text, x, y, fill: target.fillStyle });
      }
      if (key === 'measureText') return (text: string) => ({ width: text.length * 7 });
      if (key in target) return target[key];
      return () => undefined;
    },
  }) as unknown as CanvasRenderingContext2D;
  return { ctx, written };
}

function draw(flashes: Flash[], highlight = -1) {
  const rows = new TimerRows();
  rows.clear(1);
  const clock = { nowUs: 600_000, speed: 1, reducedMotion: false };
  collectTimers([], 0, flashes, new Map([['c', 0]]), clock, rows);
  const { ctx, written } = recordingContext();
  drawTimerRows(ctx, rows, scene, new Int32Array(1), highlight, FALLBACK_PALETTE, 1);
  return written;
}

describe('drawing the outcome marks', () => {
  it('writes every outcome in the vocabulary’s words, a signal’s on two lines under each other', () => {
    for (const outcome of OUTCOMES) {
      const flash: Flash = { kind: 'outcome', timeUs: 590_000, request: 3, client: 'c', outcome };
      const written = draw([flash]);
      expect(written.map((w) => w.text).join(' ')).toBe(`r3 ${outcome}`);
      if (written.length === 2) {
        expect(written[1]!.x).toBe(written[0]!.x);
        expect(written[1]!.y - written[0]!.y).toBe(NODE_LAYOUTS.below.timerRowHeight);
      }
    }
  });

  it('gives a signal both lines when it is the newest, its last word when one is left', () => {
    const ok: Flash = { kind: 'outcome', timeUs: 500_000, request: 2, client: 'c', outcome: 'ok' };
    const signal: Flash = { ...ok, timeUs: 590_000, request: 3, outcome: 'host unreachable' };
    // Two lines of outcomes at most: the newest, a signal, fills them; the older ok waits.
    expect(draw([ok, signal]).map((w) => w.text)).toEqual(['r3 host', 'unreachable']);
    const written = draw([signal, { ...ok, timeUs: 595_000 }]);
    expect(written.map((w) => w.text)).toEqual(['r2 ok', 'r3 unreachable']);
    expect(written[1]!.y - written[0]!.y).toBe(NODE_LAYOUTS.below.timerRowHeight);
  });
});
