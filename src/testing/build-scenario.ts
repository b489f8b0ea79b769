/**
 * Small scenarios for unit tests, written in a few lines: a client and a server, joined
 * directly or through switches, with exact numbers (no jitter unless asked) so timings can be
 * checked to the microsecond.
 */

import {
  SCENARIO_VERSION,
  type LinkParams,
  type Scenario,
  type ScheduledAction,
  type ServerNode,
  type Workload,
} from '../scenario/types.ts';
import { createSimulation, decodeTrace, type Simulation, type TraceEvent } from '../sim/index.ts';

export interface LineOptions {
  /** Switches between the client and the server: 0 joins them directly. */
  switches?: number;
  link?: Partial<LinkParams>;
  server?: Partial<Omit<ServerNode, 'id' | 'label' | 'kind'>>;
  workload?: Partial<Workload>;
  schedule?: ScheduledAction[];
  durationUs?: number;
  seed?: number;
}

/**
 * client — (switches) — server. By default: 1 ms a hop, no jitter, 8 Mbit/s so a 1,000-byte
 * message takes 1 ms to transmit, a server with one worker and a constant 500 µs service, and
 * a client that sends only on demand with a 100 ms timeout.
 */
export function line(options: LineOptions = {}): Scenario {
  const switches = options.switches ?? 0;
  const link: LinkParams = {
    latencyUs: 1000,
    jitterUs: 0,
    lossPercent: 0,
    bandwidthMbps: 8,
    queueCapacity: 64,
    ...options.link,
  };
  const hops = ['client', ...Array.from({ length: switches }, (_, i) => `sw${i + 1}`), 'server'];
  return {
    version: SCENARIO_VERSION,
    name: 'test line',
    description: '',
    seed: options.seed ?? 1,
    durationUs: options.durationUs ?? 1_000_000,
    nodes: [
      { id: 'client', label: 'client', kind: 'client' },
      ...hops.slice(1, -1).map((id) => ({ id, label: id, kind: 'switch' as const })),
      {
        id: 'server',
        label: 'server',
        kind: 'server',
        workers: 1,
        queueCapacity: 64,
        service: { kind: 'constant', us: 500 },
        restartUs: 10_000,
        ...options.server,
      },
    ],
    cables: hops.slice(1).map((b, i) => ({ a: hops[i]!, b, ...link })),
    workloads: [
      {
        client: 'client',
        server: 'server',
        mode: 'on-demand',
        intervalUs: 100_000,
        startUs: 0,
        count: 0,
        timeoutUs: 100_000,
        retries: 0,
        backoffUs: 10_000,
        backoffMultiplier: 2,
        backoffJitter: false,
        retryBudgetPercent: 100,
        idempotencyKey: false,
        retransmitUs: 0,
        requestBytes: 1000,
        responseBytes: 1000,
        ...options.workload,
      },
    ],
    schedule: options.schedule ?? [],
  };
}

/** `count` requests sent on demand at `atUs`. */
export const sends = (atUs: number, count = 1): ScheduledAction[] =>
  Array.from({ length: count }, () => ({ atUs, kind: 'send-request', client: 'client' }));

export function run(scenario: Scenario): { sim: Simulation; events: TraceEvent[] } {
  const sim = createSimulation(scenario);
  sim.runUntil(sim.endUs);
  return { sim, events: decodeTrace(sim.trace, sim.world) };
}

/** The events of one type, optionally only those about request `r` (any attempt). */
export function eventsOf(
  events: TraceEvent[],
  type: TraceEvent['type'],
  request?: number,
): TraceEvent[] {
  return events.filter(
    (e) =>
      e.type === type &&
      (request === undefined || e.request === request || e.message?.request === request),
  );
}
