import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPreset } from '../scenario/presets/index.ts';
import { validateScenario } from '../scenario/validate.ts';
import type { Scenario } from '../scenario/types.ts';
import { FC_SEED, scenarioArb } from '../testing/arbitrary-scenario.ts';
import { tenNodeScenario } from '../testing/ten-node.ts';
import {
  addFault,
  addNode,
  addWorkload,
  connect,
  disconnect,
  removeFault,
  removeNode,
  renameNode,
  updateCable,
  updateWorkload,
} from './edits.ts';

const healthy = () => findPreset('healthy')!.scenario;
const ok = <T extends { ok: boolean }>(r: T) => {
  expect(r.ok, JSON.stringify(r)).toBe(true);
  return r as Extract<T, { ok: true }>;
};

describe('editing a scenario', () => {
  it('builds one from a client, a switch and a server', () => {
    let s: Scenario = { ...healthy(), nodes: [], cables: [], workloads: [], schedule: [] };
    s = ok(addNode(s, 'client', { x: 0, y: 0 })).scenario;
    s = ok(addNode(s, 'switch', { x: 100, y: 0 })).scenario;
    s = ok(addNode(s, 'server', { x: 200, y: 0 })).scenario;
    s = ok(connect(s, 'client', 'switch')).scenario;
    s = ok(connect(s, 'switch', 'server')).scenario;
    s = ok(addWorkload(s, 'client')).scenario;
    expect(s.nodes.map((n) => n.label)).toEqual(['client', 'switch', 'server']);
    expect(validateScenario(s).ok).toBe(true);
    expect(s.workloads[0]).toMatchObject({ client: 'client', server: 'server' });
  });

  it('names new nodes so that none clashes', () => {
    const s = ok(addNode(healthy(), 'server', { x: 1, y: 2 })).scenario;
    expect(s.nodes.at(-1)).toMatchObject({ id: 'server2', label: 'server 2', x: 1, y: 2 });
  });

  it('removes a node with everything that names it', () => {
    const s = ok(removeNode(tenNodeScenario(), 's3')).scenario;
    expect(s.nodes.some((n) => n.id === 's3')).toBe(false);
    expect(s.cables.some((c) => c.a === 's3' || c.b === 's3')).toBe(false);
    expect(s.workloads.some((w) => w.server === 's3')).toBe(false);
    expect(s.schedule.some((a) => 'node' in a && a.node === 's3')).toBe(false);
    expect(s.schedule).toHaveLength(8);
  });

  it('removes a cable with the faults aimed at it', () => {
    const s = ok(disconnect(tenNodeScenario(), 'w2', 'w1')).scenario;
    expect(s.cables).toHaveLength(8);
    expect(s.schedule).toHaveLength(8);
  });

  it('refuses what the simulation would refuse, with a reason', () => {
    const s = tenNodeScenario();
    expect(renameNode(s, 'c1', 'db 1')).toEqual({
      ok: false,
      message: 'Another node is called "db 1" already.',
    });
    expect(connect(s, 'c1', 'w1').ok).toBe(false);
    expect(connect(s, 'c1', 'c1').ok).toBe(false);
    const bad = updateWorkload(s, 0, { server: 'w1' });
    expect(bad.ok).toBe(false);
  });

  it('clamps values beyond their bounds', () => {
    const s = ok(updateCable(healthy(), 'client', 'switch', { lossPercent: 250 })).scenario;
    expect(s.cables[0]!.lossPercent).toBe(100);
  });

  it('keeps faults in time order', () => {
    let s = tenNodeScenario();
    s = ok(addFault(s, { kind: 'crash', node: 's2', atUs: 1500 })).scenario;
    expect(s.schedule[0]).toMatchObject({ kind: 'crash', node: 's2' });
    s = ok(removeFault(s, 0)).scenario;
    expect(s.schedule).toEqual(tenNodeScenario().schedule);
  });

  it(`keeps any scenario valid through any removal (fast-check seed ${FC_SEED})`, () => {
    fc.assert(
      fc.property(scenarioArb, fc.nat(), (scenario, pick) => {
        const node = scenario.nodes[pick % scenario.nodes.length]!;
        const result = removeNode(scenario, node.id);
        if (result.ok) expect(validateScenario(result.scenario).ok).toBe(true);
        else expect(result.message).toMatch(/nodes/);
      }),
      { seed: FC_SEED, numRuns: 100 },
    );
  });
});
