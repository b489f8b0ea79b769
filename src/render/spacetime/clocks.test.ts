import { describe, expect, it } from 'vitest';
import { arrowLook } from './draw-defs.ts';
import { clockSyncWords, QUIET_CORRECTION_US } from './layout-clocks.ts';
import { presetScene, runPreset, sceneOf } from './preset-scene.ts';
import { sceneToSvg } from './svg.ts';

/** The clock-sync preset run to its end: answers every second but while the time server is out of reach (5.5–35.5 s). */
const sim = runPreset('clock-sync', 40_000_000);
const rows = Array.from({ length: sim.trace.known - sim.trace.firstIndex }, (_, k) =>
  sim.trace.row(sim.trace.firstIndex + k),
).filter((r) => r.type === 'clock-sync');

describe('clocks set by their time server', () => {
  it('marks every clock-sync row on the syncing node’s lane, where the answer came', () => {
    const scene = sceneOf(sim, { widthPx: 1600, heightPx: 360 });
    const marks = scene.control.clockSyncs.filter((m) => !m.blocked);
    expect(rows.length).toBeGreaterThan(5);
    expect(marks.map((m) => m.correctionUs)).toEqual(rows.map((r) => r.b));
    const client = scene.lanes.find((l) => l.id === 'client')!;
    for (const m of marks) {
      expect(m.node).toBe('client');
      expect(m.at.y).toBe(client.line.y1);
    }
  });

  it('says "time server unreachable" where each blocked question died, without a face', () => {
    const scene = presetScene('clock-sync', { untilUs: 12_000_000, widthPx: 1600, heightPx: 360 });
    const blocked = scene.control.clockSyncs.filter((m) => m.blocked);
    // From 5.5 s on, the questions of 6 … 12 s (up to the moment shown) die at the firewall.
    expect(blocked.map((m) => m.at.x)).toHaveLength(7);
    // Twelve seconds in 1600 px leave room for the short words, here and there; one second, for
    // the whole.
    const words = new Set(blocked.map((m) => m.label?.text ?? 'no room'));
    expect(words).toContain('no sync');
    expect([...words].every((w) => w === 'no sync' || w === 'no room')).toBe(true);
    const close = presetScene('clock-sync', { fromUs: 7_400_000, untilUs: 8_400_000 });
    const [eight] = close.control.clockSyncs.filter((m) => m.blocked);
    expect(eight?.label?.text).toBe('time server unreachable');
    expect(sceneToSvg(close)).toContain('>time server unreachable</text>');
  });

  it('words the first and the big ones where there is room; small trims are marks alone', () => {
    const scene = presetScene('clock-sync', { widthPx: 1280, heightPx: 360, untilUs: 2_200_000 });
    const marks = scene.control.clockSyncs;
    expect(marks).toHaveLength(3);
    expect(marks[0]!.label?.text).toBe('clock set back 80.9 ms');
    for (const m of marks.slice(1)) {
      if (Math.abs(m.correctionUs) < QUIET_CORRECTION_US) expect(m.label).toBeNull();
    }
    expect(marks.some((m, i) => i > 0 && m.label !== null)).toBe(true);
  });

  it('says which way, to a tenth of a millisecond', () => {
    expect(clockSyncWords(-80_941)[0]).toBe('clock set back 80.9 ms');
    expect(clockSyncWords(1784)[0]).toBe('clock set forward 1.8 ms');
    expect(clockSyncWords(-2_500_000)[0]).toBe('clock set back 2.5 s');
  });

  it('draws NTP in a look of its own, with `time sync` in the legend', () => {
    const scene = sceneOf(sim, { untilUs: 2_200_000 });
    const ntp = scene.control.arrows.filter((a) => a.kind === 'ntp' || a.kind === 'ntp-reply');
    expect(ntp.length).toBeGreaterThan(0);
    expect(ntp.every((a) => arrowLook(a.kind) === 'sync')).toBe(true);
    expect(scene.legend.map((item) => item.text)).toContain('time sync');
    expect(sceneToSvg(scene)).toContain('stroke-dasharray="0.5 3.5"');
  });

  it('leaves it out of the client’s view', () => {
    const scene = sceneOf(sim, { view: 'client', untilUs: 2_200_000 });
    expect(scene.control.clockSyncs).toEqual([]);
    expect(scene.legend.map((item) => item.kind)).not.toContain('sync');
  });
});
