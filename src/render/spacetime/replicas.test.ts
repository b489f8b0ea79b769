/**
 * A replicated service in the diagram (concepts.md C3, G7): its heartbeats, writes and answers
 * are drawn (or counted) apart from the requests; each change of role is marked on the
 * replica's lane, each stale write the storage took or refused on the storage's, each write's
 * token beside its arrow; the legend lists them only when they are in view; no words overlap.
 */

import { describe, expect, it } from 'vitest';
import { presetScene, runPreset, sceneOf, type PresetSceneOptions } from './preset-scene.ts';
import type { Label, Scene } from './scene.ts';
import { sceneToSvg } from './svg.ts';
import { box } from './words-beside.ts';

/** Replica a paused 1–4 s; b leads with term 2 from about 2.56 s; a's token-1 write at 4.009 s. */
const WAKE: PresetSceneOptions = { fromUs: 2_400_000, untilUs: 4_400_000, widthPx: 1280 };
const DOWN: PresetSceneOptions = { ...WAKE, orientation: 'time-down', widthPx: 390, heightPx: 760 };
const REPLICA_KINDS = [
  'heartbeat',
  'stale',
  'vote',
  'vote-request',
  'write',
  'write-ok',
  'write-refused',
];

const laneOf = (scene: Scene, id: string) => scene.lanes.find((l) => l.id === id)!.line.y1;

describe('a replicated service’s messages', () => {
  it('are drawn apart from the requests, in looks of their own', () => {
    const scene = presetScene('fencing-tokens', WAKE);
    expect(scene.arrows).toEqual([]);
    expect(scene.requests).toEqual([]);
    const kinds = new Set(scene.control.arrows.map((a) => a.kind));
    expect([...kinds].sort()).toEqual(REPLICA_KINDS);
    const svg = sceneToSvg(scene);
    expect(svg).not.toContain('data-request');
    for (const head of ['heartbeat', 'write', 'refusal']) expect(svg).toContain(`st-head-${head}`);
  });

  it('are all drawn in the window, or counted as omitted', () => {
    for (const maxArrows of [undefined, 80]) {
      const sim = runPreset('split-brain', 4_400_000);
      const scene = sceneOf(sim, { ...WAKE, maxArrows });
      const inWindow = sim.trace.messages.filter(
        (m) => m.sentAtUs >= 2_400_000 && m.sentAtUs <= 4_400_000,
      );
      expect(inWindow.every((m) => m.request === 0 && REPLICA_KINDS.includes(m.kind))).toBe(true);
      const { arrows, waits, drops } = scene.control;
      const drawn = new Set([...arrows, ...waits, ...drops].map((s) => s.message));
      const missing = inWindow.filter((m) => !drawn.has(m.id));
      if (maxArrows === undefined) expect(missing).toEqual([]);
      else {
        expect(missing.length).toBeGreaterThan(0);
        expect(missing.length).toBeLessThanOrEqual(scene.omittedMessages);
      }
    }
  });

  it('run in lanes from the replicas through the switch to the storage', () => {
    const ids = presetScene('split-brain', WAKE).lanes.map((l) => l.id);
    expect(ids).toEqual(['a', 'b', 'c', 'switch', 'db']);
  });
});

describe('the marks of a failover', () => {
  it('mark each change of role on the replica’s lane, in words', () => {
    const scene = presetScene('split-brain', WAKE);
    const roles = scene.control.roles.map((r) => [r.node, r.leader, r.term, r.label?.text]);
    expect(roles).toEqual([
      ['b', false, 2, 'replica b asks for votes, term 2'],
      ['b', true, 2, '★ replica b leads, term 2'],
      ['c', false, 2, 'replica c follows term 2'],
      ['a', false, 2, 'replica a steps down, term 2'],
    ]);
    const a = scene.control.roles[3]!;
    expect(a.stepsDown).toBe(true);
    expect((a.bar.y1 + a.bar.y2) / 2).toBe(laneOf(scene, 'a'));
    // a wakes, and learns of term 2, at 4 s.
    const at4s = scene.ticks.find((t) => t.us === 4_000_000)!.grid.x1;
    expect(a.bar.x1).toBe(at4s);
  });

  it('shows a pause that began long before the window, read from the actions', () => {
    // Reading starts at 2.8 s; a paused at 1 s and wakes at 4 s.
    const scene = presetScene('split-brain', { fromUs: 3_600_000, untilUs: 4_400_000 });
    expect(scene.bands.map((b) => [b.node, b.state, b.open, b.label?.text])).toEqual([
      ['a', 'paused', false, 'paused'],
    ]);
    expect(scene.bands[0]!.rect.x).toBe(scene.plot.x);
    // Where the cursor stands in the pause, before the wake-up is known, it stays open.
    const during = presetScene('split-brain', { fromUs: 2_400_000, untilUs: 3_400_000 });
    expect(during.bands.map((b) => [b.node, b.state, b.open])).toEqual([['a', 'paused', true]]);
  });

  it('says who leads from the very start', () => {
    const scene = presetScene('split-brain', { untilUs: 500_000 });
    expect(scene.control.roles.map((r) => r.label?.text)).toEqual(['★ replica a leads, term 1']);
  });

  it('marks the stale write the storage took: two leaders wrote', () => {
    const scene = presetScene('split-brain', WAKE);
    expect(scene.control.storeMarks.map((m) => [m.writer, m.token, m.newest, m.accepted])).toEqual([
      ['a', 1, 2, true],
    ]);
    const mark = scene.control.storeMarks[0]!;
    expect(mark.label?.text).toBe('two leaders: took token 1 after 2');
    expect(mark.at.y).toBe(laneOf(scene, 'db'));
    expect(scene.legend.map((l) => l.kind)).not.toContain('fenced');
  });

  it('marks the stale write the storage refused: fenced', () => {
    const scene = presetScene('fencing-tokens', WAKE);
    const marks = scene.control.storeMarks;
    expect(marks.map((m) => [m.writer, m.accepted, m.label?.text])).toEqual([
      ['a', false, 'refused token 1 (newest 2)'],
    ]);
    // The refusal goes back to a, and a's write ended where the fence stands.
    const refusal = scene.control.arrows.filter((a) => a.kind === 'write-refused');
    expect(refusal.map((a) => a.to)).toEqual(['switch', 'a']);
    expect(refusal[0]!.line.x1).toBe(marks[0]!.at.x);
    expect(scene.legend.map((l) => l.kind)).toContain('fenced');
  });

  it('writes each write’s token beside it, the stale one in danger', () => {
    const scene = presetScene('split-brain', WAKE);
    const tokens = scene.control.tokens;
    const writes = scene.control.arrows.filter((a) => a.kind === 'write' && a.to === 'db');
    expect(tokens.length).toBeGreaterThanOrEqual(writes.length - 1);
    for (const t of tokens) {
      const arrow = writes.find((a) => a.message === t.message)!;
      expect(t.label.text).toBe(`t${arrow.attempt}`);
    }
    expect(tokens.filter((t) => t.stale).map((t) => t.label.text)).toEqual(['t1']);
    expect(sceneToSvg(scene)).toMatch(/fill="#b3261e"[^>]*>t1</);
  });

  it('keep the words apart, time across and time down', () => {
    for (const preset of ['split-brain', 'fencing-tokens']) {
      for (const options of [WAKE, DOWN]) {
        const { control, bands } = presetScene(preset, options);
        const labels: Label[] = [
          ...[...control.roles, ...control.storeMarks, ...bands].map((m) => m.label),
          ...control.tokens.map((t) => t.label),
        ].filter((l): l is Label => l !== null);
        expect(labels.length).toBeGreaterThan(5);
        for (const [i, one] of labels.entries()) {
          for (const other of labels.slice(i + 1)) {
            const [p, q] = [box(one), box(other)];
            const apart = p.right <= q.left || q.right <= p.left || p.bottom <= q.top;
            expect(apart || q.bottom <= p.top, `${one.text} / ${other.text}`).toBe(true);
          }
        }
      }
    }
  });
});

describe('the legend of a replicated service', () => {
  it('lists heartbeats and writes only when they are in view', () => {
    const kinds = presetScene('split-brain', WAKE).legend.map((l) => l.kind);
    expect(kinds).toEqual(expect.arrayContaining(['heartbeat', 'write']));
    expect(kinds).not.toContain('request');
    // The leader crashed at 1 s; nobody sends until b takes over at about 2.56 s.
    const silent = presetScene('leader-crash', { fromUs: 1_300_000, untilUs: 2_400_000 });
    expect(silent.legend.map((l) => l.kind)).toEqual([]);
    expect(silent.control.arrows).toEqual([]);
  });

  it('draws no client’s view, having no client', () => {
    expect(() => presetScene('split-brain', { view: 'client' })).toThrow('no client');
  });
});
