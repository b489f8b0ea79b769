/**
 * Pure math for the graph: where each lane of a cable runs, where a message stands along it
 * (where things sit around a node is in node-layout.ts, fitting the view in fit.ts). World units
 * are the layout's; the view multiplies them by the zoom scale `k` to get screen pixels.
 */

import type { Point } from '../../render/layout.ts';

/** A zoom transform: screen = world · k + (x, y). */
export interface Transform {
  k: number;
  x: number;
  y: number;
}
/** The side of a node glyph, in world units at glyph scale 1. */
export const GLYPH_SIZE = 52;
/** Lanes run this far either side of the cable's centre line (world units at glyph scale 1). */
export const LANE_OFFSET = 6;
/** Lanes start and end this far from a node's centre, outside its glyph. */
export const NODE_TRIM = 32;

/** One lane: from its sending end (x0, y0) to its receiving end (x1, y1); (nx, ny) points away from the other lane. */
export interface Lane {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  nx: number;
  ny: number;
}

/**
 * The lane from `from` to `to`: offset to the right of travel (so the two directions of a cable
 * run side by side, like traffic), and trimmed at both ends by the nodes' glyphs.
 */
export function laneBetween(
  from: Point,
  to: Point,
  offset: number,
  trimFrom: number,
  trimTo: number,
): Lane {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  const ux = dx / length;
  const uy = dy / length;
  // Screen y points down, so the right of travel (ux, uy) is (-uy, ux).
  const nx = -uy;
  const ny = ux;
  // Nodes closer than their two glyphs: keep a short lane in the middle rather than none.
  const room = Math.max(0, length - trimFrom - trimTo);
  const start = room > 0 ? trimFrom : length / 2;
  const end = room > 0 ? length - trimTo : length / 2;
  return {
    x0: from.x + ux * start + nx * offset,
    y0: from.y + uy * start + ny * offset,
    x1: from.x + ux * end + nx * offset,
    y1: from.y + uy * end + ny * offset,
    nx,
    ny,
  };
}

/**
 * How far along its lane a message on the wire is, 0 to 1. A lost message dies halfway: the
 * simulation gives it `arriveUs` at the moment of its death, so it covers half the lane.
 */
export function wireFraction(
  nowUs: number,
  departUs: number,
  arriveUs: number,
  lost: boolean,
): number {
  const span = arriveUs - departUs;
  const f = span > 0 ? (nowUs - departUs) / span : 1;
  const clamped = f < 0 ? 0 : f > 1 ? 1 : f;
  return lost ? clamped * 0.5 : clamped;
}

/** The angle (degrees) to write text along a line, turned so it never reads upside down. */
export function uprightAngle(dx: number, dy: number): number {
  let degrees = (Math.atan2(dy, dx) * 180) / Math.PI;
  if (degrees > 90) degrees -= 180;
  else if (degrees <= -90) degrees += 180;
  return degrees;
}

/** Opacity of a mark shown for `durationMs` of playback: fading, or steady if motion is reduced. */
export function fadeAlpha(ageMs: number, durationMs: number, reducedMotion: boolean): number {
  if (ageMs < 0 || ageMs >= durationMs) return ageMs < 0 ? 1 : 0;
  return reducedMotion ? 1 : 1 - ageMs / durationMs;
}
