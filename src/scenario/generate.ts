/**
 * A large scenario for benchmarks and stress tests: a two-tier datacenter of racks under a
 * core switch, clients sending steady Poisson load to many servers, and a fault schedule of
 * garbage-collection pauses, crashes with restarts, cut cables and lossy links. Deterministic
 * for a given seed.
 */

import { createRng, nextUint32, uniformInt, type RngState } from '../sim/prng.ts';
import { DEFAULT_WORKLOAD } from './limits.ts';
import {
  SCENARIO_VERSION,
  type Cable,
  type Scenario,
  type ScenarioNode,
  type ScheduledAction,
  type Workload,
} from './types.ts';

export interface DatacenterOptions {
  clients?: number;
  servers?: number;
  /** Racks, each with its own switch, under one core switch. */
  racks?: number;
  /** Requests a second from each client. */
  ratePerClient?: number;
  /** One fault every this many µs, on average. */
  faultEveryUs?: number;
  durationUs?: number;
  seed?: number;
}

const SECOND = 1_000_000;

/** 20 clients, 170 servers and 10 switches (9 racks and a core): 200 nodes. */
export function datacenterScenario(options: DatacenterOptions = {}): Scenario {
  const {
    clients = 20,
    servers = 170,
    racks = 9,
    ratePerClient = 20,
    faultEveryUs = 2 * SECOND,
    durationUs = 120 * SECOND,
    seed = 1,
  } = options;
  const rng = createRng(seed, 'generate');
  const nodes: ScenarioNode[] = [{ id: 'core', label: 'core', kind: 'switch' }];
  const cables: Cable[] = [];
  const uplink = {
    latencyUs: 50,
    jitterUs: 10,
    lossPercent: 0,
    bandwidthMbps: 10_000,
    queueCapacity: 256,
  };
  for (let r = 0; r < racks; r++) {
    nodes.push({ id: `rack${r}`, label: `rack ${r}`, kind: 'switch' });
    cables.push({ a: `rack${r}`, b: 'core', ...uplink });
  }
  const attach = (id: string, i: number) => {
    const lossy = uniformInt(rng, 0, 19) === 0;
    cables.push({
      a: id,
      b: `rack${i % racks}`,
      latencyUs: 25,
      jitterUs: 5,
      lossPercent: lossy ? 0.5 : 0,
      bandwidthMbps: 1000,
      queueCapacity: 64,
    });
  };
  for (let s = 0; s < servers; s++) {
    nodes.push({
      id: `s${s}`,
      label: `server ${s}`,
      kind: 'server',
      workers: 4,
      queueCapacity: 64,
      service: { kind: 'exponential', meanUs: 2000 },
      restartUs: SECOND,
    });
    attach(`s${s}`, s);
  }
  const workloads: Workload[] = [];
  for (let c = 0; c < clients; c++) {
    nodes.push({ id: `c${c}`, label: `client ${c}`, kind: 'client' });
    attach(`c${c}`, c + 3);
    // Each client spreads its load over four servers.
    for (let k = 0; k < 4; k++) {
      workloads.push({
        ...DEFAULT_WORKLOAD,
        client: `c${c}`,
        server: `s${uniformInt(rng, 0, servers - 1)}`,
        mode: 'poisson',
        intervalUs: Math.round((4 * SECOND) / ratePerClient),
        timeoutUs: 50_000,
        retries: 2,
        backoffUs: 10_000,
      });
    }
  }
  return {
    version: SCENARIO_VERSION,
    name: `Datacenter of ${nodes.length} nodes`,
    description: `${clients} clients send steady load to ${servers} servers in ${racks} racks, while pauses, crashes, cut cables and lossy links come and go.`,
    seed,
    durationUs,
    nodes,
    cables,
    workloads,
    schedule: faultSchedule(rng, { servers, racks }, durationUs, faultEveryUs),
  };
}

function faultSchedule(
  rng: RngState,
  { servers, racks }: { servers: number; racks: number },
  durationUs: number,
  everyUs: number,
): ScheduledAction[] {
  const schedule: ScheduledAction[] = [];
  // Server i hangs off rack i mod racks (see datacenterScenario).
  const rackOf = (server: string) => `rack${Number(server.slice(1)) % racks}`;
  for (
    let atUs = everyUs / 2;
    atUs < durationUs;
    atUs += uniformInt(rng, everyUs / 2, (3 * everyUs) / 2)
  ) {
    const server = `s${uniformInt(rng, 0, servers - 1)}`;
    const at = Math.round(atUs);
    switch (nextUint32(rng) % 4) {
      case 0:
        schedule.push({
          atUs: at,
          kind: 'pause',
          node: server,
          durationUs: uniformInt(rng, 50_000, 500_000),
        });
        break;
      case 1:
        schedule.push(
          { atUs: at, kind: 'crash', node: server },
          { atUs: at + SECOND, kind: 'restart', node: server },
        );
        break;
      case 2:
        schedule.push(
          { atUs: at, kind: 'cut', cable: [server, rackOf(server)] },
          { atUs: at + SECOND / 2, kind: 'restore', cable: [server, rackOf(server)] },
        );
        break;
      default:
        schedule.push({
          atUs: at,
          kind: 'overload',
          node: server,
          intervalUs: 400,
          durationUs: 300_000,
        });
    }
  }
  return schedule;
}

/**
 * The rendering stress test: the 200-node datacenter with slow cables and heavy load, so that
 * about 5,000 messages are on the wire at once (the graph must still draw in a frame).
 */
export function stressScenario(): Scenario {
  const base = datacenterScenario({
    ratePerClient: 1050,
    durationUs: 10 * SECOND,
    faultEveryUs: SECOND,
  });
  return {
    ...base,
    name: 'Stress: 200 nodes, 5,000 messages in flight',
    cables: base.cables.map((c) => ({
      ...c,
      latencyUs: c.b === 'core' ? 40_000 : 20_000,
      jitterUs: 2000,
      bandwidthMbps: 10_000,
      queueCapacity: 1000,
    })),
    workloads: base.workloads.map((w) => ({ ...w, timeoutUs: SECOND })),
  };
}
