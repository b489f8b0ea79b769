import { describe, expect, it } from 'vitest';
import { circuitSwitched, packetSwitched } from '../scenario/presets/delays.ts';
import { validateScenario } from '../scenario/validate.ts';
import {
  circuitBoundUs,
  clampSettings,
  compareSwitching,
  DEFAULT_SWITCHING,
  offeredShare,
  switchingScenario,
} from './switching.ts';

describe('packets and circuits', () => {
  const runs = compareSwitching(DEFAULT_SWITCHING);

  it('use the two presets unchanged at the default settings', () => {
    expect(switchingScenario('packet', DEFAULT_SWITCHING)).toBe(packetSwitched.scenario);
    expect(switchingScenario('circuit', DEFAULT_SWITCHING)).toBe(circuitSwitched.scenario);
    expect(runs.packet.presetId).toBe('packet-switched');
    expect(runs.circuit.presetId).toBe('circuit-switched');
    const changed = compareSwitching({ ...DEFAULT_SWITCHING, slots: 8 });
    expect(changed.packet.presetId).toBe('packet-switched');
    expect(changed.circuit.presetId).toBeNull();
    expect(changed.circuit.scenario.cables.every((c) => c.circuitSlots === 8)).toBe(true);
  });

  it('say what changed in a scenario the lab will open, and stay valid', () => {
    const settings = { loadPerS: 80, slots: 16, seed: 12345 };
    for (const kind of ['packet', 'circuit'] as const) {
      const scenario = switchingScenario(kind, settings);
      expect(scenario.name).toMatch(/about 80 requests a second/);
      const result = validateScenario(JSON.parse(JSON.stringify(scenario)));
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.scenario).toEqual(scenario);
    }
    expect(switchingScenario('circuit', settings).name).toMatch(/16 circuits a cable/);
  });

  it('offer both networks the same requests', () => {
    expect(runs.circuit.requests).toBe(runs.packet.requests);
    // About 40 a second for 20 s.
    expect(runs.packet.requests).toBeGreaterThan(700);
    expect(runs.packet.requests).toBeLessThan(900);
  });

  it('the packet network answers every request and refuses none', () => {
    const { packet } = runs;
    expect(packet.refused).toBe(0);
    expect(packet.timedOut).toBe(0);
    expect(packet.answered).toBe(packet.requests);
    expect(packet.boundUs).toBeNull();
    expect(packet.reservedShare).toBeNull();
  });

  it('the circuit network refuses calls at the default load, and answers the rest', () => {
    const { circuit } = runs;
    expect(circuit.refused).toBeGreaterThan(0);
    expect(circuit.answered + circuit.refused + circuit.timedOut).toBe(circuit.requests);
  });

  it('keeps every measured circuit round trip within the bound', () => {
    for (const settings of [
      DEFAULT_SWITCHING,
      { loadPerS: 80, slots: 16, seed: 3 },
      { loadPerS: 80, slots: 2, seed: 5 },
      { loadPerS: 30, slots: 1, seed: 9 },
    ]) {
      const { circuit } = compareSwitching(settings);
      expect(circuit.boundUs).not.toBeNull();
      expect(circuit.sortedUs.length).toBeGreaterThan(0);
      expect(circuit.percentiles.max).toBeLessThanOrEqual(circuit.boundUs!);
    }
  });

  it('computes the bound from the slots, the cables and the server', () => {
    // Per cable at 2.5 Mbit/s: 1 kB in 3.2 ms and 10 kB in 32 ms, each plus 5 ms of latency;
    // then up to 12 ms of service, and one service's wait (3 others ahead, 2 workers).
    expect(circuitBoundUs(circuitSwitched.scenario)).toBe(2 * (8200 + 37_000) + 12_000 + 12_000);
    expect(circuitBoundUs(packetSwitched.scenario)).toBeNull();
  });

  it('the packet network is slower in the tail than at its median, with no bound', () => {
    const { p50, p99, max } = runs.packet.percentiles;
    expect(p99).toBeGreaterThan(p50 * 1.1);
    expect(max).toBeGreaterThan(p99);
  });

  it('the circuit network keeps the round trip nearly constant', () => {
    const { p50, max } = runs.circuit.percentiles;
    expect(max - runs.circuit.sortedUs[0]!).toBeLessThan(p50 * 0.15);
  });

  it('packet utilisation is the offered bits over the capacity, within a few percent', () => {
    const offered = offeredShare(runs.packet.scenario);
    expect(offered).toBeCloseTo(0.32, 5);
    // The Poisson draw offers a little more or less than 40 a second; what arrived is exact.
    const arrivedShare = (runs.packet.answered * 10_000 * 8) / (10 * 20_000_000);
    expect(runs.packet.carriedShare).toBeCloseTo(arrivedShare, 2);
    expect(Math.abs(runs.packet.carriedShare - offered)).toBeLessThan(0.03);
  });

  it('the circuit reserves far more than it carries, and carries only what it answered', () => {
    const { circuit } = runs;
    const answeredShare = (circuit.answered * 10_000 * 8) / (10 * 20_000_000);
    expect(circuit.carriedShare).toBeCloseTo(answeredShare, 2);
    expect(circuit.carriedShare).toBeLessThan(runs.packet.carriedShare);
    expect(circuit.reservedShare!).toBeGreaterThan(2 * circuit.carriedShare);
    expect(circuit.reservedShare!).toBeLessThanOrEqual(1);
  });

  it('16 circuits at 10 requests a second refuse nothing', () => {
    const { circuit } = compareSwitching({ loadPerS: 10, slots: 16, seed: 1 });
    expect(circuit.refused).toBe(0);
    expect(circuit.answered).toBe(circuit.requests);
  });

  it('more load on the same circuits means more refusals', () => {
    const light = compareSwitching({ ...DEFAULT_SWITCHING, loadPerS: 20 }).circuit;
    const heavy = compareSwitching({ ...DEFAULT_SWITCHING, loadPerS: 80 }).circuit;
    expect(heavy.refused / heavy.requests).toBeGreaterThan(light.refused / light.requests);
  });

  it('runs the same twice with the same seed, and differently with another', () => {
    const again = compareSwitching(DEFAULT_SWITCHING);
    expect(again.packet.sortedUs).toEqual(runs.packet.sortedUs);
    expect(again.circuit.refused).toBe(runs.circuit.refused);
    const other = compareSwitching({ ...DEFAULT_SWITCHING, seed: 2 });
    expect(other.packet.sortedUs).not.toEqual(runs.packet.sortedUs);
  });

  it('clamps settings into range', () => {
    expect(clampSettings({ loadPerS: 1000, slots: 0, seed: -5 })).toEqual({
      loadPerS: 80,
      slots: 1,
      seed: 1,
    });
    expect(clampSettings({ loadPerS: 12.6, slots: 3.4, seed: 7 })).toEqual({
      loadPerS: 13,
      slots: 3,
      seed: 7,
    });
    expect(clampSettings({ loadPerS: NaN, slots: NaN, seed: NaN })).toEqual(DEFAULT_SWITCHING);
  });
});
