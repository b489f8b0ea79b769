/**
 * The omniscient view: a lane per node, an arrow per hop, waits along the lanes, drops, and
 * bands where a process or a cable was not simply up (layout-bands.ts). Written in (time, lane)
 * terms; the frame turns them into pixels for either orientation. The balancers' own messages
 * (health checks, notices) go apart from the requests': see `addShape`.
 */

import { clipToWindow, round1 } from './frame.ts';
import { TITLE_LINE_PX } from './lane-titles.ts';
import { layoutBands, layoutCableBands } from './layout-bands.ts';
import { isLong } from './legend-kinds.ts';
import type { Builder } from './layout.ts';
import type { ArrowEnd } from './scene.ts';
import { isControl, type Hop, type MessageKind } from './story.ts';

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
        : {
            x: lanePx,
            y: round1(plot.y - 10 - frame.titleRows[i]! * TITLE_LINE_PX),
            text: label,
            anchor: 'middle',
          },
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
    const shape = {
      ...shapeOf(wait, `wait${i}`),
      what: wait.what,
      node: b.world.nodes[wait.node]!.id,
      line: clipped.line,
      open: wait.toUs === null,
      died: wait.died,
    };
    addShape(b, wait, shape, b.scene.control.waits, b.scene.waits);
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
    const shape = {
      ...shapeOf(hop, `hop${i}`),
      attempt: hop.attempt,
      from: world.nodes[hop.from]!.id,
      to: world.nodes[hop.to]!.id,
      line: clipped.line,
      end: clipped.cutEnd ? 'cut' : hopEnd(hop),
    };
    addShape(b, hop, shape, b.scene.control.arrows, b.scene.arrows);
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
    const shape = {
      ...shapeOf(drop, `drop${i}`),
      reason: drop.reason,
      at: frame.at(frame.time(drop.timeUs), lanePx),
      onWire: drop.hop !== null,
    };
    addShape(b, drop, shape, b.scene.control.drops, b.scene.drops);
  });
}

/** What every shape of a message says of it. */
const shapeOf = (m: { message: number; kind: MessageKind }, key: string) => ({
  key,
  message: m.message,
  kind: m.kind,
});

/**
 * A message's shape goes with its request's, which is then drawn (it gets a group); a control
 * message's (a health check, a notice) goes with the balancers' traffic, part of no request.
 */
function addShape<T extends object>(
  b: Builder,
  m: { request: number },
  shape: T,
  control: T[],
  requests: (T & { request: string })[],
): void {
  if (isControl(m)) {
    control.push(shape);
    return;
  }
  b.drawn(m.request);
  requests.push({ ...shape, request: `r${m.request}` });
}
