/**
 * The bands of the omniscient view: a stretch of time a node was not simply running (paused,
 * crashed, off, restarting, overloaded) as a patterned band around its lane, and a cable cut or
 * degraded as a band in the gap between its two nodes' lanes, each with its state in words.
 */

import { CHAR_PX, round1, roundRect, type Frame } from './frame.ts';
import type { Builder } from './layout.ts';
import type { Rect } from './scene.ts';
import type { BandState } from './story.ts';

/** Half the thickness of a band around its lane. */
const BAND_HALF_PX = 15;

const BAND_WORDS: Record<BandState, string> = {
  paused: 'paused',
  crashed: 'crashed',
  off: 'machine off',
  restarting: 'restarting',
  overloaded: 'overloaded',
};

/** A stretch of time [fromUs, toUs] across [lane1Px, lane2Px], cut to the window. */
function timeRect(
  frame: Frame,
  fromUs: number,
  toUs: number,
  lane1Px: number,
  lane2Px: number,
): Rect | null {
  const a = Math.max(fromUs, frame.time.fromUs);
  const z = Math.min(toUs, frame.time.toUs);
  if (z <= a) return null;
  const t1 = frame.time(a);
  const t2 = frame.time(z);
  const lo = Math.min(lane1Px, lane2Px);
  const hi = Math.max(lane1Px, lane2Px);
  return roundRect(
    frame.across
      ? { x: t1, y: lo, width: t2 - t1, height: hi - lo }
      : { x: lo, y: t1, width: hi - lo, height: t2 - t1 },
  );
}

export function layoutBands(b: Builder): void {
  const { frame, story } = b;
  story.bands.forEach((band, i) => {
    const lanePx = b.lanePx(band.node);
    if (lanePx === null) return;
    const endUs = band.toUs ?? story.knownUs;
    const rect = timeRect(frame, band.fromUs, endUs, lanePx - BAND_HALF_PX, lanePx + BAND_HALF_PX);
    if (!rect) return;
    const startPx = frame.time(Math.max(band.fromUs, frame.time.fromUs));
    const text = BAND_WORDS[band.state];
    // When time runs down, words that would leave the box after the lane go before it.
    const endPx = lanePx + BAND_HALF_PX + 3 + text.length * CHAR_PX;
    const last = lanePx === frame.lanes.at(-1) || endPx > b.scene.widthPx;
    const side = !frame.across && last ? 'near' : 'far';
    const room = b.room.take(`${side}${lanePx}`, startPx, text, 'start');
    b.scene.bands.push({
      key: `band${i}`,
      node: b.world.nodes[band.node]!.id,
      state: band.state,
      rect,
      open: band.toUs === null,
      label: room ? frame.beside(startPx + 3, lanePx, side, BAND_HALF_PX + 3, text, 'start') : null,
    });
  });
}

export function layoutCableBands(b: Builder): void {
  const { frame, story, world } = b;
  const label = (n: number) => world.nodes[n]!.label;
  story.cableBands.forEach((band, i) => {
    const d = world.directions[band.direction]!;
    // Both directions cut at the same moments are one band: the whole cable.
    const twin = story.cableBands.find(
      (o) =>
        o !== band &&
        o.direction === (band.direction ^ 1) &&
        o.state === band.state &&
        o.fromUs === band.fromUs &&
        o.toUs === band.toUs,
    );
    if (twin && band.direction % 2 === 1) return;
    const from = b.lanePx(d.from);
    const to = b.lanePx(d.to);
    if (from === null || to === null) return;
    const inset = Math.min(BAND_HALF_PX + 4, Math.abs(to - from) / 4);
    const rect = timeRect(frame, band.fromUs, band.toUs ?? story.knownUs, from, to);
    if (!rect) return;
    const shrunk = frame.across
      ? { ...rect, y: round1(rect.y + inset), height: round1(rect.height - 2 * inset) }
      : { ...rect, x: round1(rect.x + inset), width: round1(rect.width - 2 * inset) };
    const cable = twin ? `${label(d.from)} – ${label(d.to)}` : `${label(d.from)} → ${label(d.to)}`;
    const text = `${twin ? 'cable' : cable} ${band.state === 'cut' ? 'cut' : 'degraded'}`;
    const startPx = frame.time(Math.max(band.fromUs, frame.time.fromUs));
    const midPx = (from + to) / 2;
    // Always said; noted so that a signal's tag in the same gap keeps off it.
    b.room.take(`gap${Math.min(from, to)}`, startPx + 4, text, 'start');
    b.scene.cableBands.push({
      key: `cable${i}`,
      cable,
      state: band.state,
      rect: shrunk,
      open: band.toUs === null,
      label: frame.beside(startPx + 4, midPx, 'far', -5, text, 'start'),
    });
  });
}
