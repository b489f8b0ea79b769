/**
 * The omniscient view: a lane per node, an arrow per hop, waits along the lanes, drops, and
 * bands where a process or a cable was not simply up. Written in (time, lane) terms; the frame
 * turns them into pixels for either orientation.
 */

import { clipToWindow, round1, roundRect, type Frame } from './frame.ts';
import { isLong } from './legend-kinds.ts';
import type { Builder } from './layout.ts';
import type { ArrowEnd, Rect } from './scene.ts';
import type { BandState, Hop, MessageKind } from './story.ts';

/** Half the thickness of a band around its lane. */
const BAND_HALF_PX = 15;

const BAND_WORDS: Record<BandState, string> = {
  paused: 'paused',
  crashed: 'crashed',
  off: 'machine off',
  restarting: 'restarting',
  overloaded: 'overloaded',
};

export function layoutNetwork(b: Builder, lanes: number[]): void {
  layoutLanes(b, lanes);
  layoutBands(b);
  layoutCableBands(b);
  layoutWaits(b);
  layoutHops(b);
  layoutDrops(b);
}

export function layoutLanes(b: Builder, lanes: number[]): void {
  const { frame } = b;
  const { time, plot, across } = frame;
  lanes.forEach((node, i) => {
    const lanePx = frame.lanes[i]!;
    const label = b.world.nodes[node]!.label;
    const start = frame.at(time.startPx, lanePx);
    const end = frame.at(time.endPx, lanePx);
    b.scene.lanes.push({
      id: b.world.nodes[node]!.id,
      kind: b.world.kinds[node]!,
      line: { x1: start.x, y1: start.y, x2: end.x, y2: end.y },
      title: across
        ? { x: round1(plot.x - 12), y: round1(lanePx + 5), text: label, anchor: 'end' }
        : { x: lanePx, y: round1(plot.y - 10), text: label, anchor: 'middle' },
    });
  });
}

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

function layoutBands(b: Builder): void {
  const { frame, story } = b;
  story.bands.forEach((band, i) => {
    const lanePx = b.lanePx(band.node);
    if (lanePx === null) return;
    const endUs = band.toUs ?? story.knownUs;
    const rect = timeRect(frame, band.fromUs, endUs, lanePx - BAND_HALF_PX, lanePx + BAND_HALF_PX);
    if (!rect) return;
    const startPx = frame.time(Math.max(band.fromUs, frame.time.fromUs));
    const text = BAND_WORDS[band.state];
    // When time runs down, words beyond the last lane would leave the box: they go before it.
    const side = !frame.across && lanePx === frame.lanes.at(-1) ? 'near' : 'far';
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

function layoutCableBands(b: Builder): void {
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

function layoutWaits(b: Builder): void {
  const { frame, story } = b;
  story.waits.forEach((wait, i) => {
    const lanePx = b.lanePx(wait.node);
    if (lanePx === null || !isLong(wait, story)) return;
    const clipped = clipToWindow(frame, wait.fromUs, lanePx, wait.toUs ?? story.readToUs, lanePx);
    if (!clipped) return;
    b.scene.waits.push({
      ...shapeOf(b, wait, `wait${i}`),
      what: wait.what,
      node: b.world.nodes[wait.node]!.id,
      line: clipped.line,
      open: wait.toUs === null,
      died: wait.died,
    });
  });
}

function layoutHops(b: Builder): void {
  const { frame, story, world } = b;
  story.hops.forEach((hop, i) => {
    const from = b.lanePx(hop.from);
    const to = b.lanePx(hop.to);
    if (from === null || to === null) return;
    const endUs = hop.endUs ?? story.readToUs;
    const endLane = hop.diedAt === null ? to : from + (to - from) * hop.diedAt;
    const clipped = clipToWindow(frame, hop.departUs, from, endUs, endLane);
    if (!clipped) return;
    b.scene.arrows.push({
      ...shapeOf(b, hop, `hop${i}`),
      attempt: hop.attempt,
      from: world.nodes[hop.from]!.id,
      to: world.nodes[hop.to]!.id,
      line: clipped.line,
      end: clipped.cutEnd ? 'cut' : hopEnd(hop),
    });
  });
}

function hopEnd(hop: Hop): ArrowEnd {
  if (hop.endUs === null) return 'open';
  if (hop.diedAt !== null || hop.diedOnArrival) return 'drop';
  return hop.late ? 'late' : 'head';
}

function layoutDrops(b: Builder): void {
  const { frame, story } = b;
  story.drops.forEach((drop, i) => {
    if (!frame.inside(drop.timeUs)) return;
    let lanePx: number | null;
    if (drop.hop) {
      const from = b.lanePx(drop.hop.from);
      const to = b.lanePx(drop.hop.to);
      lanePx = from === null || to === null ? null : from + (to - from) * (drop.hop.diedAt ?? 1);
    } else lanePx = drop.node === null ? null : b.lanePx(drop.node);
    if (lanePx === null) return;
    b.scene.drops.push({
      ...shapeOf(b, drop, `drop${i}`),
      reason: drop.reason,
      at: frame.at(frame.time(drop.timeUs), lanePx),
      onWire: drop.hop !== null,
    });
  });
}

/** What every shape of a message says of it; the request is then drawn (it gets a group). */
function shapeOf(
  b: Builder,
  m: { message: number; request: number; kind: MessageKind },
  key: string,
) {
  b.drawn(m.request);
  return { key, message: m.message, request: `r${m.request}`, kind: m.kind };
}
