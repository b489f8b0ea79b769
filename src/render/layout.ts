/**
 * Where each node is drawn. Nodes the scenario places (x, y) stay there; the rest are laid out
 * by d3-force, seeded and run to rest before anything is drawn, so the picture is the same on
 * every load and nothing jiggles. Coordinates are abstract; the view fits them to the screen.
 */

import {
  forceCenter,
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  type SimulationNodeDatum,
} from 'd3-force';
import type { Cable, ScenarioNode } from '../scenario/types.ts';
import { createRng, nextUnit } from '../sim/prng.ts';

export interface Point {
  x: number;
  y: number;
}

interface LayoutNode extends SimulationNodeDatum {
  id: string;
}

const TICKS = 300;

export function layoutGraph(
  nodes: readonly ScenarioNode[],
  cables: readonly Cable[],
  seed = 1,
): Map<string, Point> {
  const placed = nodes.every((n) => n.x !== undefined && n.y !== undefined);
  if (placed) return new Map(nodes.map((n) => [n.id, { x: n.x!, y: n.y! }]));
  const rng = createRng(seed, 'layout');
  const data: LayoutNode[] = nodes.map((n) => ({
    id: n.id,
    ...(n.x !== undefined && n.y !== undefined ? { fx: n.x, fy: n.y } : {}),
  }));
  const sim = forceSimulation(data)
    .randomSource(() => nextUnit(rng))
    .force(
      'link',
      forceLink<LayoutNode, { source: string; target: string }>(
        cables.map((c) => ({ source: c.a, target: c.b })),
      )
        .id((d) => d.id)
        .distance(140)
        .strength(0.7),
    )
    .force('charge', forceManyBody().strength(-500))
    .force('collide', forceCollide(50))
    .force('center', forceCenter(0, 0))
    .stop();
  sim.tick(TICKS);
  return new Map(data.map((d) => [d.id, { x: d.fx ?? d.x ?? 0, y: d.fy ?? d.y ?? 0 }]));
}

/** The box around all points, for fitting the drawing to its viewport. */
export function bounds(points: Iterable<Point>): {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
} {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of points) {
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x);
    maxY = Math.max(maxY, p.y);
  }
  return Number.isFinite(minX)
    ? { minX, minY, maxX, maxY }
    : { minX: 0, minY: 0, maxX: 0, maxY: 0 };
}
