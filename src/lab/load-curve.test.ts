import { describe, expect, it } from 'vitest';
import { findPreset } from '../scenario/presets/index.ts';
import { atLoad, loadCurve } from './load-curve.ts';

describe('latency against load', () => {
  const busy = findPreset('busy-server')!.scenario;

  it('scales every client’s rate, and leaves on-demand clients alone', () => {
    const twice = atLoad(busy, 2);
    expect(twice.workloads[0]!.intervalUs).toBe(Math.round(busy.workloads[0]!.intervalUs / 2));
  });

  it('the tail grows much faster than the median as a busy server nears its capacity', () => {
    const curve = loadCurve(busy, 'client', [0.25, 0.5, 1, 1.1]);
    const at = (f: number) => curve.find((p) => p.factor === f)!;
    // At a quarter of the load (ρ ≈ 0.21) waits are rare; at ρ ≈ 0.94 they dominate.
    expect(at(0.25).p99Us).toBeLessThan(at(1).p99Us);
    expect(at(1).p99Us).toBeLessThan(at(1.1).p99Us);
    expect(at(1.1).p99Us - at(0.25).p99Us).toBeGreaterThan(at(1.1).p50Us - at(0.25).p50Us);
    for (const point of curve) expect(point.answered).toBeGreaterThan(100);
  });
});
