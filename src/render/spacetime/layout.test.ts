import { describe, expect, it } from 'vitest';
import { SIX_CAUSES } from '../../scenario/presets/index.ts';
import { CAUSES } from '../../sim/index.ts';
import { presetScene, runPreset, sceneOf } from './preset-scene.ts';
import type { Scene } from './scene.ts';
import { sceneToSvg } from './svg.ts';

/** The timeout of the featured request r3 in every cause preset. */
const TIMEOUT_US = 600_000;

/** The picture without its title (which names the scenario). */
const picture = (scene: Scene) => sceneToSvg(scene).replace(/<title>.*<\/title>/, '');

describe('the client’s view', () => {
  it('is the same picture for the six causes, up to the timeout', () => {
    for (const preset of SIX_CAUSES) {
      // Retries would make the client see more; the cause presets have none.
      expect(preset.scenario.workloads.every((w) => w.retries === 0)).toBe(true);
    }
    const scenes = SIX_CAUSES.map((p) =>
      presetScene(p.id, { view: 'client', untilUs: TIMEOUT_US }),
    );
    const [first, ...rest] = scenes.map(({ title: _title, ...shapes }) => shapes);
    for (const scene of rest) expect(scene).toEqual(first);
    expect(new Set(scenes.map(picture)).size).toBe(1);
    // And it shows the timeout it is about.
    expect(scenes[0]!.timeouts.map((t) => t.request)).toEqual(['r3']);
  });

  it('never tells a cause, and has no lane but the client’s', () => {
    for (const preset of SIX_CAUSES) {
      const scene = presetScene(preset.id, { view: 'client' });
      expect(scene.lanes.map((l) => l.id)).toEqual(['client']);
      expect(scene.timeouts.every((t) => t.cause === null && t.causeLabel === null)).toBe(true);
      const svg = sceneToSvg(scene);
      for (const cause of CAUSES) expect(svg).not.toContain(cause);
      expect(scene.fog).not.toBeNull();
    }
  });
});

describe('the omniscient view', () => {
  it('tells six different stories', () => {
    const pictures = SIX_CAUSES.map((p) => picture(presetScene(p.id)));
    expect(new Set(pictures).size).toBe(6);
  });

  it('names each timeout’s cause on the client’s lane', () => {
    for (const preset of SIX_CAUSES) {
      const r3 = presetScene(preset.id).timeouts.find((t) => t.request === 'r3');
      expect(r3?.causeLabel?.text).toBe(preset.featured.cause);
    }
  });

  it('draws every message in the window, or counts it as omitted', () => {
    for (const maxArrows of [undefined, 12]) {
      const sim = runPreset('remote-paused', 2_000_000);
      const scene = sceneOf(sim, { fromUs: 200_000, untilUs: 1_500_000, maxArrows });
      const drawn = new Set(
        [...scene.arrows, ...scene.waits, ...scene.drops].map((shape) => shape.message),
      );
      const inWindow = sim.trace.messages.filter(
        (m) => m.sentAtUs >= 200_000 && m.sentAtUs <= 1_500_000,
      );
      const missing = inWindow.filter((m) => !drawn.has(m.id));
      expect(inWindow.length).toBeGreaterThan(8);
      if (maxArrows === undefined) expect(missing).toEqual([]);
      else {
        expect(scene.arrows.length).toBeLessThanOrEqual(maxArrows);
        expect(missing.length).toBeGreaterThan(0);
        expect(missing.length).toBeLessThanOrEqual(scene.omittedMessages);
        expect(scene.omittedLabel?.text).toBe(`${scene.omittedMessages} messages not drawn`);
      }
    }
  });

  it('ends a dropped message in a ✕ where it died', () => {
    const scene = presetScene('request-lost');
    const drop = scene.drops.find((d) => d.request === 'r3');
    expect(drop?.reason).toBe('cable cut');
    const arrow = scene.arrows.find((a) => a.request === 'r3' && a.end === 'drop');
    expect({ x: arrow?.line.x2, y: arrow?.line.y2 }).toEqual(drop?.at);
    const r3 = /<g data-request="r3"[\s\S]*?<\/g>/.exec(sceneToSvg(scene))![0];
    expect(r3).toMatch(/<path d="M[\d.]+,[\d.]+ L/);
  });

  it('marks a late response in words, in both views', () => {
    for (const view of ['omniscient', 'client'] as const) {
      const scene = presetScene('response-delayed', { view });
      const late = scene.lates.find((l) => l.request === 'r3');
      expect(late?.label?.text).toBe('late response');
      expect(scene.arrows.some((a) => a.request === 'r3' && a.end === 'late')).toBe(true);
    }
  });

  it('bands a paused process, with its state in words', () => {
    const band = presetScene('remote-paused').bands.find((b) => b.node === 'server');
    expect(band?.state).toBe('paused');
    expect(band?.label?.text).toBe('paused');
  });
});

describe('the frame', () => {
  it('keeps every shape inside the box, time across or down', () => {
    for (const orientation of ['time-across', 'time-down'] as const) {
      const scene = presetScene('remote-crashed', { orientation, widthPx: 380, heightPx: 600 });
      const points = scene.arrows.flatMap((a) => [
        [a.line.x1, a.line.y1],
        [a.line.x2, a.line.y2],
      ]);
      for (const [x, y] of points) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(380);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(600);
      }
      const lane = scene.lanes[0]!.line;
      expect(orientation === 'time-down' ? lane.x1 === lane.x2 : lane.y1 === lane.y2).toBe(true);
    }
  });

  it('draws the known future after the cursor, lighter', () => {
    // As after a seek back: the cursor at 600 ms, the run known to 2 s.
    const sim = runPreset('remote-paused', 2_000_000);
    const scene = sceneOf(sim, { untilUs: 1_000_000, cursorUs: 600_000 });
    expect(scene.knownUs).toBeGreaterThan(1_000_000);
    expect(scene.cursor?.x1).toBe(scene.future?.x);
    expect(scene.legend.map((l) => l.kind)).toContain('future');
    expect(scene.arrows.some((a) => a.request === 'r4')).toBe(true);
    expect(sceneOf(sim, { untilUs: 1_000_000 }).future).toBeNull();
  });
});
