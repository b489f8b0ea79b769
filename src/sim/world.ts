/**
 * The static part of a simulation, derived once from a validated scenario: node indexes,
 * cable directions and routes. It never changes during a run, so snapshots leave it out.
 */

import type {
  LinkParams,
  NodeKind,
  Scenario,
  ScenarioNode,
  ServerNode,
  Workload,
} from '../scenario/types.ts';
import { computeRoutes } from './routing.ts';

export interface Direction {
  /** The cable this direction belongs to. */
  cable: number;
  /** Sending end. */
  from: number;
  /** Receiving end. */
  to: number;
  /** The cable's own parameters, to which `restore` returns. */
  base: LinkParams;
  /** Reserved slots of a circuit-switched cable; 0 for a packet-switched one. */
  circuitSlots: number;
}

export interface ResolvedWorkload extends Workload {
  clientIndex: number;
  serverIndex: number;
}

export interface World {
  scenario: Scenario;
  nodes: ScenarioNode[];
  kinds: NodeKind[];
  /** Node id to index. */
  index: Map<string, number>;
  /** 2c is cable c from a to b; 2c + 1 from b to a. */
  directions: Direction[];
  /** `routes[from * n + to]`: the direction to send on, or -1. */
  routes: Int32Array;
  workloads: ResolvedWorkload[];
  /** For a load balancer, the node indexes of its backends; empty for any other node. */
  backends: number[][];
}

export function createWorld(scenario: Scenario): World {
  const nodes = scenario.nodes;
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const at = (id: string): number => {
    const i = index.get(id);
    if (i === undefined) throw new Error(`unknown node ${id}: validate the scenario first`);
    return i;
  };
  const directions: Direction[] = [];
  scenario.cables.forEach((cable, c) => {
    const base: LinkParams = {
      latencyUs: cable.latencyUs,
      jitterUs: cable.jitterUs,
      lossPercent: cable.lossPercent,
      bandwidthMbps: cable.bandwidthMbps,
      queueCapacity: cable.queueCapacity,
    };
    const circuitSlots = cable.circuitSlots ?? 0;
    directions.push({ cable: c, from: at(cable.a), to: at(cable.b), base, circuitSlots });
    directions.push({ cable: c, from: at(cable.b), to: at(cable.a), base, circuitSlots });
  });
  const kinds = nodes.map((node) => node.kind);
  const routes = computeRoutes(
    kinds,
    scenario.cables.map((c) => ({ a: at(c.a), b: at(c.b), latencyUs: c.latencyUs })),
  );
  const workloads = scenario.workloads.map((w) => ({
    ...w,
    clientIndex: at(w.client),
    serverIndex: at(w.server),
  }));
  const backends = nodes.map((n) => (n.kind === 'balancer' ? n.backends.map(at) : []));
  return { scenario, nodes, kinds, index, directions, routes, workloads, backends };
}

export function serverAt(world: World, node: number): ServerNode {
  const n = world.nodes[node];
  if (n?.kind !== 'server') throw new Error(`node ${node} is not a server`);
  return n;
}

/** The direction of `cable` that leaves `from`. */
export function directionFrom(world: World, cable: number, from: number): number {
  return world.directions[2 * cable]!.from === from ? 2 * cable : 2 * cable + 1;
}

/** The index of the cable between two nodes, or -1. */
export function cableBetween(world: World, a: number, b: number): number {
  for (let d = 0; d < world.directions.length; d += 2) {
    const dir = world.directions[d]!;
    if ((dir.from === a && dir.to === b) || (dir.from === b && dir.to === a)) return d / 2;
  }
  return -1;
}
