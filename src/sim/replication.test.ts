/**
 * Single-leader replication (concepts.md C3, G7): a follower takes over after the election
 * timeout when the leader goes quiet; a paused leader that wakes still believes it leads and
 * writes with its old term; storage that checks fencing tokens refuses that write.
 */

import { describe, expect, it } from 'vitest';
import { findPreset } from '../scenario/presets/index.ts';
import { validateScenario } from '../scenario/validate.ts';
import { checkRun } from '../testing/trace-checks.ts';
import { createSimulation, decodeTrace, type Simulation, type TraceEvent } from './index.ts';

function runPreset(id: string, seed = 1): { sim: Simulation; events: TraceEvent[] } {
  const sim = createSimulation(findPreset(id)!.scenario, { seed });
  sim.runUntil(sim.endUs);
  return { sim, events: decodeTrace(sim.trace, sim.world) };
}

const roles = (events: TraceEvent[]) =>
  events.filter((e) => e.type === 'role').map((e) => [e.timeUs, e.node, e.leader, e.term]);
const writes = (events: TraceEvent[], type: 'write' | 'fenced') =>
  events
    .filter((e) => e.type === type)
    .map((e) => ({ t: e.timeUs, writer: e.writer, token: e.term }));

describe('failover', () => {
  it.each(['leader-crash', 'split-brain', 'fencing-tokens'])('%s is a valid scenario', (id) => {
    expect(validateScenario(findPreset(id)!.scenario).problems).toEqual([]);
  });

  it.each([1, 2, 3, 4, 5])(
    'seed %i: a follower takes over one election timeout after the leader crashes',
    (seed) => {
      const { sim, events } = runPreset('leader-crash', seed);
      const promoted = roles(events).filter(([, , leader]) => leader);
      expect(promoted).toHaveLength(1);
      const [atUs, node, , term] = promoted[0]!;
      expect(['b', 'c']).toContain(node);
      expect(term).toBe(2);
      // The last heartbeat left a by 1 s; the timeout is drawn from 1 to 2 s after it was heard.
      expect(atUs as number).toBeGreaterThan(1_900_000);
      expect(atUs as number).toBeLessThan(3_100_000);
      // Between the crash and the promotion nobody writes; afterwards the new leader does.
      const written = writes(events, 'write');
      expect(written.filter((w) => w.t > 1_020_000 && w.t < (atUs as number))).toEqual([]);
      expect(written.some((w) => w.writer === node && w.token === 2)).toBe(true);
      expect(checkRun(sim)).toEqual([]);
    },
  );

  it.each([1, 2, 3])(
    'seed %i: a paused leader wakes believing it leads, and its stale write is taken',
    (seed) => {
      const { sim, events } = runPreset('split-brain', seed);
      const newLeader = roles(events).find(([, node, leader]) => leader && node !== 'a')!;
      expect(newLeader[3]).toBe(2);
      // a wakes at 4 s; its first act is the write it was about to make, with term 1.
      const stale = writes(events, 'write').filter((w) => w.writer === 'a' && w.t > 4_000_000);
      expect(stale.length).toBeGreaterThanOrEqual(1);
      expect(stale[0]!.token).toBe(1);
      // By then the storage had taken term-2 writes: two leaders have written.
      expect(writes(events, 'write').some((w) => w.token === 2 && w.t < stale[0]!.t)).toBe(true);
      // Then a hears of term 2 and steps down.
      expect(
        roles(events).some(
          ([t, node, leader]) => node === 'a' && !leader && (t as number) >= 4_000_000,
        ),
      ).toBe(true);
      expect(checkRun(sim)).toEqual([]);
    },
  );

  it.each([1, 2, 3])('seed %i: with fencing tokens the storage refuses the stale write', (seed) => {
    const { sim, events } = runPreset('fencing-tokens', seed);
    const fenced = writes(events, 'fenced');
    expect(fenced.length).toBeGreaterThanOrEqual(1);
    expect(fenced[0]).toMatchObject({ writer: 'a', token: 1 });
    expect(writes(events, 'write').filter((w) => w.writer === 'a' && w.t > 4_000_000)).toEqual([]);
    expect(checkRun(sim)).toEqual([]);
  });
});

describe('a crash-notification script on the leader', () => {
  it('names a successor, which takes over at once instead of after an election timeout', () => {
    const base = findPreset('leader-crash')!.scenario;
    const scenario = {
      ...base,
      nodes: base.nodes.map((n) => (n.id === 'a' ? { ...n, notifyOnCrash: true } : n)),
    };
    expect(validateScenario(scenario).problems).toEqual([]);
    const sim = createSimulation(scenario);
    sim.runUntil(sim.endUs);
    const events = decodeTrace(sim.trace, sim.world);
    const promoted = roles(events).filter(([, , leader]) => leader);
    expect(promoted).toHaveLength(1);
    expect(promoted[0]![1]).toBe('b');
    // The crash is at 1 s; the notice crosses two 5 ms hops.
    expect(promoted[0]![0] as number).toBeLessThan(1_020_000);
    expect(checkRun(sim)).toEqual([]);
  });
});

describe('followers with a phi-accrual detector', () => {
  const withPhi = (id: string, threshold: number) => {
    const base = findPreset(id)!.scenario;
    return {
      ...base,
      nodes: base.nodes.map((n) => (n.kind === 'replica' ? { ...n, phiThreshold: threshold } : n)),
    };
  };

  it.each([1, 2, 3])('seed %i: notice a crash far sooner than the fixed 1–2 s timeout', (seed) => {
    const scenario = withPhi('leader-crash', 8);
    expect(validateScenario(scenario).problems).toEqual([]);
    const sim = createSimulation(scenario, { seed });
    sim.runUntil(sim.endUs);
    const promoted = roles(decodeTrace(sim.trace, sim.world)).filter(([, , leader]) => leader);
    expect(promoted).toHaveLength(1);
    // Heartbeats every 100 ms, a spread of at least 20 ms: phi passes 8 about 200 ms after the
    // last one, plus up to 200 ms drawn so the two followers do not take over together.
    const afterCrashUs = (promoted[0]![0] as number) - 1_000_000;
    expect(afterCrashUs).toBeGreaterThan(100_000);
    expect(afterCrashUs).toBeLessThan(500_000);
    expect(checkRun(sim)).toEqual([]);
  });

  it('a higher threshold waits longer before it suspects', () => {
    const at = (threshold: number) => {
      const sim = createSimulation(withPhi('leader-crash', threshold));
      sim.runUntil(sim.endUs);
      return roles(decodeTrace(sim.trace, sim.world)).find(([, , leader]) => leader)![0] as number;
    };
    expect(at(16)).toBeGreaterThan(at(2));
  });
});

describe('the phi-detector preset', () => {
  it.each([1, 2, 3])(
    'seed %i: a 400 ms pause is taken for a death, and the late write is fenced',
    (seed) => {
      const { sim, events } = runPreset('phi-detector', seed);
      expect(roles(events).some(([, node, leader]) => leader && node !== 'a')).toBe(true);
      expect(writes(events, 'fenced').some((w) => w.writer === 'a' && w.token === 1)).toBe(true);
      expect(checkRun(sim)).toEqual([]);
    },
  );
});

describe('a leader’s lease', () => {
  it.each([1, 2, 3])('seed %i: a pause between the check and the write defeats it', (seed) => {
    const { sim, events } = runPreset('lease-pause', seed);
    const stale = writes(events, 'write').filter((w) => w.writer === 'a' && w.t > 4_000_000);
    expect(stale[0]).toMatchObject({ token: 1 });
    // Where the lease works: with the storage cut off at 6 s, the leader of term 2 stops about
    // a second later, when no write has renewed its lease.
    const stopped = roles(events).find(
      ([t, , leader, term]) => !leader && term === 2 && (t as number) > 6_000_000,
    );
    expect(stopped![0] as number).toBeLessThan(7_300_000);
    expect(checkRun(sim)).toEqual([]);
  });

  it('a leader cut off from the storage lets its lease run out and stops writing', () => {
    const base = findPreset('lease-pause')!.scenario;
    const scenario = {
      ...base,
      // No pause: the leader's own cable goes dead for 3 s instead.
      schedule: [
        { atUs: 1_000_000, kind: 'cut' as const, cable: ['a', 'switch'] as [string, string] },
        { atUs: 4_000_000, kind: 'restore' as const, cable: ['a', 'switch'] as [string, string] },
      ],
    };
    const sim = createSimulation(scenario);
    sim.runUntil(sim.endUs);
    const events = decodeTrace(sim.trace, sim.world);
    // a steps down about a second after its last write was taken, before the cable is back.
    const down = roles(events).find(([, node, leader]) => node === 'a' && !leader)!;
    expect(down[0] as number).toBeGreaterThan(1_900_000);
    expect(down[0] as number).toBeLessThan(2_400_000);
    // Nothing reached the storage from a with its old term once the lease had run out; cut off,
    // a cannot win a vote, so it does not lead again while b or c leads with term 2.
    const stale = writes(events, 'write').filter((w) => w.writer === 'a' && w.token === 1);
    expect(stale.every((w) => w.t < 1_100_000)).toBe(true);
    const ledAgain = roles(events).filter(
      ([t, node, leader]) => node === 'a' && leader && (t as number) > 0,
    );
    expect(ledAgain).toEqual([]);
  });
});

describe('elections (concepts.md G5: the majority decides)', () => {
  const cut = (node: string, atUs: number) => ({
    atUs,
    kind: 'cut' as const,
    cable: [node, 'switch'] as [string, string],
  });
  const crash = (node: string, atUs: number) => ({ atUs, kind: 'crash' as const, node });
  const runWith = (schedule: ReturnType<typeof cut | typeof crash>[], seed = 1) => {
    const scenario = { ...findPreset('fencing-tokens')!.scenario, schedule };
    const sim = createSimulation(scenario, { seed });
    sim.runUntil(sim.endUs);
    return { sim, events: decodeTrace(sim.trace, sim.world) };
  };

  it.each([1, 2, 3])('seed %i: a follower cut off from the rest never leads', (seed) => {
    const { sim, events } = runWith([cut('c', 1_000_000)], seed);
    // c stands for election again and again and nobody answers; a goes on leading term 1.
    const asked = events.filter((e) => e.type === 'send' && e.message?.kind === 'vote-request');
    expect(asked.some((e) => e.node === 'c')).toBe(true);
    expect(roles(events).filter(([t]) => (t as number) > 0)).toEqual([]);
    expect(checkRun(sim)).toEqual([]);
  });

  it('a leader needs a majority: with two of three down, nobody leads', () => {
    const { events } = runWith([crash('a', 1_000_000), crash('c', 1_000_000)]);
    expect(roles(events).filter(([t, , leader]) => leader && (t as number) > 0)).toEqual([]);
    const { events: one } = runWith([crash('a', 1_000_000)]);
    const promoted = roles(one).filter(([t, , leader]) => leader && (t as number) > 0);
    expect(promoted.map(([, node, , term]) => [node, term])).toEqual([['b', 2]]);
  });

  it.each(['leader-crash', 'split-brain', 'phi-detector', 'lease-pause'])(
    '%s: never two leaders elected in one term, over seeds 1–20',
    (id) => {
      for (let seed = 1; seed <= 20; seed++) {
        const { events } = runPreset(id, seed);
        const leaders = new Map<number, Set<string>>();
        for (const [, node, leader, term] of roles(events)) {
          if (!leader) continue;
          const set = leaders.get(term as number) ?? new Set();
          set.add(node as string);
          leaders.set(term as number, set);
        }
        for (const [term, set] of leaders) expect([seed, term, set.size]).toEqual([seed, term, 1]);
      }
    },
  );
});
