import { describe, expect, it } from 'vitest';
import { findPreset } from '../../scenario/presets/index.ts';
import { createSimulation } from '../../sim/index.ts';
import { drawLinkPolls, pollPulse, PULSE_MS, type Pulse } from './link-polls.ts';
import { FALLBACK_PALETTE } from './palette.ts';
import { buildScene } from './scene.ts';

const pulse = (ageMs: number, intervalMs: number, reducedMotion: boolean): Pulse => ({
  ...pollPulse(ageMs, intervalMs, reducedMotion, { out: 0, alpha: 0 }),
});

describe('a link monitor’s ring', () => {
  it('grows and fades after a poll, gone before the next one', () => {
    const [start, half, end] = [0, 200, 400].map((age) => pulse(age, 500, false));
    expect(start!.alpha).toBe(1);
    expect(half!.out).toBeGreaterThan(start!.out);
    expect(half!.alpha).toBeCloseTo(0.5);
    expect(end!.alpha).toBe(0);
    // Polls far apart: it lasts PULSE_MS, not until the next one.
    expect(pulse(PULSE_MS - 1, 5000, false).alpha).toBeGreaterThan(0);
    expect(pulse(PULSE_MS, 5000, false).alpha).toBe(0);
  });

  it('stands still with reduced motion, unbroken when polls come faster than it lasts', () => {
    const [start, later] = [0, PULSE_MS - 1].map((age) => pulse(age, 5000, true));
    expect(later).toEqual(start);
    expect(start!.alpha).toBe(1);
    expect(pulse(PULSE_MS, 5000, true).alpha).toBe(0);
    // Polls every 250 ms of playback: the next comes while it still shows.
    expect(pulse(249, 250, true).alpha).toBe(1);
  });
});

describe('drawing the link monitor’s polls', () => {
  const preset = findPreset('link-monitor')!;
  const nodes = preset.scenario.nodes;
  const positions = new Map(nodes.map((n, i) => [n.id, { x: i * 100, y: 50 }]));
  const scene = buildScene(nodes, preset.scenario.cables, positions, 1);

  /** The rings drawn at `nowUs`, 0.05× speed: a poll’s ring lasts 45 ms of virtual time. */
  function rings(nowUs: number, reducedMotion = false) {
    const sim = createSimulation(preset.scenario);
    sim.runUntil(nowUs);
    const drawn: { x: number; y: number; stroke: unknown; alpha: unknown }[] = [];
    const state: Record<string | symbol, unknown> = {};
    const ctx = new Proxy(state, {
      get: (target, key) => {
        if (key === 'roundRect') {
          return (x: number, y: number, w: number, h: number) =>
            drawn.push({ x: x + w / 2, y: y + h / 2, stroke: null, alpha: target.globalAlpha });
        }
        if (key === 'stroke') return () => (drawn.at(-1)!.stroke = target.strokeStyle);
        if (key in target) return target[key];
        return () => undefined;
      },
      set: (target, key, value) => {
        target[key] = value;
        return true;
      },
    }) as unknown as CanvasRenderingContext2D;
    const clock = { nowUs, speed: 0.05, reducedMotion };
    drawLinkPolls(ctx, scene, sim, clock, FALLBACK_PALETTE, 1);
    return drawn;
  }

  it('rings the balancer just after a poll, in the danger colour when it found a link down', () => {
    const lb = nodes.findIndex((n) => n.id === 'lb');
    const at = { x: lb * 100, y: 50 };
    expect(rings(1_010_000)).toEqual([
      { ...at, stroke: FALLBACK_PALETTE.muted, alpha: expect.any(Number) },
    ]);
    expect(rings(1_260_000)).toEqual([
      { ...at, stroke: FALLBACK_PALETTE.danger, alpha: expect.any(Number) },
    ]);
    expect(rings(1_240_000)).toEqual([]);
    expect(rings(1_260_000, true)[0]?.alpha).toBe(1);
  });
});
