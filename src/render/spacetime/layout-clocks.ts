/**
 * Clocks set by their time server (concepts.md F4; omniscient view only): each `clock-sync` row
 * a small clock face on the syncing node's lane where the answer came, with how far the clock
 * was set (`clock set back 80.9 ms`). Every one is marked; the words go to the first in view on
 * each lane and to any of a millisecond or more: the sub-millisecond trims between them would
 * only crowd the lane, and their faces already say "synced again".
 */

import type { Builder } from './layout.ts';
import { formatSpan } from './scale.ts';
import type { Label, Segment } from './scene.ts';
import { wordsBeside } from './words-beside.ts';

/** Smaller corrections than this keep their mark but lose their words (after the first). */
export const QUIET_CORRECTION_US = 1000;

/** `80.9 ms`, `0.5 ms`, `1.2 s`: one decimal, so small trims still read as something. */
const amount = (us: number): string =>
  us >= 1_000_000 ? formatSpan(us) : `${(us / 1000).toFixed(1)} ms`;

/** The fullest words first, then shorter ones for a narrow gap: `clock set back 80.9 ms`. */
export function clockSyncWords(correctionUs: number, blocked = false): string[] {
  if (blocked) return ['time server unreachable', 'no sync'];
  if (correctionUs === 0) return ['clock already right', 'right'];
  const way = correctionUs < 0 ? 'back' : 'forward';
  const by = amount(Math.abs(correctionUs));
  return [`clock set ${way} ${by}`, `${way} ${by}`];
}

/**
 * A sync's answer comes with a request's arrows and its id (the client asks both at once): the
 * words at the mark, or a little later, past them; the fullest words first.
 */
const LATER_PX = [0, 14, 32];

function placeWords(
  b: Builder,
  t: number,
  lanePx: number,
  correctionUs: number,
  lines: Segment[],
  blocked: boolean,
): Label | null {
  for (const text of clockSyncWords(correctionUs, blocked)) {
    // Above the lane first, where the arrows that end on it do not reach.
    for (const side of ['near', 'far'] as const) {
      for (const later of LATER_PX) {
        const label = wordsBeside(b, t + later, lanePx, [side], text, lines, true);
        if (label) return label;
      }
    }
  }
  return null;
}

export function layoutClockSyncs(b: Builder): void {
  const { frame, story, world } = b;
  const worded = new Set<number>();
  // Words over an arrow would hide where the answer came (requests leave at the same moments):
  // clear of every arrow, above the lane first, or shorter, or left out.
  const lines = [...b.scene.arrows, ...b.scene.control.arrows].map((a) => a.line);
  story.clockSyncs.forEach((sync, i) => {
    const lanePx = b.lanePx(sync.node);
    if (lanePx === null || !frame.inside(sync.timeUs)) return;
    const t = frame.time(sync.timeUs);
    const blocked = sync.blocked === true;
    const first = !worded.has(sync.node);
    const say = first || blocked || Math.abs(sync.correctionUs) >= QUIET_CORRECTION_US;
    const label = say ? placeWords(b, t, lanePx, sync.correctionUs, lines, blocked) : null;
    if (label) worded.add(sync.node);
    b.scene.control.clockSyncs.push({
      key: `clock${i}`,
      node: world.nodes[sync.node]!.id,
      correctionUs: sync.correctionUs,
      at: frame.at(t, lanePx),
      label,
      blocked,
    });
  });
}
