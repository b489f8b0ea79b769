import { describe, expect, it } from 'vitest';
import { findPreset } from '../../scenario/presets/index.ts';
import { createSimulation } from '../../sim/index.ts';
import { clockWords, hiddenNodeLook, nodeClockText, nodeLook, nodeName } from './looks.ts';
import { clockY, NODE_LAYOUTS, nodeReach } from './node-layout.ts';
import { buildScene } from './scene.ts';

const simOf = (id: string) => createSimulation(findPreset(id)!.scenario);
const indexOf = (sim: ReturnType<typeof simOf>, id: string) => sim.world.index.get(id)!;

describe('a node’s clock, under its label', () => {
  it('says how far the time of day is from true time, with a true minus sign', () => {
    expect(clockWords(80_000)).toBe('clock +80.0 ms');
    expect(clockWords(-50_000)).toBe('clock −50.0 ms');
    expect(clockWords(149)).toBe('clock +0.1 ms');
    expect(clockWords(40)).toBe('');
  });

  it('shows a skewed client’s offset, and nothing for a perfect clock or while hidden', () => {
    const sim = simOf('clock-skew');
    sim.runUntil(300_000);
    const b = nodeLook(sim, indexOf(sim, 'b'));
    expect(nodeClockText(b)).toBe('clock −50.0 ms');
    expect(nodeName('b', b)).toBe('b, running, clock −50.0 ms');
    expect(nodeClockText(nodeLook(sim, indexOf(sim, 'client')))).toBeNull();
    expect(nodeClockText(hiddenNodeLook('client'))).toBeNull();
  });

  it('follows the drift and the syncs, revision by revision', () => {
    const sim = simOf('clock-sync');
    const client = indexOf(sim, 'client');
    expect(nodeLook(sim, client).clock).toBe('clock +80.0 ms');
    sim.runUntil(500_000);
    // Set back by the first answer, then 500 ppm fast again: a little ahead, a millisecond or so.
    expect(nodeLook(sim, client).clock).toMatch(/^clock [+−][0-2]\.\d ms$/);
    sim.runUntil(30_000_000);
    // No answers since 5 s (the firewall, 5.5–35.5 s): 25 s at 500 ppm, about 13 ms ahead.
    expect(nodeLook(sim, client).clock).toMatch(/^clock \+1[2-4]\.\d ms$/);
  });

  it('makes room: a clocked client’s timers start a line lower, and the fit reaches further', () => {
    const preset = findPreset('clock-skew')!.scenario;
    const positions = new Map(preset.nodes.map((n, i) => [n.id, { x: i * 200, y: 0 }]));
    const scene = buildScene(preset.nodes, preset.cables, positions, 1);
    expect([...scene.clockRows]).toEqual(preset.nodes.map((n) => (n.clock ? 1 : 0)));
    for (const placement of ['below', 'beside'] as const) {
      const layout = NODE_LAYOUTS[placement];
      expect(clockY('client', placement)).toBeLessThan(layout.timersY + layout.timerRowHeight);
      const plain = nodeReach('client', placement, true);
      expect(nodeReach('client', placement, true, true).bottom).toBeGreaterThan(plain.bottom);
      expect(nodeReach('server', placement, false, true).bottom).toBeGreaterThan(
        clockY('server', placement),
      );
    }
  });
});
