import { describe, expect, it } from 'vitest';
import { formatClock } from '../../lab/clock-format.ts';
import { findPreset } from '../../scenario/presets/index.ts';
import { createSimulation } from '../../sim/index.ts';
import { linkPollLine, rotationRows } from './rotation.ts';

describe('what the inspector says of a load balancer', () => {
  it('its belief about each server, from its checks', () => {
    const sim = createSimulation(findPreset('load-balancer')!.scenario);
    sim.runUntil(2_900_000);
    const rows = rotationRows(sim, 'lb');
    expect(rows.map((r) => [r.backend, r.inRotation])).toEqual([
      ['server 1', true],
      ['server 2', false],
      ['server 3', true],
    ]);
    expect(rows[1]!.checks).toBe('checks failing');
    expect(linkPollLine(sim, 'lb', formatClock)).toBeNull();
  });

  it('its link monitor’s last poll, visible as it goes', () => {
    const sim = createSimulation(findPreset('link-monitor')!.scenario);
    sim.runUntil(1_100_000);
    expect(linkPollLine(sim, 'lb', formatClock)).toBe(
      'Link monitor: polled the switches at 1.000 s: every server’s link up.',
    );
    sim.runUntil(1_300_000);
    expect(linkPollLine(sim, 'lb', formatClock)).toBe(
      'Link monitor: polled the switches at 1.250 s: 1 link down.',
    );
  });
});
