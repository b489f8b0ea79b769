/**
 * The load balancers' own traffic in the diagram (concepts.md C2): health checks, their answers
 * and refusals, crash notices and changes of rotation are drawn apart from the requests, never
 * as a request `r0`, and every one of them is drawn or counted.
 */

import { describe, expect, it } from 'vitest';
import { findPreset } from '../../scenario/presets/index.ts';
import { createSimulation } from '../../sim/index.ts';
import { presetScene, runPreset, sceneOf, type PresetSceneOptions } from './preset-scene.ts';
import type { Scene } from './scene.ts';
import { sceneToSvg } from './svg.ts';

/** Server 2 off at 1,020 ms; three failed checks later (about 2.7 s), out of rotation. */
const OUT_OF_ROTATION: PresetSceneOptions = { fromUs: 900_000, untilUs: 2_900_000 };
/** Server 2 crashes at 1,020 ms and says so; its check at 1.5 s is refused. */
const NOTICE: PresetSceneOptions = { fromUs: 900_000, untilUs: 1_600_000 };

/** Every message with a shape in the scene, the requests' and the balancers'. */
function drawnMessages(scene: Scene): Set<number> {
  const { arrows, waits, drops, control } = scene;
  const shapes = [arrows, waits, drops, control.arrows, control.waits, control.drops];
  return new Set(shapes.flatMap((list: { message: number }[]) => list.map((s) => s.message)));
}

describe('control messages', () => {
  it('are drawn apart from the requests, never as a request `r0`', () => {
    const scene = presetScene('load-balancer', OUT_OF_ROTATION);
    const kinds = new Set(scene.control.arrows.map((a) => a.kind));
    expect([...kinds].sort()).toEqual(['check', 'check-ok']);
    expect(scene.arrows.every((a) => a.kind === 'request' || a.kind === 'response')).toBe(true);
    expect(scene.requests.map((r) => r.id)).not.toContain('r0');
    expect(scene.requests.every((r) => r.number > 0 && !/check|notice/.test(r.name))).toBe(true);
    const svg = sceneToSvg(scene);
    expect(svg).not.toContain('data-request="r0"');
    // Under the requests, and nothing in it to focus.
    const control = /<g data-part="control">[\s\S]*?\n {2}<\/g>/.exec(svg)![0];
    expect(control).not.toContain('data-request');
    expect(svg.indexOf('data-part="control"')).toBeLessThan(svg.indexOf('data-part="requests"'));
  });

  it('are all drawn in the window, or counted as omitted', () => {
    for (const maxArrows of [undefined, 60]) {
      const sim = runPreset('crash-notice', 1_600_000);
      const scene = sceneOf(sim, { ...NOTICE, maxArrows });
      const inWindow = sim.trace.messages.filter(
        (m) => m.request === 0 && m.sentAtUs >= 900_000 && m.sentAtUs <= 1_600_000,
      );
      const drawn = drawnMessages(scene);
      const missing = inWindow.filter((m) => !drawn.has(m.id));
      expect(new Set(inWindow.map((m) => m.kind))).toEqual(
        new Set(['check', 'check-ok', 'notice', 'refused']),
      );
      if (maxArrows === undefined) expect(missing).toEqual([]);
      else {
        expect(missing.length).toBeGreaterThan(0);
        expect(missing.length).toBeLessThanOrEqual(scene.omittedMessages);
      }
    }
  });

  it('leave the balancer’s lane free of requests’ ids and endless waits', () => {
    const scene = presetScene('load-balancer', OUT_OF_ROTATION);
    const clientLane = scene.lanes.find((l) => l.id === 'client')!.line.y1;
    for (const r of scene.requests) if (r.label) expect(r.label.y).toBeLessThan(clientLane);
    expect(scene.waits.filter((w) => w.node === 'lb')).toEqual([]);
    expect(scene.control.waits).toEqual([]);
  });

  it('name a request by the server the balancer chose', () => {
    const r23 = presetScene('load-balancer', OUT_OF_ROTATION).requests.find((r) => r.id === 'r23');
    expect(r23?.name).toBe(
      'r23: request client → balancer → server 2, dropped at server 2 (machine off), ' +
        'timed out (remote crashed)',
    );
  });
});

describe('the balancer’s verdicts', () => {
  it('marks each failed check and the removal from rotation, in words', () => {
    const scene = presetScene('load-balancer', OUT_OF_ROTATION);
    const { checkFailures, rotations } = scene.control;
    expect(checkFailures.map((f) => [f.balancer, f.backend])).toEqual([
      ['lb', 's2'],
      ['lb', 's2'],
      ['lb', 's2'],
    ]);
    expect(checkFailures[0]?.label?.text).toBe('server 2 check failed');
    expect(rotations.map((r) => [r.backend, r.inRotation, r.label?.text])).toEqual([
      ['s2', false, 'server 2 out of rotation'],
    ]);
    // On the balancer's lane, at the third failure.
    const lane = scene.lanes.find((l) => l.id === 'lb')!.line.y1;
    expect((rotations[0]!.bar.y1 + rotations[0]!.bar.y2) / 2).toBe(lane);
    expect(rotations[0]!.bar.x1).toBe(checkFailures[2]!.at.x);
  });

  it('draws a crash notice as an arrow of its own, tagged `notice`', () => {
    const scene = presetScene('crash-notice', NOTICE);
    const notice = scene.control.arrows.filter((a) => a.kind === 'notice');
    expect(notice.map((a) => [a.from, a.to, a.end])).toEqual([
      ['s2', 'rack', 'head'],
      ['rack', 'lb', 'head'],
    ]);
    expect(scene.control.tags.map((t) => t.label.text)).toEqual(['notice']);
    // Out of rotation as the notice arrives; the next check is refused (an RST), and fails.
    expect(scene.control.rotations[0]?.bar.x1).toBe(notice[1]!.line.x2);
    const refused = scene.control.arrows.filter((a) => a.kind === 'refused');
    expect(refused.at(-1)?.to).toBe('lb');
    expect(scene.control.checkFailures[0]?.at.x).toBe(refused.at(-1)?.line.x2);
    expect(scene.legend.map((l) => l.kind)).toEqual(expect.arrayContaining(['check', 'notice']));
  });

  it('are said only in the omniscient view', () => {
    const scene = presetScene('load-balancer', { ...OUT_OF_ROTATION, view: 'client' });
    expect(scene.lanes.map((l) => l.id)).toEqual(['client']);
    expect(Object.values(scene.control).every((list: unknown[]) => list.length === 0)).toBe(true);
    expect(scene.legend.map((l) => l.kind)).not.toContain('check');
    expect(sceneToSvg(scene)).not.toMatch(/in rotation|check failed|health check|notice/);
  });

  it('puts health checks in the legend only when one is in view', () => {
    // The checks go out every 500 ms and are back within about 25 ms.
    const between = presetScene('load-balancer', { fromUs: 100_000, untilUs: 450_000 });
    expect(between.legend.map((l) => l.kind)).not.toContain('check');
    expect(between.control.arrows).toEqual([]);
    const kinds = presetScene('load-balancer', OUT_OF_ROTATION).legend.map((l) => l.kind);
    expect(kinds).toContain('check');
    expect(kinds).not.toContain('notice');
  });
});

describe('the lanes', () => {
  it('follow the way a request goes: client, switches, balancer, servers', () => {
    const ids = (scene: Scene) => scene.lanes.map((l) => l.id);
    const path = ['client', 'switch', 'lb', 'rack', 's1', 's2', 's3'];
    expect(ids(presetScene('load-balancer'))).toEqual(path);
    // Even when the scenario lists the balancer first.
    const scenario = structuredClone(findPreset('load-balancer')!.scenario);
    const lb = scenario.nodes.findIndex((n) => n.id === 'lb');
    scenario.nodes.unshift(...scenario.nodes.splice(lb, 1));
    const sim = createSimulation(scenario);
    sim.runUntil(200_000);
    expect(ids(sceneOf(sim))).toEqual(path);
  });

  it('stack their titles when time runs down and they would run into each other', () => {
    const scene = presetScene('crash-notice', { orientation: 'time-down', widthPx: 390 });
    const titles = scene.lanes.map((l) => l.title);
    const lines = new Set(titles.map((t) => t.y));
    expect(lines.size).toBe(2);
    for (const [i, title] of titles.entries()) {
      const next = titles[i + 1];
      if (!next || next.y !== title.y) continue;
      // Neighbours on one line are at least a title apart.
      expect(next.x - title.x).toBeGreaterThan(((title.text.length + next.text.length) * 8) / 2);
    }
  });
});
