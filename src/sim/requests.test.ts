import { describe, expect, it } from 'vitest';
import { eventsOf, line, run, sends } from '../testing/build-scenario.ts';
import { clientView, createSimulation, results } from './index.ts';

const paused = (durationUs?: number) =>
  ({ atUs: 0, kind: 'pause', node: 'server', ...(durationUs ? { durationUs } : {}) }) as const;

describe('a client', () => {
  it('times out after its timeout, then retries after a backoff that grows', () => {
    // The server is paused throughout: every attempt times out.
    const scenario = line({
      schedule: [paused(), ...sends(0)],
      workload: { timeoutUs: 10_000, retries: 3, backoffUs: 1000, backoffMultiplier: 2 },
    });
    const { sim, events } = run(scenario);
    expect(eventsOf(events, 'timeout').map((e) => [e.timeUs, e.attempt, e.cause])).toEqual([
      [10_000, 0, 'remote paused'],
      [21_000, 1, 'remote paused'],
      [33_000, 2, 'remote paused'],
      [47_000, 3, 'remote paused'],
    ]);
    expect(eventsOf(events, 'retry').map((e) => [e.timeUs, e.attempt])).toEqual([
      [11_000, 1],
      [23_000, 2],
      [37_000, 3],
    ]);
    expect(results(sim).requests[0]).toMatchObject({
      outcome: 'timeout',
      cause: 'remote paused',
      attempts: 4,
    });
    // The run lasts exactly as long as that takes: 4 timeouts and 1 + 2 + 4 ms of backoff.
    expect(sim.endUs).toBe(1_000_000 + 47_000);
  });

  it('takes the first attempt’s late response as late, and the retry’s as the answer', () => {
    const scenario = line({
      schedule: [paused(15_000), ...sends(0)],
      workload: { timeoutUs: 10_000, retries: 1, backoffUs: 1000 },
    });
    const { sim, events } = run(scenario);
    expect(results(sim).requests[0]).toMatchObject({
      outcome: 'ok',
      attempts: 2,
      processedCount: 2,
      duplicate: true,
      lateResponse: true,
      processedAfterTimeout: true,
    });
    expect(eventsOf(events, 'duplicate')[0]).toMatchObject({ request: 1, processedCount: 2 });
  });

  it('with an idempotency key, the server does the work once and answers both attempts', () => {
    const scenario = line({
      schedule: [paused(15_000), ...sends(0)],
      workload: { timeoutUs: 10_000, retries: 1, backoffUs: 1000, idempotencyKey: true },
    });
    const { sim, events } = run(scenario);
    expect(results(sim).requests[0]).toMatchObject({
      outcome: 'ok',
      processedCount: 1,
      duplicate: false,
      lateResponse: true,
    });
    expect(eventsOf(events, 'dedup')).toHaveLength(1);
    expect(sim.state.nodes[1]!.processed).toBe(1);
  });

  it('sends at a fixed interval from its start until the duration, or its count', () => {
    const every = run(
      line({
        durationUs: 100_000,
        workload: { mode: 'interval', intervalUs: 30_000, startUs: 5000 },
      }),
    );
    expect(every.sim.state.requests.map((r) => r.sentAtUs)).toEqual([5000, 35_000, 65_000, 95_000]);
    const counted = run(
      line({ durationUs: 100_000, workload: { mode: 'interval', intervalUs: 10_000, count: 3 } }),
    );
    expect(counted.sim.state.requests).toHaveLength(3);
  });

  it('sends as a Poisson process: exponential gaps with the given mean', () => {
    const { sim } = run(
      line({
        durationUs: 20_000_000,
        link: { bandwidthMbps: 1000 },
        workload: { mode: 'poisson', intervalUs: 10_000 },
      }),
    );
    const sent = sim.state.requests.map((r) => r.sentAtUs);
    const gaps = sent.slice(1).map((t, i) => t - sent[i]!);
    const mean = gaps.reduce((a, b) => a + b, 0) / gaps.length;
    expect(gaps.length).toBeGreaterThan(1800);
    expect(mean).toBeGreaterThan(9500);
    expect(mean).toBeLessThan(10_500);
    // Exponential: about 1/e of gaps exceed the mean.
    const above = gaps.filter((g) => g > 10_000).length / gaps.length;
    expect(above).toBeGreaterThan(0.33);
    expect(above).toBeLessThan(0.41);
  });

  it('sees only its own sends, responses and timers, never the cause', () => {
    const { sim } = run(line({ schedule: [paused(200_000), ...sends(0), ...sends(300_000)] }));
    const seen = clientView(sim.trace, sim.world, 'client');
    expect(seen).toEqual([
      { timeUs: 0, what: 'sent', request: 'r1', attempt: 0 },
      { timeUs: 100_000, what: 'timeout', request: 'r1', attempt: 0 },
      { timeUs: 202_500, what: 'late response', request: 'r1', attempt: 0 },
      { timeUs: 300_000, what: 'sent', request: 'r2', attempt: 0 },
      { timeUs: 304_500, what: 'response', request: 'r2', attempt: 0 },
    ]);
    expect(JSON.stringify(seen)).not.toMatch(/paused|cause/);
  });
});

describe('actions taken live', () => {
  it('apply at the current time and are recorded with it', () => {
    const sim = createSimulation(line());
    sim.runUntil(5000);
    expect(sim.apply({ kind: 'send-request', client: 'client' })).toEqual({ applied: true });
    sim.runUntil(6000);
    expect(sim.apply({ kind: 'cut', cable: ['client', 'server'] })).toEqual({ applied: true });
    expect(sim.state.liveActions).toEqual([
      { kind: 'send-request', client: 'client', atUs: 5000 },
      { kind: 'cut', cable: ['client', 'server'], atUs: 6000 },
    ]);
    sim.runUntil(sim.endUs);
    expect(results(sim).requests[0]).toMatchObject({ outcome: 'timeout', cause: 'request lost' });
  });

  it('say why when they do not apply, and change nothing', () => {
    const sim = createSimulation(line());
    sim.apply({ kind: 'crash', node: 'server' });
    expect(sim.apply({ kind: 'pause', node: 'server' })).toEqual({
      applied: false,
      reason: 'server is crashed, not running',
    });
    expect(sim.apply({ kind: 'resume', node: 'server' })).toEqual({
      applied: false,
      reason: 'server is crashed, not paused',
    });
    expect(sim.apply({ kind: 'restore', cable: ['client', 'server'] })).toEqual({
      applied: false,
      reason: 'the cable is already up',
    });
    expect(sim.state.nodes[1]!.process).toBe('crashed');
  });

  it('are the same as scheduled ones: a live run and its recorded schedule give the same trace', () => {
    const live = createSimulation(line());
    live.runUntil(1000);
    live.apply({ kind: 'send-request', client: 'client' });
    live.runUntil(1500);
    live.apply({ kind: 'pause', node: 'server', durationUs: 150_000 });
    live.runUntil(live.endUs);
    const replay = createSimulation(line({ schedule: live.state.liveActions }));
    replay.runUntil(replay.endUs);
    expect(results(replay)).toEqual(results(live));
    expect(replay.trace.length).toBe(live.trace.length);
  });
});

describe('the trace', () => {
  it('stops recording at its cap and says so, while the simulation runs on unchanged', () => {
    const scenario = line({
      durationUs: 200_000,
      workload: { mode: 'interval', intervalUs: 1000 },
    });
    const capped = createSimulation(scenario, { traceCapEvents: 100 });
    capped.runUntil(capped.endUs);
    const full = createSimulation(scenario);
    full.runUntil(full.endUs);
    expect(capped.trace.truncated).toBe(true);
    expect(capped.trace.length).toBe(100);
    expect(full.trace.truncated).toBe(false);
    expect(results(capped)).toEqual(results(full));
  });
});

describe('changing a workload during a run', () => {
  it('changes the rate from now, and turns sending on and off', () => {
    const scenario = line({
      durationUs: 200_000,
      link: { bandwidthMbps: 1000 },
      workload: { mode: 'on-demand' },
      schedule: [
        {
          atUs: 10_000,
          kind: 'set-workload',
          client: 'client',
          mode: 'interval',
          intervalUs: 20_000,
        },
        { atUs: 75_000, kind: 'set-workload', client: 'client', intervalUs: 50_000 },
        { atUs: 150_000, kind: 'set-workload', client: 'client', mode: 'on-demand' },
      ],
    });
    const { sim } = run(scenario);
    expect(sim.state.requests.map((r) => r.sentAtUs)).toEqual([30_000, 50_000, 70_000, 125_000]);
  });

  it('gives later requests the new timeout and retries', () => {
    const scenario = line({
      schedule: [
        { atUs: 0, kind: 'pause', node: 'server' },
        ...sends(0),
        { atUs: 1000, kind: 'set-workload', client: 'client', timeoutUs: 5000, retries: 1 },
        ...sends(2000),
      ],
    });
    const { sim } = run(scenario);
    const [first, second] = sim.state.requests;
    // A retry follows the client's settings when the timeout fires, so r1 is retried too.
    expect(first!.attempts.map((a) => a.deadlineUs)).toEqual([100_000, 115_000]);
    expect(second!.attempts.map((a) => a.deadlineUs)).toEqual([7000, 22_000]);
    // The run waits for the longest timeout, the most retries and their backoff.
    expect(sim.endUs).toBe(1_000_000 + 2 * 100_000 + 10_000);
  });
});
