/**
 * Words beside a lane at a moment (a balancer's verdicts, a replica's change of role, what a
 * storage did with a write): placed where they fit inside the drawing, clear of the words
 * already in it and of the label room's other claims.
 */

import { CHAR_PX } from './frame.ts';
import type { Builder } from './layout.ts';
import { crosses } from './layout-signals.ts';
import type { Label, Segment } from './scene.ts';

/** How far from the lane a label's near edge sits. */
const OFFSET_PX = 6;
/** A line of words, along the time axis when time runs down. */
const LINE_PX = 16;
/** Time down, clear of arrows: how far later the words may go, and in which steps. */
const LATER_PX = 72;
const STEP_PX = 4;

/**
 * Words beside a lane from a moment on, on the first of `sides` with room (on that side of the
 * lane and in the gap to the next lane, which signals' tags use too) and clear of the words
 * already placed (time down, words reach across other lanes). Across, words that would run off
 * the end of the time axis end at the moment instead; down, they may go a line or two later.
 * Time down, `clearOf` (the arrows, level there) may not run through the words: they go as
 * much later as it takes, a little at a time. With `clearAcross`, across too: the words are
 * left out rather than written over an arrow.
 */
export function wordsBeside(
  b: Builder,
  t: number,
  lanePx: number,
  sides: ('near' | 'far')[],
  text: string,
  clearOf: Segment[] = [],
  clearAcross = false,
): Label | null {
  const { frame, room } = b;
  const i = frame.lanes.indexOf(lanePx);
  const before = frame.across && t + 4 + text.length * CHAR_PX > frame.time.endPx;
  const anchor: Label['anchor'] = before ? 'end' : 'start';
  const avoid = frame.across && !clearAcross ? [] : clearOf;
  // Time down, a line or two later will do, when the words at the moment are in the way.
  const later =
    avoid.length > 0
      ? Array.from({ length: LATER_PX / STEP_PX + 1 }, (_, k) => t + k * STEP_PX)
      : [t, t + LINE_PX, t + 2 * LINE_PX];
  // Time down, words stay above the end of the time axis.
  const moments = frame.across
    ? [before ? t - 4 : t + 4]
    : later.filter((x) => x <= frame.time.endPx);
  for (const side of sides) {
    for (const x of moments) {
      const beside = frame.beside(x, lanePx, side, OFFSET_PX + 2, text, 'start');
      const label: Label = frame.across ? { ...beside, anchor } : beside;
      const words = box(label);
      if (!fits(b, words)) continue;
      const rect = { x: words.left, y: words.top, width: words.right - words.left, height: 14 };
      if (avoid.some((line) => crosses(line, rect))) continue;
      const gapLane = side === 'far' ? lanePx : frame.lanes[i - 1];
      const places = [`${side}${lanePx}`, ...(gapLane === undefined ? [] : [`gap${gapLane}`])];
      if (room.takeAll(places, x, text, anchor)) return label;
    }
  }
  return null;
}

/** Inside the drawing, and clear of the words already in it. */
export function fits(b: Builder, words: Box): boolean {
  if (words.left < 0 || words.right > b.scene.widthPx) return false;
  return !placedWords(b).some((other) => overlap(words, box(other)));
}

/** The words in the scene so far. */
function placedWords(b: Builder): Label[] {
  const { scene } = b;
  const ends = [...scene.timeouts, ...scene.failures].flatMap((e) => [e.label, e.causeLabel]);
  return [
    ...ends,
    ...[...scene.lates, ...scene.bands, ...scene.cableBands].map((mark) => mark.label),
    ...b.idLabels.values(),
    ...[...scene.control.rotations, ...scene.control.checkFailures].map((mark) => mark.label),
    ...scene.control.tags.map((tag) => tag.label),
    ...[...scene.control.roles, ...scene.control.storeMarks].map((mark) => mark.label),
    ...scene.control.tokens.map((token) => token.label),
    ...scene.control.clockSyncs.map((sync) => sync.label),
    ...scene.lwwLosses.map((loss) => loss.label),
    ...scene.stamps.map((stamp) => stamp.label),
  ].filter((label): label is Label => label !== null);
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Where a line of words lies, roughly: from its baseline up a line, its width by its letters. */
export function box(label: Label): Box {
  const widthPx = label.text.length * CHAR_PX;
  const shift = label.anchor === 'start' ? 0 : label.anchor === 'middle' ? widthPx / 2 : widthPx;
  const left = label.x - shift;
  return { left, right: left + widthPx, top: label.y - 11, bottom: label.y + 3 };
}

const overlap = (a: Box, b: Box): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
