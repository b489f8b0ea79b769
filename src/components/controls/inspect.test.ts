import { describe, expect, it } from 'vitest';
import { healthy } from '../../scenario/presets/healthy.ts';
import { requestQueued } from '../../scenario/presets/six-causes.ts';
import { createSimulation } from '../../sim/index.ts';
import {
  clientFacts,
  nodeActionReasons,
  nodeFacts,
  overloadWords,
  processWords,
  rateFromIntervalUs,
  rhythmWords,
} from './inspect.ts';
import { cableFacts, directionDetail, paramsWords, stateWords } from './cable-facts.ts';

/** The words with ordinary spaces (they keep their phrases together with no-break spaces). */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

const start = (scenario = healthy.scenario) => createSimulation(scenario);

describe('a server in words', () => {
  it('counts its queue, workers and work', () => {
    const sim = start(requestQueued.scenario);
    sim.runUntil(450_000);
    const facts = nodeFacts(sim, 'server')!;
    expect(facts).toMatchObject({
      label: 'server',
      kind: 'server',
      process: 'running',
      workers: 2,
    });
    expect(facts.busyWorkers).toBe(2);
    expect(facts.queued).toBeGreaterThan(5);
    expect(facts.queueCapacity).toBe(64);
    expect(overloadWords(facts, sim.nowUs)).toBe('extra work every 2 ms, for 110 ms more');
    expect(processWords(facts, sim.nowUs)).toBe('running, overloaded');
  });

  it('says when a paused process resumes', () => {
    const sim = start();
    sim.runUntil(100_000);
    sim.apply({ kind: 'pause', node: 'server', durationUs: 300_000 });
    sim.runUntil(280_000);
    const facts = nodeFacts(sim, 'server')!;
    expect(processWords(facts, sim.nowUs)).toBe('paused, resumes in 120 ms');
    sim.apply({ kind: 'resume', node: 'server' });
    sim.apply({ kind: 'pause', node: 'server' });
    expect(processWords(nodeFacts(sim, 'server')!, sim.nowUs)).toBe('paused until resumed');
  });

  it('tells a crash from a machine that is off', () => {
    const sim = start();
    sim.apply({ kind: 'crash', node: 'server' });
    expect(processWords(nodeFacts(sim, 'server')!, 0)).toBe(
      'crashed (machine up, refuses connections)',
    );
    sim.apply({ kind: 'power-off', node: 'server' });
    expect(processWords(nodeFacts(sim, 'server')!, 0)).toBe('off (machine silent)');
    sim.apply({ kind: 'restart', node: 'server' });
    expect(processWords(nodeFacts(sim, 'server')!, 0)).toBe('restarting (takes 300 ms)');
  });

  it('is null for an id the scenario does not have', () => {
    expect(nodeFacts(start(), 'nobody')).toBeNull();
  });
});

describe('which node actions apply', () => {
  const applicable = (process: Parameters<typeof nodeActionReasons>[0]['process']) =>
    Object.entries(nodeActionReasons({ label: 'server', process }))
      .filter(([, reason]) => reason === null)
      .map(([kind]) => kind);

  it('follows the simulation’s rules', () => {
    expect(applicable('running')).toEqual(['pause', 'crash', 'power-off', 'restart', 'overload']);
    expect(applicable('paused')).toEqual(['resume', 'crash', 'power-off', 'restart', 'overload']);
    expect(applicable('crashed')).toEqual(['power-off', 'restart', 'overload']);
    expect(applicable('off')).toEqual(['restart', 'overload']);
    expect(applicable('restarting')).toEqual(['power-off', 'overload']);
  });

  it('gives a reason for each that does not', () => {
    expect(nodeActionReasons({ label: 'db', process: 'running' }).resume).toBe(
      'db is running, not paused.',
    );
  });

  it('agrees with what the simulation then does', () => {
    const sim = start();
    const reasons = nodeActionReasons(nodeFacts(sim, 'server')!);
    expect(reasons.resume).not.toBeNull();
    expect(sim.apply({ kind: 'resume', node: 'server' }).applied).toBe(false);
    expect(reasons.pause).toBeNull();
    expect(sim.apply({ kind: 'pause', node: 'server' }).applied).toBe(true);
  });
});

describe('a client in words', () => {
  it('reads its current workload, changed or not', () => {
    const sim = start();
    sim.runUntil(600_000);
    const facts = clientFacts(sim, 'client')!;
    expect(facts).toMatchObject({ server: 'server', mode: 'interval', intervalUs: 250_000 });
    expect(facts.sent).toBe(3);
    expect(rhythmWords(facts)).toBe('every 250 ms');
    expect(rateFromIntervalUs(facts.intervalUs)).toBe(4);
    sim.apply({ kind: 'set-workload', client: 'client', mode: 'on-demand', timeoutUs: 300_000 });
    const changed = clientFacts(sim, 'client')!;
    expect(rhythmWords(changed)).toBe('only on demand');
    expect(changed.timeoutUs).toBe(300_000);
  });

  it('has no workload when the scenario gives it none', () => {
    const scenario = { ...healthy.scenario, workloads: [] };
    expect(clientFacts(start(scenario), 'client')).toMatchObject({ workload: null, server: null });
  });
});

describe('a cable in words', () => {
  it('gives both directions, a → b first', () => {
    const sim = start();
    const [ab, ba] = cableFacts(sim, 'switch', 'server')!;
    expect([ab.from, ab.to, ba.from, ba.to]).toEqual(['switch', 'server', 'server', 'switch']);
    expect(ab.state).toBe('up');
    expect(stateWords(ab)).toBe('working');
    expect(directionDetail(ab)).toBeNull();
    expect(plain(paramsWords(ab.params))).toBe(
      'latency 5 ms, jitter ±1 ms, loss 0 %, bandwidth 100 Mbit/s',
    );
  });

  it('says which direction is cut and how the other is degraded', () => {
    const sim = start();
    sim.apply({ kind: 'cut', cable: ['switch', 'server'], from: 'server' });
    sim.apply({
      kind: 'degrade',
      cable: ['switch', 'server'],
      from: 'switch',
      latencyUs: 50_000,
      lossPercent: 20,
    });
    const [ab, ba] = cableFacts(sim, 'switch', 'server')!;
    expect(plain(directionDetail(ab)!)).toBe('latency 50 ms (own 5 ms), loss 20 % (own 0 %)');
    expect([ab.state, ba.state]).toEqual(['degraded', 'cut']);
    expect(directionDetail(ba)).toBe('nothing gets through');
    expect([plain(stateWords(ab)), stateWords(ba)]).toEqual(['slowed: +45 ms', 'cut']);
  });

  it('names what a degrade did most, never "up"', () => {
    const sim = start();
    const degrade = (change: object) =>
      sim.apply({ kind: 'degrade', cable: ['switch', 'server'], from: 'switch', ...change });
    const words = () => plain(stateWords(cableFacts(sim, 'switch', 'server')![0]));
    degrade({ lossPercent: 25 });
    expect(words()).toBe('lossy: 25 % lost');
    degrade({ lossPercent: 0, bandwidthMbps: 2 });
    expect(words()).toBe('narrowed: 2 Mbit/s');
    degrade({ bandwidthMbps: 100, jitterUs: 20_000 });
    expect(words()).toBe('jittery: ±20 ms');
    degrade({ jitterUs: 1000, latencyUs: 1000 });
    expect(words()).toBe('degraded');
  });

  it('is null when no cable joins the two', () => {
    expect(cableFacts(start(), 'client', 'server')).toBeNull();
  });
});
