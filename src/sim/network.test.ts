import { describe, expect, it } from 'vitest';
import { eventsOf, line, run, sends } from '../testing/build-scenario.ts';
import { results } from './index.ts';

describe('a cable', () => {
  it('takes transmission time plus latency, each way', () => {
    // 1,000 bytes at 8 Mbit/s: 1,000 µs on the wire; then 1,000 µs of latency; 500 µs service.
    const { events } = run(line({ schedule: sends(0) }));
    expect(eventsOf(events, 'transmit').map((e) => e.timeUs)).toEqual([0, 2500]);
    expect(eventsOf(events, 'server-enqueue')[0]!.timeUs).toBe(2000);
    expect(eventsOf(events, 'process-end')[0]!.timeUs).toBe(2500);
    expect(eventsOf(events, 'receive')[0]!.timeUs).toBe(4500);
  });

  it('transmits one message at a time, so a burst queues and arrives spaced by its transmission time', () => {
    const { events } = run(line({ schedule: sends(0, 3), server: { workers: 3 } }));
    const arrivals = eventsOf(events, 'server-enqueue').map((e) => e.timeUs);
    expect(arrivals).toEqual([2000, 3000, 4000]);
    expect(
      eventsOf(events, 'link-enqueue')
        .slice(0, 3)
        .map((e) => e.queueLength),
    ).toEqual([1, 1, 2]);
  });

  it('drops what does not fit in its queue', () => {
    const { events, sim } = run(line({ schedule: sends(0, 3), link: { queueCapacity: 1 } }));
    const drops = eventsOf(events, 'drop-in-cable');
    expect(drops.map((d) => [d.message!.request, d.reason])).toEqual([[3, 'cable queue full']]);
    expect(results(sim).requests[2]).toMatchObject({ outcome: 'timeout', cause: 'request lost' });
  });

  it('loses a message halfway along the wire', () => {
    const { events, sim } = run(
      line({ schedule: sends(0), link: { lossPercent: 100, latencyUs: 4000 } }),
    );
    const [drop] = eventsOf(events, 'drop-in-cable');
    // Transmitted by 1,000 µs, then dies 2,000 µs into its 4,000 µs journey.
    expect(drop).toMatchObject({ timeUs: 3000, reason: 'loss' });
    expect(results(sim).requests[0]).toMatchObject({ outcome: 'timeout', cause: 'request lost' });
  });

  it('delays each message by latency ± jitter', () => {
    const spaced = Array.from({ length: 40 }, (_, i) => sends(i * 20_000)).flat();
    const scenario = line({
      schedule: spaced,
      link: { latencyUs: 10_000, jitterUs: 5000, bandwidthMbps: 1000 },
    });
    const { events } = run(scenario);
    // Sent every 20 ms, 8 µs on the wire, then 5–15 ms of propagation.
    const delays = eventsOf(events, 'server-enqueue').map((e, i) => e.timeUs - i * 20_000 - 8);
    expect(delays).toHaveLength(40);
    for (const d of delays) {
      expect(d).toBeGreaterThanOrEqual(5000);
      expect(d).toBeLessThanOrEqual(15_000);
    }
    expect(new Set(delays).size).toBeGreaterThan(30);
  });

  it('is first in, first out: a message never overtakes an earlier one', () => {
    const scenario = line({
      schedule: sends(0, 40),
      link: { latencyUs: 10_000, jitterUs: 5000, bandwidthMbps: 1000 },
      server: { workers: 40 },
    });
    const { events, sim } = run(scenario);
    const arrivals = eventsOf(events, 'server-enqueue');
    expect(arrivals.map((e) => e.message!.request)).toEqual(
      Array.from({ length: 40 }, (_, i) => i + 1),
    );
    const times = arrivals.map((e) => e.timeUs);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(results(sim).counts.ok).toBe(40);
  });

  it('routes through switches along the shortest path', () => {
    const { events } = run(line({ switches: 2, schedule: sends(0) }));
    const hops = eventsOf(events, 'arrive', 1).filter((e) => e.message!.kind === 'request');
    expect(hops.map((e) => e.node)).toEqual(['sw1', 'sw2', 'server']);
  });
});

describe('cutting and restoring a cable', () => {
  it('drops what waits and what is on the wire, and whatever comes while it is cut', () => {
    const scenario = line({
      link: { latencyUs: 10_000 },
      schedule: [
        ...sends(0, 2),
        { atUs: 5000, kind: 'cut', cable: ['client', 'server'] },
        ...sends(6000),
        { atUs: 20_000, kind: 'restore', cable: ['client', 'server'] },
        ...sends(21_000),
      ],
    });
    const { events, sim } = run(scenario);
    // r1 was on the wire and r2 already transmitted behind it; r3 came while it was cut.
    expect(
      eventsOf(events, 'drop-in-cable').map((d) => [d.message!.request, d.timeUs, d.reason]),
    ).toEqual([
      [1, 5000, 'cable cut'],
      [2, 5000, 'cable cut'],
      [3, 6000, 'cable cut'],
    ]);
    expect(results(sim).requests.map((r) => r.outcome)).toEqual([
      'timeout',
      'timeout',
      'timeout',
      'ok',
    ]);
  });

  it('can cut one direction only: requests pass, responses die', () => {
    const scenario = line({
      schedule: [
        { atUs: 0, kind: 'cut', cable: ['client', 'server'], from: 'server' },
        ...sends(0),
      ],
    });
    const { sim, events } = run(scenario);
    expect(results(sim).requests[0]).toMatchObject({
      outcome: 'timeout',
      cause: 'response lost',
      processedCount: 1,
    });
    expect(eventsOf(events, 'cable-state').map((e) => [e.direction, e.cableState])).toEqual([
      [1, 'cut'],
    ]);
  });

  it('degrades latency for what is sent afterwards, and restore brings back the cable’s own values', () => {
    const scenario = line({
      schedule: [
        {
          atUs: 0,
          kind: 'degrade',
          cable: ['client', 'server'],
          from: 'client',
          latencyUs: 50_000,
        },
        ...sends(0),
        { atUs: 60_000, kind: 'restore', cable: ['client', 'server'], from: 'client' },
        ...sends(200_000),
      ],
    });
    const { events } = run(scenario);
    expect(eventsOf(events, 'server-enqueue').map((e) => e.timeUs)).toEqual([51_000, 202_000]);
  });
});
