/**
 * Each signal's tag: `RST` or `ICMP` written once beside its arrow (and `resent` beside a copy a
 * TCP-like transport sent again), near where it leaves the
 * node that sent it (so the picture says who answered), or, in the client's view, near where it
 * comes out of the fog. Placed after the clients' marks, and only where there is room: the
 * arrow's colour and head already tell a signal from a response.
 */

import { CHAR_PX, round1 } from './frame.ts';
import type { Builder } from './layout.ts';
import type { Label, Rect, SceneArrow, Segment } from './scene.ts';
import { isSignalKind, SIGNAL_TAG } from './signal-words.ts';

/** How far from the sender's lane the tag's middle sits, time across: clear of its band. */
const FROM_SENDER_PX = 24;
/** Kept clear under a client's lane: its two lines of words (an outcome and its cause). */
const UNDER_CLIENT_PX = 46;
/** Half a tag's height, and the gap between an arrow and its tag. */
const HALF_LINE_PX = 7;
const GAP_PX = 5;
/** Time down: how far under a flat arrow its tag goes. */
const UNDER_ARROW_PX = 22;

export function layoutSignalTags(b: Builder): void {
  const tagged = new Set<number>();
  for (const arrow of b.scene.arrows) {
    const copy = b.resentCopy(arrow.message);
    const kind = copy > 0 ? 'resent' : arrow.kind;
    if ((kind !== 'resent' && !isSignalKind(kind)) || tagged.has(arrow.message)) continue;
    // Only the first of its hops in the window: one tag a signal.
    tagged.add(arrow.message);
    const text = kind === 'resent' ? (copy > 1 ? `resent ×${copy}` : 'resent') : SIGNAL_TAG[kind];
    const label = signalTag(b, arrow, text);
    if (!label) continue;
    b.scene.signalTags.push({
      key: `tag${arrow.message}`,
      message: arrow.message,
      request: arrow.request,
      kind,
      label,
    });
  }
}

/**
 * A tag beside an arrow, near its sender, where there is room (see the functions below).
 * `overArrows`: the tag is drawn over the requests' arrows (a crash notice's is), so it may
 * cross them; a signal's is drawn with its request, under later ones, so it keeps clear.
 */
export function signalTag(
  b: Builder,
  arrow: Tagged,
  text: string,
  overArrows = false,
): Label | null {
  return b.frame.across ? tagAcross(b, arrow, text, overArrows) : tagDown(b, arrow, text);
}

/** What placing a tag needs to know of its arrow. */
type Tagged = Pick<SceneArrow, 'line' | 'from' | 'to'>;

/**
 * Time across, the arrows run steeply between two lanes: the tag goes a little way from the
 * sender (but below the words under a client's lane), just after the arrow, or just before it
 * if after it would cross another arrow (in the client's view, the request it answers).
 */
function tagAcross(b: Builder, arrow: Tagged, text: string, overArrows: boolean): Label | null {
  const { x1, y1, x2, y2 } = arrow.line;
  if (y1 === y2) return null;
  const upper = Math.min(y1, y2);
  const lower = Math.max(y1, y2);
  const towards = Math.sign(y2 - y1);
  const upperNode = b.world.index.get(y1 < y2 ? arrow.from : arrow.to);
  const underClient = upperNode !== undefined && b.world.kinds[upperNode] === 'client';
  const centre = Math.max(y1 + towards * FROM_SENDER_PX, underClient ? upper + UNDER_CLIENT_PX : 0);
  if (centre + HALF_LINE_PX > lower) return null;
  const slope = (x2 - x1) / (y2 - y1);
  const onArrow = x1 + (centre - y1) * slope;
  // Far enough from a slanting arrow that it does not run into the tag's corner.
  const gapPx = GAP_PX + Math.abs(slope) * HALF_LINE_PX;
  const widthPx = text.length * CHAR_PX;
  const { startPx, endPx } = b.frame.time;
  for (const anchor of ['start', 'end'] as const) {
    const x = anchor === 'start' ? onArrow + gapPx : onArrow - gapPx;
    const left = anchor === 'start' ? x : x - widthPx;
    if (left < startPx || left + widthPx > endPx) continue;
    const box = { x: left, y: centre - HALF_LINE_PX, width: widthPx, height: 2 * HALF_LINE_PX };
    const crossed = (a: SceneArrow) => a !== arrow && crosses(a.line, box);
    if (!overArrows && b.scene.arrows.some(crossed)) continue;
    if (!b.room.take(`gap${upper}`, x, text, anchor)) continue;
    return { x: round1(x), y: round1(centre + 4.5), text, anchor };
  }
  return null;
}

/** Whether a segment passes through a box (Liang and Barsky's clipping, cut short). */
export function crosses(line: Segment, box: Rect): boolean {
  const dx = line.x2 - line.x1;
  const dy = line.y2 - line.y1;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, line.x1 - box.x],
    [dx, box.x + box.width - line.x1],
    [-dy, line.y1 - box.y],
    [dy, box.y + box.height - line.y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return false;
  }
  return true;
}

/**
 * Time down, the arrows run nearly flat: the tag goes beside the sender's lane as the signal
 * leaves it, on the side it does not go (towards the clients, to the left); beside the last
 * lane, whose other side is the drawing's edge, it goes under the arrow instead.
 */
function tagDown(b: Builder, arrow: Tagged, text: string): Label | null {
  const { frame } = b;
  const sender = b.world.index.get(arrow.from);
  const lanePx = sender === undefined ? null : b.lanePx(sender);
  if (lanePx === null) return null;
  const i = frame.lanes.indexOf(lanePx);
  const t = arrow.line.y1;
  if (i < frame.lanes.length - 1) {
    // Clear of this lane's words and of anything said in the gap after it.
    if (b.room.takeAll([`far${lanePx}`, `gap${lanePx}`], t, text, 'start')) {
      return frame.beside(t, lanePx, 'far', GAP_PX + 3, text, 'start');
    }
  }
  const prev = frame.lanes[i - 1];
  if (prev === undefined) return null;
  const under = t + UNDER_ARROW_PX;
  const places = [`near${lanePx}`, `far${prev}`, `gap${prev}`];
  if (!b.room.takeAll(places, under, text, 'start')) return null;
  return frame.beside(under, lanePx, 'near', GAP_PX + 3, text, 'start');
}
