/**
 * A balancer's link monitor in the diagram: every poll of the switches is a mark on the
 * balancer's lane (it crosses none of our cables), and the poll that found server 2's link down
 * and took it out says so once, in the rotation's words.
 */

import { describe, expect, it } from 'vitest';
import { presetScene, runPreset, sceneOf, type PresetSceneOptions } from './preset-scene.ts';
import { sceneToSvg } from './svg.ts';

/** Polls at 750 ms, 1 s, 1.25 s (server 2 off since 1,020 ms: taken out) and 1.5 s. */
const WINDOW: PresetSceneOptions = { fromUs: 700_000, untilUs: 1_600_000 };

describe('the link monitor’s polls', () => {
  it('are every one drawn on the balancer’s lane, at its time', () => {
    const sim = runPreset('link-monitor', 1_600_000);
    const polls: number[] = [];
    for (let i = sim.trace.firstIndex; i < sim.trace.known; i++) {
      const { timeUs, type } = sim.trace.row(i);
      if (type === 'link-poll' && timeUs >= 700_000) polls.push(timeUs);
    }
    expect(polls).toEqual([750_000, 1_000_000, 1_250_000, 1_500_000]);
    const scene = sceneOf(sim, WINDOW);
    const lane = scene.lanes.find((l) => l.id === 'lb')!.line.y1;
    const polled = scene.control.linkPolls;
    expect(polled.map((m) => m.balancer)).toEqual(['lb', 'lb', 'lb', 'lb']);
    expect(polled.every((m) => m.at.y === lane)).toBe(true);
    const x = (us: number) => scene.plot.x + ((us - 700_000) / 900_000) * scene.plot.width;
    for (const [i, m] of polled.entries()) expect(m.at.x).toBeCloseTo(x(polls[i]!), 0);
    const marks = /<g data-part="control-marks">[\s\S]*?\n {2}<\/g>/.exec(sceneToSvg(scene))![0];
    expect(marks.match(/<path d="M[^"]*Z"/g)).toHaveLength(4);
  });

  it('mark the poll that found server 2’s link down, with the rotation’s words once', () => {
    const scene = presetScene('link-monitor', WINDOW);
    const { linkPolls, rotations } = scene.control;
    expect(linkPolls.map((m) => [m.linksDown, m.takenOut])).toEqual([
      [0, []],
      [0, []],
      [1, ['s2']],
      [1, []],
    ]);
    // Out of rotation at that poll, and said once: why, and what the balancer did.
    expect(rotations.map((r) => [r.backend, r.bar.x1, r.label?.text])).toEqual([
      ['s2', linkPolls[2]!.at.x, 'link monitor: server 2’s link down, out of rotation'],
    ]);
    const svg = sceneToSvg(scene);
    expect(svg.match(/out of rotation/g)).toHaveLength(1);
    // Filled in the danger colour; the poll after it, hollow (still down).
    expect(svg).toMatch(/<path d="[^"]*Z" fill="#b3261e" stroke="#b3261e"/);
    expect(svg).toMatch(/<path d="[^"]*Z" fill="#ffffff" stroke="#b3261e"/);
  });

  it('are in the legend only when one is in view, and never in the client’s view', () => {
    const kinds = (options: PresetSceneOptions) =>
      presetScene('link-monitor', options).legend.map((l) => l.kind);
    expect(kinds(WINDOW)).toContain('link-poll');
    expect(kinds({ fromUs: 1_260_000, untilUs: 1_490_000 })).not.toContain('link-poll');
    expect(kinds({ ...WINDOW, view: 'client' })).not.toContain('link-poll');
    expect(presetScene('link-monitor', { ...WINDOW, view: 'client' }).control.linkPolls).toEqual(
      [],
    );
    expect(presetScene('load-balancer', WINDOW).control.linkPolls).toEqual([]);
  });
});
