import { describe, expect, it } from 'vitest';
import { TraceReader } from '../../lab/trace-reader.ts';
import { findPreset } from '../../scenario/presets/index.ts';
import { createSimulation } from '../../sim/index.ts';
import { MARK_MS } from './client-timers.ts';
import { drawLwwLosses } from './lww-marks.ts';
import { FALLBACK_PALETTE } from './palette.ts';
import { buildScene } from './scene.ts';

describe('a write the last-write-wins store dropped, on the graph', () => {
  const preset = findPreset('clock-skew')!;
  const nodes = preset.scenario.nodes;
  const positions = new Map(nodes.map((n, i) => [n.id, { x: i * 100, y: 50 }]));
  const scene = buildScene(nodes, preset.scenario.cables, positions, 1);
  const store = nodes.findIndex((n) => n.id === 'server');

  /** The rings drawn at `nowUs` of playback at 0.01× speed (a mark lasts 20 ms of it). */
  function rings(nowUs: number, reducedMotion = false) {
    const sim = createSimulation(preset.scenario);
    sim.runUntil(nowUs);
    const reader = new TraceReader(sim);
    reader.update();
    const drawn: { x: number; y: number; stroke: unknown; alpha: unknown }[] = [];
    const state: Record<string | symbol, unknown> = {};
    const ctx = new Proxy(state, {
      get: (target, key) => {
        if (key === 'arc') {
          return (x: number, y: number) =>
            drawn.push({ x, y, stroke: null, alpha: target.globalAlpha });
        }
        if (key === 'stroke') {
          return () => {
            const last = drawn.at(-1);
            if (last && last.stroke === null) last.stroke = target.strokeStyle;
          };
        }
        if (key in target) return target[key];
        return () => undefined;
      },
      set: (target, key, value) => {
        target[key] = value;
        return true;
      },
    }) as unknown as CanvasRenderingContext2D;
    const clock = { nowUs, speed: 0.01, reducedMotion };
    const sizes = { radius: 5, pixel: 1 };
    drawLwwLosses(ctx, reader.log, scene, sim.world.index, clock, FALLBACK_PALETTE, sizes);
    return drawn;
  }

  it('flashes at the store in the danger colour just after, and is gone later', () => {
    // r2 is dropped when the store has served it, at about 50 ms.
    const at = { x: store * 100 - 24, y: 50 + 20, stroke: FALLBACK_PALETTE.danger };
    const [mark] = rings(55_000);
    expect(mark).toMatchObject(at);
    expect(mark!.alpha).toBeGreaterThan(0);
    expect(mark!.alpha).toBeLessThan(1);
    expect(rings(50_000 + MARK_MS * 10 + 1000)).toEqual([]);
    expect(rings(40_000)).toEqual([]);
  });

  it('stays whole with reduced motion until it goes', () => {
    expect(rings(55_000, true)[0]!.alpha).toBe(1);
  });
});
