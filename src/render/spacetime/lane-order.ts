/**
 * The order of the lanes in the omniscient view: along the way a request goes, so that its
 * arrows run one way and its response's back. Nodes are ordered by how many cables they are
 * from the nearest client; at the same distance, clients first, then the nodes that pass
 * messages on (switches and routers, then load balancers), then servers and replicas; then as
 * the scenario lists them. So `client — switch — balancer — rack switch — servers` reads in that
 * order, and a balancer hanging off the servers' switch still stands between that switch and the
 * servers, its health checks beside the servers they check. A replicated service without clients
 * starts from its replicas, which write: `replicas — switch — storage`, so a write runs one way
 * and its answer back, and the replicas' marks sit side by side.
 */

import type { NodeKind } from '../../scenario/types.ts';
import type { World } from '../../sim/index.ts';

const KIND_RANK: Record<NodeKind, number> = {
  client: 0,
  switch: 1,
  router: 1,
  balancer: 2,
  server: 3,
  replica: 3,
};

export function laneOrder(world: World): number[] {
  const distance = cablesFromClients(world);
  const rank = (node: number) => KIND_RANK[world.kinds[node]!];
  return world.nodes
    .map((_, i) => i)
    .sort((a, b) => distance[a]! - distance[b]! || rank(a) - rank(b) || a - b);
}

/** Each node's distance in cables from the nearest client (or replica: a breadth-first walk). */
function cablesFromClients(world: World): number[] {
  const start = world.kinds.includes('client') ? 'client' : 'replica';
  const distance = world.kinds.map((kind) => (kind === start ? 0 : Number.POSITIVE_INFINITY));
  for (let d = 1, reached = true; reached; d++) {
    reached = false;
    for (const { from, to } of world.directions) {
      if (distance[from] !== d - 1 || distance[to]! <= d) continue;
      distance[to] = d;
      reached = true;
    }
  }
  return distance;
}
