import { describe, expect, it } from 'vitest';
import { barParts, barsPerDecade, labelledTicks, placeLabels, timeDomain } from './plot-layout.ts';
import { snapTimeout, stepOfTimeout, TIMEOUT_STEPS_US, timeoutOfStep } from './timeout-steps.ts';

describe('the Timeout slider’s steps', () => {
  it('run from 1 ms to 30 s on numbers that read cleanly', () => {
    expect(TIMEOUT_STEPS_US[0]).toBe(1000);
    expect(TIMEOUT_STEPS_US[TIMEOUT_STEPS_US.length - 1]).toBe(30_000_000);
    expect(TIMEOUT_STEPS_US.slice(17, 27)).toEqual([
      50_000, 60_000, 80_000, 100_000, 120_000, 150_000, 200_000, 250_000, 300_000, 400_000,
    ]);
  });

  it('snap any timeout to the nearest step, and keep steps as they are', () => {
    expect(snapTimeout(333_000)).toBe(300_000);
    expect(snapTimeout(1)).toBe(1000);
    expect(snapTimeout(3_600_000_000)).toBe(30_000_000);
    for (const us of TIMEOUT_STEPS_US) expect(timeoutOfStep(stepOfTimeout(us))).toBe(us);
    expect(timeoutOfStep(-3)).toBe(1000);
  });
});

describe('the plot’s time domain', () => {
  it('holds every value with room to spare, and at least half a decade', () => {
    const [lo, hi] = timeDomain([25_000, 232_000, 1_000_000]);
    expect(lo).toBeLessThan(25_000);
    expect(hi).toBeGreaterThan(1_000_000);
    const [a, b] = timeDomain([30_000]);
    expect(b / a).toBeGreaterThanOrEqual(Math.sqrt(10));
    expect(timeDomain([])).toEqual([1000, 1_000_000]);
  });
});

describe('bars', () => {
  it('are fixed on the log scale, split where the timeout falls inside one', () => {
    // Ten bars a decade: 25.1–31.6 ms holds 30 and 31 ms; 31.6–39.8 ms holds 35 ms.
    const parts = barParts([30_000, 31_000, 35_000, 200_000], 10, 30_500);
    expect(parts.map((p) => [Math.round(p.loUs), Math.round(p.hiUs), p.count, p.late])).toEqual([
      [25_119, 30_500, 1, false],
      [30_500, 31_623, 1, true],
      [31_623, 39_811, 1, true],
      [199_526, 251_189, 1, true],
    ]);
  });

  it('have late parts that add up to the responses later than the timeout', () => {
    const sorted = [1000, 5000, 40_000, 41_000, 90_000, 210_000, 230_000];
    const late = barParts(sorted, 20, 100_000)
      .filter((p) => p.late)
      .reduce((n, p) => n + p.count, 0);
    expect(late).toBe(2);
  });

  it('are about 10 px wide, between 5 and 25 a decade', () => {
    expect(barsPerDecade(300)).toBe(25);
    expect(barsPerDecade(120)).toBe(12);
    expect(barsPerDecade(20)).toBe(5);
  });
});

describe('labels', () => {
  it('of ticks: 2 and 5 only where a decade has room', () => {
    const ticks = [10_000, 20_000, 30_000, 50_000, 100_000];
    expect(labelledTicks(ticks, 140)).toEqual([10_000, 100_000]);
    expect(labelledTicks(ticks, 200)).toEqual([10_000, 20_000, 50_000, 100_000]);
    expect(labelledTicks(ticks, 300)).toEqual(ticks);
  });

  it('of marks: equal percentiles merge, overlapping labels take another row, all inside', () => {
    const width = (text: string) => text.length * 7;
    const percentile = (x: number, name: string, value: string) =>
      ({ x, kind: 'percentile', name, value }) as const;
    const placed = placeLabels(
      [
        percentile(100, 'p50', '31 ms'),
        percentile(300, 'p99', '221 ms'),
        percentile(310, 'p99.9', '232 ms'),
        percentile(310, 'max', '232 ms'),
        { x: 398, kind: 'tcp', name: 'TCP', value: '1 s' },
      ],
      400,
      width,
    );
    expect(placed).toEqual([
      { x: 100, markX: 100, kind: 'percentile', row: 0, text: 'p50 31 ms' },
      { x: 300, markX: 300, kind: 'percentile', row: 0, text: 'p99 221 ms' },
      { x: 310, markX: 310, kind: 'percentile', row: 1, text: 'p99.9, max 232 ms' },
      { x: 375.5, markX: 398, kind: 'tcp', row: 0, text: 'TCP 1 s' },
    ]);
  });
});
