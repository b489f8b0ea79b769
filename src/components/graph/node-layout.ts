/**
 * Where things sit around a node, in world units at glyph scale 1, relative to its centre. The
 * SVG glyphs, the canvas layer and the fit all read these, so the dots line up with the drawing
 * and the view leaves room for what is written.
 *
 * Two placements, text always horizontal:
 * - `below`: the state above the glyph, the label under it, then a server's queue or a client's
 *   timers. For the usual drawing, whose cables run sideways.
 * - `beside`: all of it to the right of the glyph. For a drawing turned on its side (a wide row
 *   of nodes shown as a column on a phone), whose cables run up and down through the space
 *   above and below each node.
 */

import type { NodeKind } from '../../scenario/types.ts';

export type Placement = 'below' | 'beside';

export interface NodeLayout {
  /** Text anchor of the label and the state text: centred on the glyph, or starting beside it. */
  anchor: 'middle' | 'start';
  /** The label's baseline. */
  labelX: number;
  labelY: number;
  /** Baseline of the state text ("paused 210 ms"). */
  statusX: number;
  statusY: number;
  /**
   * Baseline of what a node believes of its part ("★ leader · term 2"), a line under its label:
   * there it reads as the node's own, where above the glyph it would sit under the label of a
   * node stacked over it.
   */
  roleX: number;
  roleY: number;
  /** A server's queue bar: its left end, top, height and width. */
  barX: number;
  barY: number;
  barHeight: number;
  barWidth: number;
  /** The first of a server's waiting requests, in a row. */
  waitingX: number;
  waitingY: number;
  /** The icon of a client's first timer row (text follows), and the rows' spacing. */
  timersX: number;
  timersY: number;
  timerRowHeight: number;
  /** The area that takes presses and drags: the glyph and what is written beside or below it. */
  hit: { x: number; y: number; width: number; height: number };
}

/**
 * A clock's offset (`clock +80.0 ms`) is a line under the label, after a replica's or a
 * balancer's part, after a server's queue; a client's timers move down a line to make room.
 */
export const CLOCK_ROW = 17;

/** The baseline of a node's clock line, under what else is written below its label. */
export function clockY(kind: NodeKind, placement: Placement): number {
  const layout = NODE_LAYOUTS[placement];
  if (kind === 'server') return layout.waitingY + CLOCK_ROW;
  const role = kind === 'replica' || kind === 'balancer';
  return layout.roleY + (role ? CLOCK_ROW : 0);
}

export const NODE_LAYOUTS: Record<Placement, NodeLayout> = {
  below: {
    anchor: 'middle',
    labelX: 0,
    labelY: 46,
    statusX: 0,
    statusY: -38,
    roleX: 0,
    roleY: 63,
    barX: -28,
    barY: 55,
    barHeight: 8,
    barWidth: 56,
    waitingX: -24,
    waitingY: 76,
    timersX: -26,
    timersY: 66,
    timerRowHeight: 18,
    hit: { x: -36, y: -34, width: 72, height: 97 },
  },
  beside: {
    anchor: 'start',
    // Clear of the focus ring (38 units from the centre) and the state badge.
    labelX: 46,
    labelY: -4,
    statusX: 46,
    statusY: -24,
    roleX: 46,
    roleY: 14,
    barX: 46,
    barY: 6,
    barHeight: 8,
    barWidth: 56,
    waitingX: 50,
    waitingY: 28,
    timersX: 52,
    timersY: 13,
    timerRowHeight: 18,
    hit: { x: -36, y: -36, width: 146, height: 72 },
  },
};

/** How far a node's drawing reaches from its centre, each way (world units at glyph scale 1). */
export interface Reach {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * What the fit leaves room for around each kind of node: glyph, label, state text, a replica's
 * or a balancer's part under its label, a server's queue, the waiting messages beside the lanes' ends and a short text on a lane, and, for a
 * client, the timers stacked under its label (`withTimers`; MAX_ROWS = 3 rows of
 * timerRowHeight from timersY, the last one's text reaching half a row further). A client's
 * widest timer line is a signal's first, "r999 connection" (timer-text.ts): about 120 units of
 * 13-unit type, after the 11 of its icon.
 */
export function nodeReach(
  kind: NodeKind,
  placement: Placement,
  withTimers: boolean,
  clock = false,
): Reach {
  const reach = reachWithoutClock(kind, placement, withTimers);
  if (!clock) return reach;
  // The clock's line, under the lowest of the rest (clockY), and as wide as a role's.
  const bottom = Math.max(reach.bottom + CLOCK_ROW, clockY(kind, placement) + 5);
  return { ...reach, right: Math.max(reach.right, placement === 'below' ? 76 : 156), bottom };
}

function reachWithoutClock(kind: NodeKind, placement: Placement, withTimers: boolean): Reach {
  const timers = kind === 'client' && withTimers;
  if (placement === 'below') {
    const role = kind === 'replica' || kind === 'balancer';
    const bottom = kind === 'server' ? 85 : timers ? 112 : role ? 68 : 56;
    // Right: the timers start at timersX (-26), so their widest line ends near 108.
    return { left: 76, right: timers ? 108 : 76, top: 58, bottom };
  }
  // Left: the waiting column of a lane going down, or its text ("+300 ms") beside it. Right:
  // the longest words beside a node, a server's "paused 210 ms" or a timer's "r999 connection".
  return { left: 80, right: timers ? 186 : 156, top: 42, bottom: timers ? 64 : 40 };
}
