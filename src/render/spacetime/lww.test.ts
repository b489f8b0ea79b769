/**
 * Last write wins under clock skew (concepts.md F9): every write the store dropped is marked on
 * its lane and said in its request's name, in the omniscient view only; the client heard ok.
 */

import { describe, expect, it } from 'vitest';
import { requestLabel } from '../../sim/index.ts';
import { lossWords, stampWords } from './layout-lww.ts';
import { runPreset, sceneOf } from './preset-scene.ts';

const UNTIL_US = 1_200_000;

describe('last write wins in the space-time diagram', () => {
  const sim = runPreset('clock-skew', UNTIL_US);
  const rows: ReturnType<typeof sim.trace.row>[] = [];
  for (let i = sim.trace.firstIndex; i < sim.trace.known; i++) {
    const row = sim.trace.row(i);
    if (row.type === 'lww-lost') rows.push(row);
  }

  it('marks every lww-lost row on the store’s lane, where the store handled it', () => {
    const scene = sceneOf(sim, { widthPx: 1280, heightPx: 420 });
    expect(rows.length).toBe(10);
    expect(scene.lwwLosses.map((l) => l.request)).toEqual(rows.map((r) => requestLabel(r.a)));
    const store = scene.lanes.find((lane) => lane.id === 'server')!;
    for (const [i, loss] of scene.lwwLosses.entries()) {
      expect(loss.node).toBe('server');
      expect(loss.skewUs).toBe(rows[i]!.c);
      expect(loss.at.y).toBe(store.line.y1);
    }
    const names = scene.requests.filter((r) => r.name.includes('its write was dropped'));
    expect(names.map((r) => r.id)).toEqual(rows.map((r) => requestLabel(r.a)));
    expect(names[0]!.name).toBe(
      'r2: request client b → store, answered in 30.5 ms, ok, but its write was dropped: ' +
        'stamped 20 ms earlier than the newest',
    );
    expect(scene.legend.some((item) => item.kind === 'lww-lost')).toBe(true);
  });

  it('gives each drop its words and each write its stamp where there is room', () => {
    const scene = sceneOf(sim, { widthPx: 1320, heightPx: 420, untilUs: 310_000 });
    expect(scene.lwwLosses.map((l) => l.label?.text)).toEqual(Array(3).fill(lossWords(20_000)));
    const stamps = new Map(scene.stamps.map((s) => [s.request, s]));
    expect(stamps.get('r2')).toMatchObject({ stampUs: -20_000, lost: true });
    expect(stamps.get('r2')!.label.text).toBe('stamp −20 ms');
    expect(stamps.get('r3')).toMatchObject({ stampUs: 100_000, lost: false });
  });

  it('leaves the client’s view as it was: it heard ok', () => {
    const scene = sceneOf(sim, { view: 'client' });
    expect(scene.lwwLosses).toEqual([]);
    expect(scene.stamps).toEqual([]);
    expect(scene.legend.some((item) => item.kind === 'lww-lost')).toBe(false);
    expect(scene.requests.every((r) => !r.name.includes('dropped'))).toBe(true);
  });

  it('writes a clock reading before the run began with a minus sign', () => {
    expect(stampWords(-20_000)).toBe('stamp −20 ms');
    expect(stampWords(0)).toBe('stamp 0 ms');
    expect(stampWords(1_250_000)).toBe('stamp 1.25 s');
  });
});
