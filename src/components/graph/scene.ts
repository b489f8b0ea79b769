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

export interface GraphScene {
  nodeCount: number;
  directionCount: number;
  nodeX: Float64Array;
  nodeY: Float64Array;
  kinds: NodeKind[];
  lanes: Float64Array;
  glyphScale: number;
  /** Where the words, queues and timers go around a node (see node-layout.ts). */
  placement: Placement;
}

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
  return {
    nodeCount: nodes.length,
    directionCount: cables.length * 2,
    nodeX,
    nodeY,
    kinds: nodes.map((n) => n.kind),
    lanes,
    glyphScale,
    placement,
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
