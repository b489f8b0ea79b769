/**
 * Circuit switching against packet switching (concepts.md E1, E2): on a circuit every message
 * crosses in a constant, bounded time or is refused at once; on packets nothing is refused but
 * a burst queues, and the delay has no bound but the queue's size.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../scenario/types.ts';
import { validateScenario } from '../scenario/validate.ts';
import { FC_SEED } from '../testing/arbitrary-scenario.ts';
import { eventsOf, line, run, sends } from '../testing/build-scenario.ts';
import { checkRun } from '../testing/trace-checks.ts';
import { circuitDelayUs } from './network.ts';
import { findPreset } from '../scenario/presets/index.ts';
import { createSimulation, results } from './index.ts';

const LINK = {
  latencyUs: 1000,
  jitterUs: 0,
  lossPercent: 0,
  bandwidthMbps: 80,
  queueCapacity: 1000,
};

/** client — sw1 — server; bursts of `burst` requests every 20 ms. */
function burstyLine(slots: number | undefined, burst: number, bursts: number): Scenario {
  const schedule = Array.from({ length: bursts }, (_, i) => sends(i * 20_000, burst)).flat();
  const base = line({ switches: 1, link: LINK, schedule, workload: { timeoutUs: 1_000_000 } });
  return {
    ...base,
    cables: base.cables.map((c) => (slots === undefined ? c : { ...c, circuitSlots: slots })),
  };
}

/** Each hop's time from entering a cable to arriving at its far end. */
function hopDelaysUs(events: ReturnType<typeof run>['events']): { bytes: number; us: number }[] {
  const entered = new Map<string, number>();
  const delays: { bytes: number; us: number }[] = [];
  for (const e of events) {
    if (e.type === 'link-enqueue') entered.set(`${e.message!.id}`, e.timeUs);
    if (e.type === 'arrive' && entered.has(`${e.message!.id}`)) {
      delays.push({ bytes: e.message!.bytes, us: e.timeUs - entered.get(`${e.message!.id}`)! });
      entered.delete(`${e.message!.id}`);
    }
  }
  return delays;
}

describe(`circuits (fast-check seed ${FC_SEED})`, () => {
  it('never take longer than their bound, and refuse a call when every slot is taken', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 12 }),
        (slots, burst) => {
          const scenario = burstyLine(slots, burst, 5);
          expect(validateScenario(scenario).problems).toEqual([]);
          const { sim, events } = run(scenario);
          for (const hop of hopDelaysUs(events)) {
            expect(hop.us).toBeLessThanOrEqual(circuitDelayUs(hop.bytes, { ...LINK }, slots));
          }
          const refused = results(sim).counts['connection refused'];
          if (burst <= slots) expect(refused).toBe(0);
          else expect(refused).toBeGreaterThan(0);
          expect(checkRun(sim)).toEqual([]);
        },
      ),
      { seed: FC_SEED, numRuns: 40 },
    );
  });

  it('packets refuse nothing, but a burst queues past any circuit’s bound', () => {
    const { sim, events } = run(burstyLine(undefined, 12, 5));
    expect(results(sim).counts['connection refused']).toBe(0);
    expect(results(sim).counts.ok).toBe(60);
    const worst = Math.max(...hopDelaysUs(events).map((h) => h.us));
    // Twelve 1,000-byte requests at 80 Mbit/s: the last waits for eleven (1.1 ms) before its own.
    expect(worst).toBeGreaterThan(circuitDelayUs(1000, LINK, 1));
    expect(eventsOf(events, 'drop-at-node')).toEqual([]);
  });
});

describe('the packet-switched and circuit-switched presets', () => {
  it('carry the same traffic: packets refuse nothing, circuits refuse about a third', () => {
    const counts = (id: string) => {
      const sim = createSimulation(findPreset(id)!.scenario);
      sim.runUntil(sim.endUs);
      return results(sim).counts;
    };
    const packets = counts('packet-switched');
    const circuits = counts('circuit-switched');
    expect(packets.ok).toBe(packets.requests);
    const share = circuits['connection refused'] / circuits.requests;
    expect(share).toBeGreaterThan(0.2);
    expect(share).toBeLessThan(0.4);
    expect(circuits.timeout).toBe(0);
  });
});
