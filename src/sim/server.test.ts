import { describe, expect, it } from 'vitest';
import { eventsOf, line, run, sends } from '../testing/build-scenario.ts';
import { createSimulation, results } from './index.ts';

describe('a server', () => {
  it('serves as many requests at once as it has workers, and queues the rest', () => {
    const { events } = run(
      line({
        schedule: sends(0, 3),
        server: { workers: 2, service: { kind: 'constant', us: 10_000 } },
        link: { bandwidthMbps: 1000 },
      }),
    );
    const starts = eventsOf(events, 'process-start').map((e) => [
      e.message!.request,
      e.timeUs,
      e.worker,
    ]);
    // Arrivals 8 µs apart; r3 waits for the first worker to finish.
    expect(starts).toEqual([
      [1, 1008, 0],
      [2, 1016, 1],
      [3, 11_008, 0],
    ]);
  });

  it('drops a request when its queue is full: the request is lost', () => {
    const scenario = line({
      schedule: sends(0, 3),
      server: { workers: 1, queueCapacity: 1, service: { kind: 'constant', us: 10_000 } },
      link: { bandwidthMbps: 1000 },
    });
    const { sim, events } = run(scenario);
    expect(eventsOf(events, 'drop-at-node').map((e) => [e.message!.request, e.reason])).toEqual([
      [3, 'server queue full'],
    ]);
    expect(results(sim).requests.map((r) => r.cause)).toEqual([null, null, 'request lost']);
  });

  it('draws uniform and exponential service times within their shapes', () => {
    const uniform = run(
      line({
        schedule: sends(0, 200),
        server: { workers: 200, service: { kind: 'uniform', minUs: 1000, maxUs: 3000 } },
        link: { bandwidthMbps: 1_000_000 },
      }),
    );
    const spans = eventsOf(uniform.events, 'process-end').map(
      (e, i) => e.timeUs - eventsOf(uniform.events, 'process-start')[i]!.timeUs,
    );
    expect(Math.min(...spans)).toBeGreaterThanOrEqual(1000);
    expect(Math.max(...spans)).toBeLessThanOrEqual(3000);
    const exponential = run(
      line({
        schedule: sends(0, 2000),
        server: { workers: 2000, queueCapacity: 0, service: { kind: 'exponential', meanUs: 2000 } },
        link: { bandwidthMbps: 1_000_000, queueCapacity: 5000 },
        workload: { timeoutUs: 1_000_000 },
      }),
    );
    const starts = new Map(
      eventsOf(exponential.events, 'process-start').map((e) => [e.message!.id, e.timeUs]),
    );
    const times = eventsOf(exponential.events, 'process-end').map(
      (e) => e.timeUs - starts.get(e.message!.id)!,
    );
    const mean = times.reduce((a, b) => a + b, 0) / times.length;
    expect(times).toHaveLength(2000);
    expect(mean).toBeGreaterThan(1800);
    expect(mean).toBeLessThan(2200);
  });

  it('counts the work its handler did', () => {
    const { sim } = run(line({ schedule: sends(0, 4), link: { bandwidthMbps: 1000 } }));
    expect(sim.state.nodes[1]!.processed).toBe(4);
    expect(results(sim).requests.every((r) => r.processedCount === 1)).toBe(true);
  });
});

describe('pausing a server', () => {
  const slow = { service: { kind: 'constant' as const, us: 10_000 } };

  it('freezes work in progress, which resumes where it stopped', () => {
    // r1 arrives at 2,000 µs and needs 10 ms; paused at 6,000 µs for 100 ms, 6 ms are left.
    const scenario = line({
      server: slow,
      schedule: [...sends(0), { atUs: 6000, kind: 'pause', node: 'server', durationUs: 100_000 }],
      workload: { timeoutUs: 500_000 },
    });
    const { events } = run(scenario);
    expect(eventsOf(events, 'process-end')[0]!.timeUs).toBe(112_000);
    expect(eventsOf(events, 'node-state').map((e) => [e.timeUs, e.processState])).toEqual([
      [6000, 'paused'],
      [106_000, 'running'],
    ]);
  });

  it('keeps arriving messages waiting, beyond the queue’s capacity, and serves them in order', () => {
    const scenario = line({
      server: { ...slow, queueCapacity: 1 },
      link: { bandwidthMbps: 1000 },
      schedule: [
        { atUs: 0, kind: 'pause', node: 'server' },
        ...sends(100, 5),
        { atUs: 50_000, kind: 'resume', node: 'server' },
      ],
      workload: { timeoutUs: 500_000 },
    });
    const { events, sim } = run(scenario);
    expect(eventsOf(events, 'drop-at-node')).toEqual([]);
    expect(eventsOf(events, 'server-enqueue').map((e) => e.queueLength)).toEqual([1, 2, 3, 4, 5]);
    expect(eventsOf(events, 'process-start').map((e) => [e.message!.request, e.timeUs])).toEqual([
      [1, 50_000],
      [2, 60_000],
      [3, 70_000],
      [4, 80_000],
      [5, 90_000],
    ]);
    expect(results(sim).counts.ok).toBe(5);
  });

  it('makes a timeout whose cause is the pause, and the work is done after it', () => {
    const scenario = line({
      schedule: [{ atUs: 0, kind: 'pause', node: 'server', durationUs: 200_000 }, ...sends(0)],
    });
    const { sim } = run(scenario);
    expect(results(sim).requests[0]).toMatchObject({
      outcome: 'timeout',
      cause: 'remote paused',
      processedCount: 1,
      processedAfterTimeout: true,
      lateResponse: true,
    });
  });

  it('ignores a later automatic resume after a resume and a new pause', () => {
    const scenario = line({
      schedule: [
        { atUs: 0, kind: 'pause', node: 'server', durationUs: 10_000 },
        { atUs: 5000, kind: 'resume', node: 'server' },
        { atUs: 6000, kind: 'pause', node: 'server' },
      ],
    });
    const sim = createSimulation(scenario);
    sim.runUntil(50_000);
    expect(sim.state.nodes[1]!.process).toBe('paused');
  });
});

describe('crashing, powering off and restarting', () => {
  const slow = { service: { kind: 'constant' as const, us: 10_000 }, restartUs: 20_000 };

  it('a crash loses the work in progress and the queue; later requests find no process', () => {
    const scenario = line({
      server: slow,
      link: { bandwidthMbps: 1000 },
      schedule: [...sends(0, 2), { atUs: 5000, kind: 'crash', node: 'server' }, ...sends(10_000)],
    });
    const { sim, events } = run(scenario);
    expect(eventsOf(events, 'process-abort').map((e) => [e.message!.request, e.reason])).toEqual([
      [1, 'process crashed'],
    ]);
    expect(eventsOf(events, 'drop-at-node').map((e) => [e.message!.request, e.reason])).toEqual([
      [2, 'process crashed'],
      [3, 'process crashed'],
    ]);
    expect(results(sim).requests.map((r) => r.cause)).toEqual([
      'remote crashed',
      'remote crashed',
      'remote crashed',
    ]);
  });

  it('power off also silences what waited in the machine’s outgoing queue, but not what is on the wire', () => {
    // Responses of 100 kB take 100 ms each to transmit at 8 Mbit/s: two wait when the power goes.
    const scenario = line({
      server: { workers: 3, service: { kind: 'constant', us: 0 } },
      link: { bandwidthMbps: 8 },
      workload: { requestBytes: 1, responseBytes: 100_000, timeoutUs: 1_000_000 },
      schedule: [...sends(0, 3), { atUs: 150_000, kind: 'power-off', node: 'server' }],
    });
    const { sim, events } = run(scenario);
    expect(eventsOf(events, 'drop-in-cable').map((e) => [e.message!.request, e.reason])).toEqual([
      [2, 'machine off'],
      [3, 'machine off'],
    ]);
    // r1's response left the machine before the power went, and arrives.
    expect(results(sim).requests.map((r) => r.outcome)).toEqual(['ok', 'timeout', 'timeout']);
  });

  it('a request reaching a machine that is off is lost there, and the remote counts as crashed', () => {
    const scenario = line({
      switches: 1,
      schedule: [{ atUs: 0, kind: 'power-off', node: 'server' }, ...sends(0)],
    });
    const { sim, events } = run(scenario);
    expect(eventsOf(events, 'drop-at-node')[0]).toMatchObject({
      node: 'server',
      reason: 'machine off',
    });
    expect(results(sim).requests[0]!.cause).toBe('remote crashed');
  });

  it('a switch that is off loses what passes through it: the request is lost', () => {
    const scenario = line({
      switches: 1,
      schedule: [{ atUs: 0, kind: 'power-off', node: 'sw1' }, ...sends(0)],
    });
    const { sim, events } = run(scenario);
    expect(eventsOf(events, 'drop-at-node')[0]).toMatchObject({
      node: 'sw1',
      reason: 'machine off',
    });
    expect(results(sim).requests[0]!.cause).toBe('request lost');
  });

  it('a restart takes the server’s restart time, refuses requests meanwhile, then serves again', () => {
    const scenario = line({
      server: slow,
      schedule: [
        { atUs: 0, kind: 'power-off', node: 'server' },
        { atUs: 10_000, kind: 'restart', node: 'server' },
        ...sends(15_000),
        ...sends(40_000),
      ],
    });
    const { sim, events } = run(scenario);
    expect(eventsOf(events, 'node-state').map((e) => [e.timeUs, e.processState])).toEqual([
      [0, 'off'],
      [10_000, 'restarting'],
      [30_000, 'running'],
    ]);
    expect(eventsOf(events, 'drop-at-node')[0]).toMatchObject({ reason: 'restarting' });
    // While it restarts the machine is up without the process: its operating system refuses.
    expect(results(sim).requests.map((r) => [r.outcome, r.cause])).toEqual([
      ['connection refused', 'remote crashed'],
      ['ok', null],
    ]);
  });

  it('a switch that restarts loses what it was sending, and is back at once', () => {
    // 100 kB requests take 100 ms each to cross a cable at 8 Mbit/s: at 250 ms the switch is
    // sending r2, r1 is on the wire beyond it and r3 still on the wire before it.
    const scenario = line({
      switches: 1,
      workload: { requestBytes: 100_000, timeoutUs: 1_000_000 },
      link: { bandwidthMbps: 8 },
      schedule: [...sends(0, 3), { atUs: 250_000, kind: 'restart', node: 'sw1' }],
    });
    const { events } = run(scenario);
    const lost = eventsOf(events, 'drop-in-cable').map((e) => [e.message!.request, e.reason]);
    expect(lost).toEqual([[2, 'restarting']]);
    expect(eventsOf(events, 'receive').map((e) => e.message!.request)).toEqual([1, 3]);
    expect(eventsOf(events, 'node-state').map((e) => [e.node, e.processState])).toEqual([
      ['sw1', 'restarting'],
      ['sw1', 'running'],
    ]);
  });

  it('restarting a running server kills its work first', () => {
    const scenario = line({
      server: slow,
      schedule: [...sends(0), { atUs: 5000, kind: 'restart', node: 'server' }],
    });
    const { events } = run(scenario);
    expect(eventsOf(events, 'process-abort')).toHaveLength(1);
    expect(eventsOf(events, 'node-state').map((e) => e.processState)).toEqual([
      'restarting',
      'running',
    ]);
  });
});

describe('overloading a server', () => {
  it('adds jobs at a fixed interval, served with the given service time, until the overload ends', () => {
    const scenario = line({
      schedule: [
        {
          atUs: 0,
          kind: 'overload',
          node: 'server',
          intervalUs: 1000,
          serviceUs: 3000,
          queueCapacity: 4,
          durationUs: 20_000,
        },
      ],
    });
    const { events, sim } = run(scenario);
    const arrivals = eventsOf(events, 'job-arrive');
    expect(arrivals[0]!.timeUs).toBe(0);
    expect(arrivals.every((e, i) => i === 0 || e.timeUs - arrivals[i - 1]!.timeUs >= 1000)).toBe(
      true,
    );
    // One worker, 3 ms a job, a job every 1 ms: the queue of 4 fills and the rest is turned away.
    expect(eventsOf(events, 'job-drop').length).toBeGreaterThan(5);
    expect(Math.max(...arrivals.map((e) => e.queueLength!))).toBe(4);
    expect(eventsOf(events, 'overload-state').map((e) => [e.timeUs, e.overloaded])).toEqual([
      [0, true],
      [20_000, false],
    ]);
    const lastArrival = arrivals[arrivals.length - 1]!.timeUs;
    expect(lastArrival).toBeLessThan(20_000);
    expect(sim.state.nodes[1]!.queue).toEqual([]);
  });

  it('makes requests wait behind the jobs: a timeout because the request was queued', () => {
    const scenario = line({
      workload: { timeoutUs: 30_000 },
      schedule: [
        {
          atUs: 0,
          kind: 'overload',
          node: 'server',
          intervalUs: 1000,
          serviceUs: 5000,
          durationUs: 60_000,
        },
        ...sends(20_000),
      ],
    });
    const { sim } = run(scenario);
    expect(results(sim).requests[0]).toMatchObject({
      outcome: 'timeout',
      cause: 'request queued',
      processedAfterTimeout: true,
    });
  });
});
