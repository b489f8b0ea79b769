/**
 * The diagram's frame: where the plot sits in the box, the time axis along one side and the
 * lanes across the other. Time runs across (left to right) on wide boxes and down on tall ones
 * (a phone); everything else is written once, in (time, lane) terms, and turned here.
 */

import { stackTitles, TITLE_LINE_PX } from './lane-titles.ts';
import { timeScale, timeTicks, type TimeScale } from './scale.ts';
import type { Label, Orientation, Point, Rect, SceneTick, Segment } from './scene.ts';

export interface FrameOptions {
  fromUs: number;
  toUs: number;
  widthPx: number;
  heightPx: number;
  orientation: Orientation;
}

export interface Frame {
  across: boolean;
  plot: Rect;
  time: TimeScale;
  /** The pixel position of each lane across the time axis. */
  lanes: number[];
  /** Time down: on which line above the plot each lane's title goes (0: the nearest). */
  titleRows: number[];
  /** Whether a time lies inside the window. */
  inside(us: number): boolean;
  at(timePx: number, lanePx: number): Point;
  /**
   * A label beside a lane at a time: on its near side (above it, or left of it) or its far
   * side (below, or right), `offsetPx` away. Across, `anchor` places it along the time axis.
   */
  beside(
    timePx: number,
    lanePx: number,
    side: 'near' | 'far',
    offsetPx: number,
    text: string,
    anchor?: 'start' | 'middle',
  ): Label;
}

/** Room kept at each end of the lane axis, for request ids, brackets and band labels. */
export const LANE_PAD_START_PX = 32;
export const LANE_PAD_END_PX = 28;

/** The size of the diagram's words: readable from the back of a lecture hall on a projector. */
export const TEXT_PX = 13;
/** Pixels per character of TEXT_PX text, roughly: enough to keep labels from colliding. */
export const CHAR_PX = 7.6;

export const round1 = (n: number): number => Math.round(n * 10) / 10;

/**
 * `titles` are the lanes' titles, which need room; a lone lane sits at `singleLaneAt` of the way
 * across (0: the start, 1: the end); `topPx` is kept above it all (for the legend).
 */
export function makeFrame(
  options: FrameOptions,
  titles: string[],
  singleLaneAt: number,
  topPx: number,
): Frame {
  const laneCount = titles.length;
  const longestLabel = Math.max(0, ...titles.map((title) => title.length));
  const { widthPx: w, heightPx: h } = options;
  const across = options.orientation === 'time-across';
  const titleRoom = Math.min(150, Math.max(64, Math.ceil(longestLabel * 9) + 22));
  const plot: Rect = across
    ? {
        x: titleRoom,
        y: topPx + 4,
        width: Math.max(10, w - titleRoom - 16),
        height: Math.max(10, h - topPx - 4 - 30),
      }
    : {
        x: 58,
        y: topPx + 30,
        width: Math.max(10, w - 58 - 12),
        height: Math.max(10, h - topPx - 30 - 12),
      };
  // In a short box the room at the ends shrinks before the lanes run into each other.
  const extentPx = across ? plot.height : plot.width;
  const squeeze = Math.min(1, extentPx / (2.5 * (LANE_PAD_START_PX + LANE_PAD_END_PX)));
  const laneStart = (across ? plot.y : plot.x) + LANE_PAD_START_PX * squeeze;
  const laneEnd = (across ? plot.y + plot.height : plot.x + plot.width) - LANE_PAD_END_PX * squeeze;
  const gap = laneCount > 1 ? (laneEnd - laneStart) / (laneCount - 1) : 0;
  const lanes = Array.from({ length: laneCount }, (_, i) =>
    round1(laneCount > 1 ? laneStart + i * gap : laneStart + (laneEnd - laneStart) * singleLaneAt),
  );
  // Time down, titles wider than the lanes are apart take turns on more lines above the plot.
  const titleRows = across ? titles.map(() => 0) : stackTitles(lanes, titles);
  const extraPx = Math.max(0, ...titleRows) * TITLE_LINE_PX;
  plot.y += extraPx;
  plot.height = Math.max(10, plot.height - extraPx);
  const time = across
    ? timeScale(options.fromUs, options.toUs, plot.x, plot.x + plot.width)
    : timeScale(options.fromUs, options.toUs, plot.y, plot.y + plot.height);
  const at = (timePx: number, lanePx: number): Point =>
    across ? { x: round1(timePx), y: round1(lanePx) } : { x: round1(lanePx), y: round1(timePx) };
  return {
    across,
    plot: roundRect(plot),
    time,
    lanes,
    titleRows,
    inside: (us) => us >= options.fromUs && us <= options.toUs,
    at,
    beside(timePx, lanePx, side, offsetPx, text, anchor = 'middle') {
      if (across) {
        // TEXT_PX text: its baseline sits about 10 px below its top.
        const y = side === 'near' ? lanePx - offsetPx : lanePx + offsetPx + 10;
        return { ...at(timePx, y), text, anchor };
      }
      const x = side === 'near' ? lanePx - offsetPx : lanePx + offsetPx;
      return { ...at(timePx + 4, x), text, anchor: side === 'near' ? 'end' : 'start' };
    },
  };
}

export function roundRect(r: Rect): Rect {
  return { x: round1(r.x), y: round1(r.y), width: round1(r.width), height: round1(r.height) };
}

export function segment(a: Point, b: Point): Segment {
  return { x1: a.x, y1: a.y, x2: b.x, y2: b.y };
}

/** Ticks along the time axis, far enough apart to read (ms below a second, s above). */
/** About half the width of a time label ("60.1 s"), in pixels. */
const LABEL_HALF_PX = 24;

export function frameTicks(frame: Frame): SceneTick[] {
  const { time, plot, across } = frame;
  const span = time.toUs - time.fromUs;
  const pixels = across ? plot.width : plot.height;
  const pxPerUs = span > 0 ? pixels / span : 0;
  return timeTicks(time.fromUs, time.toUs, pxPerUs, across ? 90 : 56).map((tick) => {
    const p = round1(time(tick.us));
    if (across) {
      const bottom = plot.y + plot.height;
      // A label at the right end would be cut by the drawing's edge: it ends at its tick.
      const atEnd = plot.x + plot.width - p < LABEL_HALF_PX;
      return {
        us: tick.us,
        grid: { x1: p, y1: plot.y, x2: p, y2: round1(bottom) },
        label: {
          x: p,
          y: round1(bottom + 18),
          text: tick.label,
          anchor: atEnd ? 'end' : 'middle',
        },
      };
    }
    const right = plot.x + plot.width;
    return {
      us: tick.us,
      grid: { x1: plot.x, y1: p, x2: round1(right), y2: p },
      label: { x: round1(plot.x - 7), y: round1(p + 4), text: tick.label, anchor: 'end' },
    };
  });
}

/**
 * A line from (us1, lane1) to (us2, lane2), cut to the window. Returns null when it lies
 * wholly outside; `cutEnd` says its far end was beyond the window.
 */
export function clipToWindow(
  frame: Frame,
  us1: number,
  lane1: number,
  us2: number,
  lane2: number,
): { line: Segment; cutStart: boolean; cutEnd: boolean } | null {
  const { fromUs, toUs } = frame.time;
  if (us2 < fromUs || us1 > toUs) return null;
  const laneAt = (us: number) =>
    us2 === us1 ? lane2 : lane1 + ((us - us1) / (us2 - us1)) * (lane2 - lane1);
  const cutStart = us1 < fromUs;
  const cutEnd = us2 > toUs;
  const a = cutStart ? { us: fromUs, lane: laneAt(fromUs) } : { us: us1, lane: lane1 };
  const b = cutEnd ? { us: toUs, lane: laneAt(toUs) } : { us: us2, lane: lane2 };
  return {
    line: segment(frame.at(frame.time(a.us), a.lane), frame.at(frame.time(b.us), b.lane)),
    cutStart,
    cutEnd,
  };
}
