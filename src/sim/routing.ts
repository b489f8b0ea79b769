/**
 * Static routing: for every node and every client or server, the cable direction to send on.
 * (Switches and routers are never destinations: messages are addressed to clients and servers.)
 *
 * Messages follow the shortest path: the fewest hops, then the least total latency. Only
 * switches and routers forward; a path never passes through a client or a server. Routes are computed
 * once from the drawing and do not change when a cable is cut: like a static route, the
 * next hop stays the same and the message is lost at the cut (a router says so; see network.ts).
 */

import { forwards, type NodeKind } from '../scenario/types.ts';

export interface RoutingCable {
  a: number;
  b: number;
  latencyUs: number;
}

/** Direction index of a cable: 2c is a→b, 2c + 1 is b→a. */
export const directionOf = (cable: number, fromA: boolean): number => 2 * cable + (fromA ? 0 : 1);

/** The hop weight is large enough that one extra hop always costs more than any latency. */
const HOP_COST = 1e12;

/**
 * `routes[from * n + to]` is the direction to send on from `from` towards `to`, or -1 when
 * there is no path.
 */
export function computeRoutes(
  kinds: readonly NodeKind[],
  cables: readonly RoutingCable[],
): Int32Array {
  const n = kinds.length;
  const routes = new Int32Array(n * n).fill(-1);
  const neighbours: { node: number; cable: number; latencyUs: number }[][] = kinds.map(() => []);
  cables.forEach((c, i) => {
    neighbours[c.a]!.push({ node: c.b, cable: i, latencyUs: c.latencyUs });
    neighbours[c.b]!.push({ node: c.a, cable: i, latencyUs: c.latencyUs });
  });
  const cost = new Float64Array(n);
  for (let target = 0; target < n; target++) {
    if (forwards(kinds[target]!)) continue;
    cost.fill(Infinity);
    cost[target] = 0;
    const frontier = new MinHeap();
    frontier.push(0, target);
    while (frontier.size > 0) {
      const [c, x] = frontier.pop();
      if (c > cost[x]!) continue;
      // Only the destination itself, switches and routers pass messages on.
      if (x !== target && !forwards(kinds[x]!)) continue;
      for (const edge of neighbours[x]!) {
        const next = c + HOP_COST + edge.latencyUs;
        if (next < cost[edge.node]!) {
          cost[edge.node] = next;
          const cable = cables[edge.cable]!;
          routes[edge.node * n + target] = directionOf(edge.cable, cable.a === edge.node);
          frontier.push(next, edge.node);
        }
      }
    }
  }
  return routes;
}

/** A small binary heap of (cost, node), ties broken by node index for a deterministic result. */
class MinHeap {
  private items: [number, number][] = [];
  get size(): number {
    return this.items.length;
  }
  push(cost: number, node: number): void {
    const items = this.items;
    items.push([cost, node]);
    let i = items.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!less(items[i]!, items[p]!)) break;
      [items[i], items[p]] = [items[p]!, items[i]!];
      i = p;
    }
  }
  pop(): [number, number] {
    const items = this.items;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length > 0) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < items.length && less(items[l]!, items[m]!)) m = l;
        if (r < items.length && less(items[r]!, items[m]!)) m = r;
        if (m === i) break;
        [items[i], items[m]] = [items[m]!, items[i]!];
        i = m;
      }
    }
    return top;
  }
}

const less = (x: [number, number], y: [number, number]): boolean =>
  x[0] < y[0] || (x[0] === y[0] && x[1] < y[1]);
