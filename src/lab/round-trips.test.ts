import { describe, expect, it } from 'vitest';
import { findPreset } from '../scenario/presets/index.ts';
import { createSimulation, results } from '../sim/index.ts';
import { line, run, sends } from '../testing/build-scenario.ts';
import {
  adaptiveLaterThan,
  laterThan,
  measuredClient,
  percentile,
  percentiles,
  roundTrips,
  rtoTrack,
  sortedRtts,
  tcpEstimate,
} from './round-trips.ts';

/**
 * client — server, 1 ms a way plus 1 ms to transmit, 0.5 ms of service: a round trip takes
 * 4.5 ms. The client gives up after 30 ms. r2 meets a 50 ms pause (a late response, 51.5 ms);
 * r4 leaves after the cable was cut and is never answered.
 */
const scenario = line({
  workload: { timeoutUs: 30_000 },
  schedule: [
    ...sends(0),
    ...sends(100_000),
    ...sends(200_000),
    ...sends(300_000),
    { atUs: 99_000, kind: 'pause', node: 'server', durationUs: 50_000 },
    { atUs: 250_000, kind: 'cut', cable: ['client', 'server'] },
  ],
});

describe('roundTrips', () => {
  it('measures each response from its attempt’s send, late ones too, in arrival order', () => {
    const { sim } = run(scenario);
    expect(roundTrips(sim, 'client')).toEqual({
      answered: [
        { sentAtUs: 0, arrivedAtUs: 4500, rttUs: 4500, late: false },
        { sentAtUs: 100_000, arrivedAtUs: 151_500, rttUs: 51_500, late: true },
        { sentAtUs: 200_000, arrivedAtUs: 204_500, rttUs: 4500, late: false },
      ],
      unanswered: [{ sentAtUs: 300_000, waitedUs: 30_000 }],
      refused: 0,
    });
  });

  it('knows only what happened by now: a late response still on its way is no answer yet', () => {
    const sim = createSimulation(scenario);
    sim.runUntil(140_000);
    expect(roundTrips(sim, 'client')).toEqual({
      answered: [{ sentAtUs: 0, arrivedAtUs: 4500, rttUs: 4500, late: false }],
      unanswered: [{ sentAtUs: 100_000, waitedUs: 30_000 }],
      refused: 0,
    });
  });

  it('is empty for a node that is not there, and for a server', () => {
    const { sim } = run(scenario);
    const none = { answered: [], unanswered: [], refused: 0 };
    expect(roundTrips(sim, 'nobody')).toEqual(none);
    expect(roundTrips(sim, 'server')).toEqual(none);
  });

  it('counts attempts a signal ended as refused: nothing to measure, nothing to wait for', () => {
    const sim = createSimulation(findPreset('circuit-switched')!.scenario);
    sim.runUntil(sim.endUs);
    const { refused, unanswered } = roundTrips(sim, 'client');
    expect(refused).toBe(results(sim).counts['connection refused']);
    expect(refused).toBeGreaterThan(100);
    expect(unanswered).toEqual([]);
  });
});

describe('measuredClient', () => {
  it('is the selected client, else the first client with a workload', () => {
    const { sim } = run(scenario);
    expect(measuredClient(sim, 'client')).toBe('client');
    expect(measuredClient(sim, 'server')).toBe('client');
    expect(measuredClient(sim, null)).toBe('client');
  });
});

describe('percentiles', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => (i + 1) * 1000);

  it('are nearest-rank: always a measured value', () => {
    expect(percentiles(hundred)).toEqual({ p50: 50_000, p99: 99_000, p999: 100_000, max: 100_000 });
    expect(percentile([7], 0.5)).toBe(7);
    expect(percentile([], 0.5)).toBeNaN();
  });

  it('of the measured round trips', () => {
    const { sim } = run(scenario);
    const sorted = sortedRtts(roundTrips(sim, 'client').answered);
    expect(sorted).toEqual([4500, 4500, 51_500]);
    expect(percentiles(sorted)).toEqual({ p50: 4500, p99: 51_500, p999: 51_500, max: 51_500 });
  });
});

describe('false timeouts for a chosen timeout', () => {
  it('count the responses that came later than it', () => {
    const sorted = [4500, 4500, 51_500];
    expect(laterThan(sorted, 1000)).toBe(3);
    expect(laterThan(sorted, 4500)).toBe(1);
    expect(laterThan(sorted, 50_000)).toBe(1);
    expect(laterThan(sorted, 51_500)).toBe(0);
    expect(laterThan([], 1000)).toBe(0);
  });
});

describe('the RFC 6298 estimator over the samples', () => {
  const { sim } = run(scenario);
  const { answered } = roundTrips(sim, 'client');

  it('follows concepts.md D12’s worked example', () => {
    const samples = [100_000, 300_000].map((rttUs, i) => ({
      sentAtUs: i * 1_000_000,
      arrivedAtUs: i * 1_000_000 + rttUs,
      rttUs,
      late: false,
    }));
    expect(rtoTrack(samples, 200_000).map((p) => [p.srttUs, p.rtoUs])).toEqual([
      [100_000, 300_000],
      [125_000, 475_000],
    ]);
  });

  it('takes the samples in arrival order, above the floor', () => {
    const withFloor = rtoTrack(answered, 200_000);
    expect(withFloor.map((p) => p.atUs)).toEqual([4500, 151_500, 204_500]);
    expect(withFloor.every((p) => p.rtoUs >= 200_000)).toBe(true);
    const low = rtoTrack(answered, 1000);
    // First sample: SRTT 4.5 ms, RTTVAR 2.25 ms, so RTO = 4.5 + 4 × 2.25 = 13.5 ms.
    expect(low[0]).toEqual({ atUs: 4500, rttUs: 4500, srttUs: 4500, rtoUs: 13_500 });
  });

  it('counts a response as a false timeout against the RTO in force when its attempt left', () => {
    // r2 left at 100 ms, when the RTO (1 ms floor) was 13.5 ms: its 51.5 ms was too late.
    expect(adaptiveLaterThan(answered, rtoTrack(answered, 1000))).toBe(1);
    // With Linux's 200 ms floor nothing was.
    expect(adaptiveLaterThan(answered, rtoTrack(answered, 200_000))).toBe(0);
    // Before any sample, RFC 6298's initial RTO of 1 s holds.
    expect(adaptiveLaterThan(answered, [])).toBe(0);
  });

  it('sums up as the final RTO, what the formula alone gives, and the false timeouts', () => {
    expect(tcpEstimate(answered, 200_000)).toEqual({
      finalUs: 200_000,
      formulaUs: rtoTrack(answered, 1000)[2]!.rtoUs,
      late: 0,
    });
    expect(tcpEstimate([], 200_000)).toEqual({ finalUs: null, formulaUs: null, late: 0 });
  });
});
