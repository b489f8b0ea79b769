/**
 * A last-write-wins store's marks (concepts.md F9; omniscient view only): on the store's lane,
 * each write it dropped, where it handled it, with `dropped: stamped 20 ms earlier`; and each
 * write's stamp (its client's clock at send, `stamp −20 ms`) beside its arrow as it leaves the
 * client, so a lecturer can point at "this write came later but was stamped earlier". The
 * client was told ok, so none of this is in its view. Placed in that order: the first asked
 * gets the room, and a dropped write's stamp before the others.
 */

import { requestLabel } from '../../sim/index.ts';
import { CHAR_PX, round1 } from './frame.ts';
import type { Builder } from './layout.ts';
import { crosses } from './layout-signals.ts';
import { formatSpan } from './scale.ts';
import type { Label, SceneArrow } from './scene.ts';
import { box, fits, wordsBeside } from './words-beside.ts';

/** How far into the gap after the client's lane a stamp is written (clear of the lane). */
const STAMP_IN_PX = 20;
/** Between an arrow and its stamp. */
const STAMP_GAP_PX = 3;

export function layoutLww(b: Builder): void {
  const lost = layoutLosses(b);
  layoutStamps(b, lost);
}

/** `dropped: stamped 20 ms earlier` */
export const lossWords = (skewUs: number): string =>
  `dropped: stamped ${formatSpan(skewUs)} earlier`;

/** A clock's reading, which may be before the run began: `stamp −20 ms`, `stamp 0 ms`. */
export const stampWords = (stampUs: number): string =>
  stampUs === 0 ? 'stamp 0 ms' : `stamp ${stampUs < 0 ? '−' : ''}${formatSpan(Math.abs(stampUs))}`;

/** Marks the dropped writes; returns the attempts dropped (`request:attempt`). */
function layoutLosses(b: Builder): Set<string> {
  const { frame, story, world } = b;
  const lost = new Set<string>();
  // Words over an arrow would hide which write they are about: clear of them, or left out.
  const lines = b.scene.arrows.map((a) => a.line);
  story.lwwLosses.forEach((loss, i) => {
    lost.add(`${loss.request}:${loss.attempt}`);
    const lanePx = b.lanePx(loss.node);
    if (lanePx === null || !frame.inside(loss.timeUs)) return;
    const t = frame.time(loss.timeUs);
    b.drawn(loss.request);
    b.scene.lwwLosses.push({
      key: `lww${i}`,
      request: requestLabel(loss.request),
      attempt: loss.attempt,
      node: world.nodes[loss.node]!.id,
      skewUs: loss.skewUs,
      at: frame.at(t, lanePx),
      label: wordsBeside(b, t, lanePx, ['far', 'near'], lossWords(loss.skewUs), lines, true),
    });
  });
  return lost;
}

/** Each write's stamp where its first arrow leaves the client: the dropped ones first. */
function layoutStamps(b: Builder, lost: Set<string>): void {
  const { story, world } = b;
  const firsts = b.scene.arrows.filter(
    (a) => a.kind === 'request' && story.stamps.has(a.message) && isClient(world, a.from),
  );
  const writes = firsts.map((arrow) => ({
    arrow,
    lost: lost.has(`${arrow.request.slice(1)}:${arrow.attempt}`),
  }));
  writes.sort((x, y) => Number(y.lost) - Number(x.lost));
  for (const { arrow, lost: dropped } of writes) {
    const stampUs = story.stamps.get(arrow.message)!;
    const label = stampLabel(b, arrow, stampWords(stampUs));
    if (!label) continue;
    b.scene.stamps.push({
      key: `stamp${arrow.message}`,
      message: arrow.message,
      request: arrow.request,
      stampUs,
      lost: dropped,
      label,
    });
  }
}

const isClient = (world: Builder['world'], id: string): boolean =>
  world.nodes[world.index.get(id) ?? -1]?.kind === 'client';

/**
 * The stamp a little way along the arrow from the client, after it in time (across) or before
 * it (down, where the arrow runs level and falls away under the words), where it crosses no
 * other arrow and no words; or not at all, rather than be read as a neighbour's.
 */
function stampLabel(b: Builder, arrow: SceneArrow, text: string): Label | null {
  const { frame, room } = b;
  const { x1, y1, x2, y2 } = arrow.line;
  const across = frame.across;
  const [t1, l1, t2, l2] = across ? [x1, y1, x2, y2] : [y1, x1, y2, x2];
  if (Math.abs(l2 - l1) < 2 * STAMP_IN_PX) return null;
  const lanePx = l1 + Math.sign(l2 - l1) * STAMP_IN_PX;
  const timePx = t1 + ((lanePx - l1) / (l2 - l1)) * (t2 - t1);
  const toward = l2 > l1;
  const label: Label = across
    ? { x: round1(timePx + STAMP_GAP_PX), y: round1(lanePx + 4.5), text, anchor: 'start' }
    : {
        x: round1(lanePx),
        y: round1(timePx - STAMP_GAP_PX),
        text,
        anchor: toward ? 'start' : 'end',
      };
  const words = box(label);
  const rect = {
    x: words.left,
    y: words.top,
    width: text.length * CHAR_PX,
    height: words.bottom - words.top,
  };
  // Inside the gap between the client's lane and the next: over a lane it would read as a mark
  // on it (and time down, the first would sit on the lanes' titles).
  const next = toward ? frame.lanes.find((l) => l > l1) : frame.lanes.findLast((l) => l < l1);
  const [lo, hi] = across ? [rect.y, rect.y + rect.height] : [rect.x, rect.x + rect.width];
  if (
    next === undefined ||
    Math.max(lo, hi) > Math.max(l1, next) ||
    Math.min(lo, hi) < Math.min(l1, next)
  ) {
    return null;
  }
  if (!across && rect.y < frame.plot.y) return null;
  const others = [...b.scene.arrows, ...b.scene.control.arrows].filter((a) => a !== arrow);
  if (others.some((a) => crosses(a.line, rect)) || crosses(arrow.line, rect)) return null;
  if (!fits(b, words)) return null;
  return room.take(`gap${Math.min(l1, l2)}`, across ? label.x : label.y - 4, text, label.anchor)
    ? label
    : null;
}
