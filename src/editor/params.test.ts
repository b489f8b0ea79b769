import { describe, expect, it } from 'vitest';
import { CABLE_PARAMS, DURATION_PARAM, faultParams, WORKLOAD_PARAMS } from './params.ts';
import { findPreset } from '../scenario/presets/index.ts';
import { validateScenario } from '../scenario/validate.ts';
import { FAULT_KINDS, faultTitle, targetsFor, type FaultTarget } from './faults.ts';

const presetScenario = (id: string) => findPreset(id)!.scenario;

describe('the fault list', () => {
  it('names each fault in the present, with what it acts on', () => {
    const label = (id: string) => id.toUpperCase();
    expect(faultTitle({ kind: 'crash', node: 's', atUs: 1 }, label)).toBe('Crash process S');
    expect(faultTitle({ kind: 'cut', cable: ['a', 'b'], from: 'b', atUs: 1 }, label)).toBe(
      'Cut cable A–B (from B)',
    );
    expect(faultTitle({ kind: 'send-request', client: 'c', atUs: 1 }, label)).toBe(
      'Send request from C',
    );
    expect(faultTitle({ kind: 'clock-step', node: 'b', byUs: -1, atUs: 1 }, label)).toBe(
      'Step clock of B',
    );
    expect(faultTitle({ kind: 'sync-unreachable', node: 'b', atUs: 1 }, label)).toBe(
      'Time server unreachable from B',
    );
  });

  it('offers clock faults on machines with clocks, and a lost time server only where it syncs', () => {
    const scenario = presetScenario('clock-sync');
    const kinds = (target: FaultTarget) => targetsFor(scenario, target).map(([id]) => id);
    expect(kinds('clock')).toEqual(['client', 'server']);
    expect(kinds('synced-clock')).toEqual(['client']);
    for (const kind of FAULT_KINDS) {
      const fault = kind.make(kinds(kind.target)[0] ?? 'client', 5);
      // Every fault the list adds is one the scenario's checker accepts.
      const problems = validateScenario({ ...scenario, schedule: [fault] }).problems;
      expect(problems, kind.kind).toEqual([]);
    }
  });
});

describe('the editor’s numbers', () => {
  it('show times in ms (or s) and store whole µs', () => {
    const latency = CABLE_PARAMS.find((p) => p.key === 'latencyUs')!;
    expect(latency.unit).toBe('ms');
    expect(latency.show(2500)).toBe(2.5);
    expect(latency.store(2.5004)).toBe(2500);
    expect(DURATION_PARAM.unit).toBe('s');
    expect(DURATION_PARAM.store(1.5)).toBe(1_500_000);
  });

  it('carry the scenario’s own bounds', () => {
    const retries = WORKLOAD_PARAMS.find((p) => p.key === 'retries')!;
    expect([retries.min, retries.max, retries.integer]).toEqual([0, 10, true]);
  });

  it('offer for each fault its moment and the numbers it holds', () => {
    const keys = (f: Parameters<typeof faultParams>[0]) => faultParams(f).map((p) => p.key);
    expect(keys({ kind: 'crash', node: 's', atUs: 1 })).toEqual(['atUs']);
    expect(keys({ kind: 'pause', node: 's', durationUs: 5, atUs: 1 })).toEqual([
      'atUs',
      'durationUs',
    ]);
    expect(keys({ kind: 'degrade', cable: ['a', 'b'], lossPercent: 3, atUs: 1 })).toEqual([
      'atUs',
      'lossPercent',
    ]);
    expect(keys({ kind: 'overload', node: 's', intervalUs: 9, atUs: 1 })).toEqual([
      'atUs',
      'intervalUs',
    ]);
  });
});
