import { describe, expect, it } from 'vitest';
import { nextBeat } from './lecture-beat.ts';
import { shownRows } from './shown-rows.ts';

describe('the clicker’s one button', () => {
  it('plays, pauses, reveals at r3’s timeout, then plays on', () => {
    const at = (playing: boolean, revealed: boolean, featuredEnded: boolean) =>
      nextBeat({ playing, revealed, featuredEnded });
    expect(at(false, false, false)).toBe('play');
    expect(at(true, false, false)).toBe('pause');
    expect(at(false, false, true)).toBe('reveal');
    expect(at(false, true, true)).toBe('play');
    expect(at(true, true, true)).toBe('pause');
  });
});

describe('the rows a small world shows', () => {
  const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ label: `r${i + 1}` }));
  const labels = (shown: { label: string }[]) => shown.map((r) => r.label);

  it('shows the latest ones while r3 is among them', () => {
    expect(labels(shownRows(rows(2), 'r3', 3))).toEqual(['r1', 'r2']);
    expect(labels(shownRows(rows(5), 'r3', 3))).toEqual(['r3', 'r4', 'r5']);
  });

  it('keeps r3 first once later requests would push it out', () => {
    expect(labels(shownRows(rows(8), 'r3', 3))).toEqual(['r3', 'r7', 'r8']);
  });
});
