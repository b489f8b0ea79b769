/**
 * What the clients know, marked on their lanes in both views: each request's id at its send,
 * each timer as a bracket from the send to the moment it fired, the timeout as a bar across the
 * lane, an attempt a signal ended as the same bar with the outcome in words (`connection
 * reset`), and a late response spelled out. Only the omniscient view adds the cause.
 *
 * Labels are placed in order of importance (timeouts, signalled failures, late responses, then
 * ids), each only where it does not cover another.
 */

import type { Cause } from '../../sim/index.ts';
import { CHAR_PX, clipToWindow, segment } from './frame.ts';
import type { Builder } from './layout.ts';
import type { Label } from './scene.ts';
import { failureCause, refuserOf, requestDropOf } from './signal-words.ts';

/** The bar across the lane, each side. */
const BAR_HALF_PX = 13;
/** The timer's bracket runs this far beside the lane. */
const TIMER_OFFSET_PX = 8;
/** A line of words, along the time axis when time runs down. */
const LINE_PX = 16;

export function layoutClientMarks(b: Builder, omniscient: boolean): void {
  layoutTimeouts(b, omniscient);
  layoutFailures(b, omniscient);
  layoutLates(b);
  layoutIds(b);
}

function layoutTimeouts(b: Builder, omniscient: boolean): void {
  const { frame, story } = b;
  story.timeouts.forEach((timeout, i) => {
    const lanePx = b.lanePx(timeout.client);
    if (lanePx === null || !frame.inside(timeout.timeUs)) return;
    const t = frame.time(timeout.timeUs);
    const join = clipToWindow(
      frame,
      timeout.sentUs,
      lanePx - TIMER_OFFSET_PX,
      timeout.timeUs,
      lanePx - TIMER_OFFSET_PX,
    );
    const cause = omniscient ? timeout.cause : null;
    b.drawn(timeout.request);
    b.scene.timeouts.push({
      key: `timeout${i}`,
      request: `r${timeout.request}`,
      attempt: timeout.attempt,
      ...endMark(b, t, lanePx, { text: 'timeout', cause, gapPx: 3 }),
      join: join ? join.line : null,
      cause,
    });
  });
}

/** An attempt a signal ended: the same bar as a timeout, saying which signal in words. */
function layoutFailures(b: Builder, omniscient: boolean): void {
  const { frame, story } = b;
  story.failures.forEach((failure, i) => {
    const lanePx = b.lanePx(failure.client);
    if (lanePx === null || !frame.inside(failure.timeUs)) return;
    const t = frame.time(failure.timeUs);
    const dropped = requestDropOf(story.drops, failure.request, failure.attempt);
    const cause = omniscient ? failureCause(failure.outcome, refuserOf(dropped)) : null;
    b.drawn(failure.request);
    b.scene.failures.push({
      key: `failure${i}`,
      request: `r${failure.request}`,
      attempt: failure.attempt,
      outcome: failure.outcome,
      ...endMark(b, t, lanePx, { text: failure.outcome, cause, gapPx: 7 }),
      cause,
    });
  });
}

/**
 * The bar across the lane where an attempt ended, its words beside it and the cause on the next
 * line. `gapPx` keeps the words off an arrowhead that ends at the bar (a signal's).
 */
function endMark(b: Builder, t: number, lanePx: number, words: EndWords) {
  const { frame, room } = b;
  const { text, cause, gapPx } = words;
  const far = `far${lanePx}`;
  // Words that would run off the end of the time axis go before the bar instead.
  const before = frame.across && t + gapPx + text.length * CHAR_PX > frame.time.endPx;
  const x = before ? t - gapPx : t;
  const anchor = before ? 'end' : 'start';
  const place = (at: number, offsetPx: number, words: string): Label => {
    const label = frame.beside(at + (before ? -gapPx : gapPx), lanePx, 'far', offsetPx, words);
    return frame.across ? { ...label, anchor } : label;
  };
  const label = room.take(far, x, text, anchor) ? place(t, 6, text) : null;
  // The cause goes on the next line: under the label across, after it when time runs down.
  const causeAt = frame.across ? t : t + LINE_PX;
  const causeLabel =
    cause && label && room.take(`${far}+`, frame.across ? x : causeAt, cause, anchor)
      ? place(causeAt, frame.across ? 6 + LINE_PX : 6, cause)
      : null;
  return {
    at: frame.at(t, lanePx),
    bar: segment(frame.at(t, lanePx - BAR_HALF_PX), frame.at(t, lanePx + BAR_HALF_PX)),
    label,
    causeLabel,
  };
}

interface EndWords {
  text: string;
  cause: Cause | null;
  gapPx: number;
}

function layoutLates(b: Builder): void {
  const { frame, story, room } = b;
  story.receives.forEach((receive, i) => {
    const lanePx = b.lanePx(receive.client);
    if (!receive.late || lanePx === null || !frame.inside(receive.timeUs)) return;
    const t = frame.time(receive.timeUs);
    const text = 'late response';
    // Under the lane if there is room there, else above it: it must be said.
    const side = room.take(`far${lanePx}`, t, text, 'start')
      ? 'far'
      : room.take(`near${lanePx}`, t, text, 'start')
        ? 'near'
        : null;
    const offsetPx = side === 'far' ? 6 : TIMER_OFFSET_PX + 6;
    const label = side ? frame.beside(t + 3, lanePx, side, offsetPx, text, 'start') : null;
    b.drawn(receive.request);
    b.scene.lates.push({
      key: `late${i}`,
      request: `r${receive.request}`,
      at: frame.at(t, lanePx),
      label,
    });
  });
}

function layoutIds(b: Builder): void {
  const { frame, story, room } = b;
  for (const send of story.sends) {
    const lanePx = b.lanePx(send.client);
    if (lanePx === null || !frame.inside(send.timeUs) || b.idLabels.has(send.request)) continue;
    const t = frame.time(send.timeUs);
    const text = `r${send.request}`;
    // An id at the very end of the window would hang out of the box.
    if (t > frame.time.endPx - 20 || !room.take(`near${lanePx}`, t, text, 'start')) continue;
    b.idLabels.set(
      send.request,
      frame.beside(t, lanePx, 'near', TIMER_OFFSET_PX + 6, text, 'start'),
    );
  }
}
