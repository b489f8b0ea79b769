import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { NodeKind } from '../scenario/types.ts';
import { computeRoutes, directionOf, type RoutingCable } from './routing.ts';

/** fast-check seed: FC_SEED from the environment when it is a whole number, else a fixed one. */
const envSeed = Number.parseInt(process.env.FC_SEED ?? '', 10);
const seed = Number.isSafeInteger(envSeed) ? envSeed : 20250101;

const cable = (a: number, b: number, latencyUs = 100): RoutingCable => ({ a, b, latencyUs });

/** The direction to send on from `from` towards `to`. */
function route(routes: Int32Array, n: number, from: number, to: number): number {
  return routes[from * n + to]!;
}

/** The node at the far end when sending on direction `direction` from `from`. */
function hop(cables: readonly RoutingCable[], direction: number, from: number): number {
  const c = cables[direction >> 1]!;
  const fromA = direction % 2 === 0;
  expect(fromA ? c.a : c.b, `direction ${direction} does not leave node ${from}`).toBe(from);
  return fromA ? c.b : c.a;
}

/** Follows the routing table from `from` to `to`; the visited nodes, the start included. */
function followPath(
  kinds: readonly NodeKind[],
  cables: readonly RoutingCable[],
  routes: Int32Array,
  from: number,
  to: number,
): { nodes: number[]; latencyUs: number } {
  const n = kinds.length;
  const nodes = [from];
  let latencyUs = 0;
  let at = from;
  while (at !== to) {
    expect(nodes.length, `no arrival within ${n} hops from ${from} to ${to}`).toBeLessThanOrEqual(
      n,
    );
    const direction = route(routes, n, at, to);
    expect(direction, `a hop from ${at} towards ${to} is missing`).toBeGreaterThanOrEqual(0);
    latencyUs += cables[direction >> 1]!.latencyUs;
    at = hop(cables, direction, at);
    nodes.push(at);
  }
  return { nodes, latencyUs };
}

/**
 * Reference: the best (hops, then latency) path from `from` to every node, where only `from`
 * and switches pass messages on. Bellman-Ford on lexicographic costs; undefined when unreachable.
 */
function referenceCosts(
  kinds: readonly NodeKind[],
  cables: readonly RoutingCable[],
  from: number,
): ({ hops: number; latencyUs: number } | undefined)[] {
  const best: ({ hops: number; latencyUs: number } | undefined)[] = kinds.map(() => undefined);
  best[from] = { hops: 0, latencyUs: 0 };
  for (let round = 0; round < kinds.length; round++) {
    for (const c of cables) {
      for (const [u, v] of [
        [c.a, c.b],
        [c.b, c.a],
      ] as const) {
        const bu = best[u];
        if (bu === undefined || (u !== from && kinds[u] !== 'switch')) continue;
        const candidate = { hops: bu.hops + 1, latencyUs: bu.latencyUs + c.latencyUs };
        const bv = best[v];
        if (
          bv === undefined ||
          candidate.hops < bv.hops ||
          (candidate.hops === bv.hops && candidate.latencyUs < bv.latencyUs)
        ) {
          best[v] = candidate;
        }
      }
    }
  }
  return best;
}

describe('directionOf', () => {
  it('is 2c for a to b and 2c + 1 for b to a', () => {
    expect(directionOf(0, true)).toBe(0);
    expect(directionOf(0, false)).toBe(1);
    expect(directionOf(3, true)).toBe(6);
    expect(directionOf(3, false)).toBe(7);
  });
});

describe('computeRoutes', () => {
  describe('direction convention', () => {
    it('sends on 2c from the a end of cable c and on 2c + 1 from the b end', () => {
      // client 0 -(cable 0)- switch 1 -(cable 1)- server 2
      const kinds: NodeKind[] = ['client', 'switch', 'server'];
      const routes = computeRoutes(kinds, [cable(0, 1), cable(1, 2)]);
      expect(route(routes, 3, 0, 2)).toBe(0); // 0 -> 1 on cable 0, a -> b
      expect(route(routes, 3, 1, 2)).toBe(2); // 1 -> 2 on cable 1, a -> b
      expect(route(routes, 3, 2, 0)).toBe(3); // 2 -> 1 on cable 1, b -> a
      expect(route(routes, 3, 1, 0)).toBe(1); // 1 -> 0 on cable 0, b -> a
    });

    it('follows the way a cable was drawn, not the node order', () => {
      // The same line with both cables drawn the other way round.
      const kinds: NodeKind[] = ['client', 'switch', 'server'];
      const routes = computeRoutes(kinds, [cable(1, 0), cable(2, 1)]);
      expect(route(routes, 3, 0, 2)).toBe(1);
      expect(route(routes, 3, 1, 2)).toBe(3);
      expect(route(routes, 3, 2, 0)).toBe(2);
      expect(route(routes, 3, 1, 0)).toBe(0);
    });

    it('returns an n * n table indexed [from * n + to]', () => {
      const kinds: NodeKind[] = ['server', 'client', 'switch', 'client'];
      const routes = computeRoutes(kinds, [cable(1, 2), cable(2, 3), cable(2, 0)]);
      expect(routes).toBeInstanceOf(Int32Array);
      expect(routes).toHaveLength(16);
      expect(route(routes, 4, 1, 0)).toBe(directionOf(0, true));
      expect(route(routes, 4, 3, 0)).toBe(directionOf(1, false));
      expect(route(routes, 4, 2, 0)).toBe(directionOf(2, true));
      expect(route(routes, 4, 0, 3)).toBe(directionOf(2, false));
    });
  });

  describe('shortest path', () => {
    it('prefers fewer hops over a lower latency', () => {
      // client 0 - server 3 directly (slow), or client 0 - switch 1 - switch 2 - server 3 (fast).
      const kinds: NodeKind[] = ['client', 'switch', 'switch', 'server'];
      const cables = [cable(0, 1, 1), cable(1, 2, 1), cable(2, 3, 1), cable(0, 3, 10_000_000)];
      const routes = computeRoutes(kinds, cables);
      expect(route(routes, 4, 0, 3)).toBe(directionOf(3, true));
      expect(route(routes, 4, 3, 0)).toBe(directionOf(3, false));
    });

    it('prefers two slow hops over three fast ones', () => {
      const kinds: NodeKind[] = ['client', 'switch', 'switch', 'switch', 'server'];
      const cables = [
        cable(0, 1, 1), // 0: fast path 0-1-2-4
        cable(1, 2, 1),
        cable(2, 4, 1),
        cable(0, 3, 1_000_000), // 3: slow path 0-3-4
        cable(3, 4, 1_000_000),
      ];
      const routes = computeRoutes(kinds, cables);
      expect(followPath(kinds, cables, routes, 0, 4).nodes).toEqual([0, 3, 4]);
      expect(followPath(kinds, cables, routes, 4, 0).nodes).toEqual([4, 3, 0]);
    });

    it('among paths with as many hops, takes the least total latency', () => {
      // Two 2-hop paths: via switch 1 (10 + 10) or via switch 2 (5 + 5).
      const kinds: NodeKind[] = ['client', 'switch', 'switch', 'server'];
      const cables = [cable(0, 1, 10), cable(1, 3, 10), cable(0, 2, 5), cable(2, 3, 5)];
      const routes = computeRoutes(kinds, cables);
      expect(route(routes, 4, 0, 3)).toBe(directionOf(2, true));
      expect(route(routes, 4, 3, 0)).toBe(directionOf(3, false));
    });

    it('weighs the whole path latency, not only the first hop', () => {
      // Via switches 1, 3: 1 + 100 + 1; via switches 2, 4: 50 + 1 + 1.
      const kinds: NodeKind[] = ['client', 'switch', 'switch', 'switch', 'switch', 'server'];
      const cables = [
        cable(0, 1, 1),
        cable(1, 3, 100),
        cable(3, 5, 1),
        cable(0, 2, 50),
        cable(2, 4, 1),
        cable(4, 5, 1),
      ];
      const routes = computeRoutes(kinds, cables);
      const path = followPath(kinds, cables, routes, 0, 5);
      expect(path.nodes).toEqual([0, 2, 4, 5]);
      expect(path.latencyUs).toBe(52);
    });

    it('takes the faster of two parallel cables', () => {
      const kinds: NodeKind[] = ['client', 'server'];
      const routes = computeRoutes(kinds, [cable(0, 1, 30), cable(1, 0, 20), cable(0, 1, 25)]);
      expect(route(routes, 2, 0, 1)).toBe(directionOf(1, false));
      expect(route(routes, 2, 1, 0)).toBe(directionOf(1, true));
    });
  });

  describe('only switches forward', () => {
    it('does not route through a server: client - server - client2 gives no client-to-client route', () => {
      const kinds: NodeKind[] = ['client', 'server', 'client'];
      const routes = computeRoutes(kinds, [cable(0, 1), cable(1, 2)]);
      expect(route(routes, 3, 0, 2)).toBe(-1);
      expect(route(routes, 3, 2, 0)).toBe(-1);
      // The direct neighbours still reach each other.
      expect(route(routes, 3, 0, 1)).toBe(0);
      expect(route(routes, 3, 1, 2)).toBe(2);
      expect(route(routes, 3, 2, 1)).toBe(3);
    });

    it('does not route through a client', () => {
      const kinds: NodeKind[] = ['server', 'client', 'server'];
      const routes = computeRoutes(kinds, [cable(0, 1), cable(1, 2)]);
      expect(route(routes, 3, 0, 2)).toBe(-1);
      expect(route(routes, 3, 2, 0)).toBe(-1);
    });

    it('goes around an endpoint by a longer path through switches', () => {
      // client 0 - server 1 - client 2 is short but not allowed; client 0 - sw 3 - sw 4 - client 2 is.
      const kinds: NodeKind[] = ['client', 'server', 'client', 'switch', 'switch'];
      const cables = [
        cable(0, 1, 1),
        cable(1, 2, 1),
        cable(0, 3, 50),
        cable(3, 4, 50),
        cable(4, 2, 50),
      ];
      const routes = computeRoutes(kinds, cables);
      expect(followPath(kinds, cables, routes, 0, 2).nodes).toEqual([0, 3, 4, 2]);
      expect(followPath(kinds, cables, routes, 2, 0).nodes).toEqual([2, 4, 3, 0]);
    });

    it('lets a switch route towards an endpoint behind other switches', () => {
      const kinds: NodeKind[] = ['switch', 'switch', 'server'];
      const routes = computeRoutes(kinds, [cable(0, 1), cable(1, 2)]);
      expect(route(routes, 3, 0, 2)).toBe(0);
      expect(route(routes, 3, 1, 2)).toBe(2);
    });
  });

  describe('unreachable destinations', () => {
    it('gives -1 everywhere without cables', () => {
      const routes = computeRoutes(['client', 'switch', 'server'], []);
      expect([...routes]).toEqual(new Array(9).fill(-1));
    });

    it('gives -1 between disconnected parts and a route within each part', () => {
      // client 0 - switch 1 - server 2    client 3 - server 4
      const kinds: NodeKind[] = ['client', 'switch', 'server', 'client', 'server'];
      const routes = computeRoutes(kinds, [cable(0, 1), cable(1, 2), cable(3, 4)]);
      expect(route(routes, 5, 0, 2)).toBe(0);
      expect(route(routes, 5, 3, 4)).toBe(4);
      expect(route(routes, 5, 0, 4)).toBe(-1);
      expect(route(routes, 5, 3, 2)).toBe(-1);
      expect(route(routes, 5, 1, 4)).toBe(-1);
      expect(route(routes, 5, 4, 0)).toBe(-1);
    });

    it('gives a node no route to itself', () => {
      const kinds: NodeKind[] = ['client', 'switch', 'server'];
      const routes = computeRoutes(kinds, [cable(0, 1), cable(1, 2)]);
      for (let i = 0; i < 3; i++) expect(route(routes, 3, i, i)).toBe(-1);
    });

    it('handles an empty drawing', () => {
      expect(computeRoutes([], [])).toHaveLength(0);
    });
  });

  describe('deterministic tie-break', () => {
    // A diamond: client 0 reaches server 3 through switch 1 or switch 2, at the same cost.
    const kinds: NodeKind[] = ['client', 'switch', 'switch', 'server'];

    it('gives the same table every time', () => {
      const cables = [cable(0, 1, 7), cable(1, 3, 7), cable(0, 2, 7), cable(2, 3, 7)];
      const first = computeRoutes(kinds, cables);
      for (let i = 0; i < 5; i++) expect(computeRoutes(kinds, cables)).toEqual(first);
    });

    it('breaks an equal-cost tie towards the lower-numbered switch, whatever the cable order', () => {
      const cables = [cable(0, 1, 7), cable(1, 3, 7), cable(0, 2, 7), cable(2, 3, 7)];
      const routes = computeRoutes(kinds, cables);
      expect(followPath(kinds, cables, routes, 0, 3).nodes).toEqual([0, 1, 3]);
      expect(followPath(kinds, cables, routes, 3, 0).nodes).toEqual([3, 1, 0]);

      const reversed = [...cables].reverse();
      const routesReversed = computeRoutes(kinds, reversed);
      expect(followPath(kinds, reversed, routesReversed, 0, 3).nodes).toEqual([0, 1, 3]);
      expect(followPath(kinds, reversed, routesReversed, 3, 0).nodes).toEqual([3, 1, 0]);
    });

    it('breaks a tie between parallel cables of equal latency towards the lower cable index', () => {
      const routes = computeRoutes(['client', 'server'], [cable(0, 1, 5), cable(1, 0, 5)]);
      expect(route(routes, 2, 0, 1)).toBe(directionOf(0, true));
      expect(route(routes, 2, 1, 0)).toBe(directionOf(0, false));
    });
  });

  describe('properties on random drawings', () => {
    const kindArb = fc.constantFrom<NodeKind>('client', 'server', 'switch', 'switch');
    // At least two nodes, so that a cable between two different nodes exists.
    const drawingArb = fc.integer({ min: 2, max: 9 }).chain((n) =>
      fc.record({
        kinds: fc.array(kindArb, { minLength: n, maxLength: n }),
        cables: fc.array(
          fc
            .record({
              a: fc.nat({ max: n - 1 }),
              // b is drawn among the other nodes, so a cable never loops on itself.
              bOffset: fc.integer({ min: 1, max: n - 1 }),
              // Few distinct latencies, so that equal-cost ties are common.
              latencyUs: fc.integer({ min: 1, max: 4 }),
            })
            .map(({ a, bOffset, latencyUs }) => ({ a, b: (a + bOffset) % n, latencyUs })),
          { maxLength: 2 * n },
        ),
      }),
    );

    it(`following the routes reaches every reachable endpoint through switches only, on a best path (seed ${seed})`, () => {
      fc.assert(
        fc.property(drawingArb, ({ kinds, cables }) => {
          const n = kinds.length;
          const routes = computeRoutes(kinds, cables);
          expect(routes).toHaveLength(n * n);
          for (let from = 0; from < n; from++) {
            const best = referenceCosts(kinds, cables, from);
            for (let to = 0; to < n; to++) {
              if (to === from || kinds[to] === 'switch') continue;
              const reference = best[to];
              if (reference === undefined) {
                expect(route(routes, n, from, to), `${from} -> ${to} is unreachable`).toBe(-1);
                continue;
              }
              const path = followPath(kinds, cables, routes, from, to);
              expect(path.nodes[path.nodes.length - 1]).toBe(to);
              expect(path.nodes.length - 1).toBeLessThanOrEqual(n - 1);
              for (const middle of path.nodes.slice(1, -1)) expect(kinds[middle]).toBe('switch');
              expect(path.nodes.length - 1, `hops ${from} -> ${to}`).toBe(reference.hops);
              expect(path.latencyUs, `latency ${from} -> ${to}`).toBe(reference.latencyUs);
            }
          }
        }),
        { seed, numRuns: 1000 },
      );
    });

    it(`every table entry is -1 or a direction of a cable leaving that node (seed ${seed})`, () => {
      fc.assert(
        fc.property(drawingArb, ({ kinds, cables }) => {
          const n = kinds.length;
          const routes = computeRoutes(kinds, cables);
          for (let from = 0; from < n; from++) {
            for (let to = 0; to < n; to++) {
              const direction = route(routes, n, from, to);
              if (direction === -1) continue;
              expect(direction).toBeGreaterThanOrEqual(0);
              expect(direction).toBeLessThan(2 * cables.length);
              hop(cables, direction, from); // asserts the cable leaves `from`
            }
          }
        }),
        { seed, numRuns: 500 },
      );
    });

    it(`is deterministic: the same drawing gives the same table (seed ${seed})`, () => {
      fc.assert(
        fc.property(drawingArb, ({ kinds, cables }) => {
          expect(computeRoutes(kinds, cables)).toEqual(
            computeRoutes(
              [...kinds],
              cables.map((c) => ({ ...c })),
            ),
          );
        }),
        { seed, numRuns: 300 },
      );
    });
  });
});
