/**
 * The geometry the message layer draws on, in flat typed arrays built once per layout, drag or
 * glyph-scale change (never per frame): node centres by simulation index, and each direction's
 * lane (2c is cable c from a to b, 2c + 1 from b to a, as in the simulation's world).
 */

import type { Point } from '../../render/layout.ts';
import type { Cable, NodeKind, ScenarioNode } from '../../scenario/types.ts';
import { LANE_OFFSET, laneBetween, NODE_TRIM } from './geometry.ts';
import type { Placement } from './node-layout.ts';

/** Numbers per lane in `GraphScene.lanes`: x0, y0, x1, y1, nx, ny. */
export const LANE_STRIDE = 6;

/**
 * A message's radius, in world units at glyph scale 1. A small drawing (the lessons' three
 * nodes) has room for bigger dots, which a projector at the back of a room still shows (about
 * 14 px across at 1280 × 720); a big one keeps small dots, which thousands of need.
 */
export const DOT_RADIUS = 4.5;
export const ROOMY_DOT_RADIUS = 5.5;
/** Drawings with at most this many nodes get the bigger dots. */
export const ROOMY_NODES = 12;
/** Waiting messages stand this many of their radii apart, in a column or a row. */
const QUEUE_SPACING_RADII = 2.25;

export interface GraphScene {
  nodeCount: number;
  directionCount: number;
  nodeX: Float64Array;
  nodeY: Float64Array;
  kinds: NodeKind[];
  lanes: Float64Array;
  glyphScale: number;
  /** A message's radius, and the step between waiting ones (world units at glyph scale 1). */
  dotRadius: number;
  queueSpacing: number;
  /** Where the words, queues and timers go around a node (see node-layout.ts). */
  placement: Placement;
  /** By node: 1 where a clock's line sits under the label, so a client's timers start a row lower. */
  clockRows: Uint8Array;
}

/** A node with a clock of its own in the scenario: its offset may be written under its label. */
export const hasClock = (node: ScenarioNode): boolean => node.clock !== undefined;

export function buildScene(
  nodes: readonly ScenarioNode[],
  cables: readonly Cable[],
  positions: ReadonlyMap<string, Point>,
  glyphScale: number,
  placement: Placement = 'below',
): GraphScene {
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const nodeX = new Float64Array(nodes.length);
  const nodeY = new Float64Array(nodes.length);
  nodes.forEach((n, i) => {
    const p = positions.get(n.id);
    nodeX[i] = p?.x ?? 0;
    nodeY[i] = p?.y ?? 0;
  });
  const lanes = new Float64Array(cables.length * 2 * LANE_STRIDE);
  const trim = NODE_TRIM * glyphScale;
  const offset = LANE_OFFSET * glyphScale;
  cables.forEach((cable, c) => {
    const a = index.get(cable.a) ?? 0;
    const b = index.get(cable.b) ?? 0;
    const pa = { x: nodeX[a]!, y: nodeY[a]! };
    const pb = { x: nodeX[b]!, y: nodeY[b]! };
    writeLane(lanes, 2 * c, laneBetween(pa, pb, offset, trim, trim));
    writeLane(lanes, 2 * c + 1, laneBetween(pb, pa, offset, trim, trim));
  });
  const dotRadius = nodes.length <= ROOMY_NODES ? ROOMY_DOT_RADIUS : DOT_RADIUS;
  return {
    nodeCount: nodes.length,
    directionCount: cables.length * 2,
    nodeX,
    nodeY,
    kinds: nodes.map((n) => n.kind),
    lanes,
    glyphScale,
    dotRadius,
    queueSpacing: dotRadius * QUEUE_SPACING_RADII,
    placement,
    clockRows: Uint8Array.from(nodes, (n) => (hasClock(n) ? 1 : 0)),
  };
}

function writeLane(
  lanes: Float64Array,
  direction: number,
  lane: ReturnType<typeof laneBetween>,
): void {
  const o = direction * LANE_STRIDE;
  lanes[o] = lane.x0;
  lanes[o + 1] = lane.y0;
  lanes[o + 2] = lane.x1;
  lanes[o + 3] = lane.y1;
  lanes[o + 4] = lane.nx;
  lanes[o + 5] = lane.ny;
}
