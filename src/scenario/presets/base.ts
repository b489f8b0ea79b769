/**
 * The world the cause presets share: one client, one switch, one server. Only the fault
 * schedule differs between them, so what the client sees up to the featured request's timeout
 * is the same in all six, while what really happened differs.
 *
 * Numbers: 5 ms a hop (a slow-motion datacenter, so messages can be watched), a server that
 * takes 8–12 ms a request with 2 workers, and a client that sends every 250 ms and gives up
 * after 100 ms, about three round trips.
 */

import type { RequestResult } from '../../sim/results.ts';
import { SCENARIO_VERSION, type Scenario, type ScheduledAction, type Workload } from '../types.ts';

export interface Preset {
  /** Stable id, used in links (`#preset=<id>`) and on the command line. */
  id: string;
  scenario: Scenario;
  /**
   * What the featured request must show on every seed; the tests hold the preset to it. A world
   * without client requests (replicas and their storage) has none, and tests of its own.
   */
  featured?: Partial<RequestResult> & { id: string };
}

/** The featured request of the cause presets, sent at 500 ms and timing out at 600 ms. */
export const FEATURED_REQUEST = 'r3';

export const ms = (n: number): number => n * 1000;

export function threeNodeScenario(
  name: string,
  description: string,
  schedule: ScheduledAction[],
  workload: Partial<Workload> = {},
): Scenario {
  const link = {
    latencyUs: ms(5),
    jitterUs: ms(1),
    lossPercent: 0,
    bandwidthMbps: 100,
    queueCapacity: 64,
  };
  return {
    version: SCENARIO_VERSION,
    name,
    description,
    seed: 1,
    durationUs: ms(2000),
    nodes: [
      { id: 'client', label: 'client', kind: 'client', x: 0, y: 0 },
      { id: 'switch', label: 'switch', kind: 'switch', x: 240, y: 0 },
      {
        id: 'server',
        label: 'server',
        kind: 'server',
        x: 480,
        y: 0,
        workers: 2,
        queueCapacity: 64,
        service: { kind: 'uniform', minUs: ms(8), maxUs: ms(12) },
        restartUs: ms(300),
      },
    ],
    cables: [
      { a: 'client', b: 'switch', ...link },
      { a: 'switch', b: 'server', ...link },
    ],
    workloads: [
      {
        client: 'client',
        server: 'server',
        mode: 'interval',
        intervalUs: ms(250),
        startUs: 0,
        count: 0,
        timeoutUs: ms(100),
        retries: 0,
        backoffUs: ms(20),
        backoffMultiplier: 2,
        backoffJitter: false,
        retryBudgetPercent: 100,
        idempotencyKey: false,
        retransmitUs: 0,
        requestBytes: 1000,
        responseBytes: 1000,
        ...workload,
      },
    ],
    schedule,
  };
}
