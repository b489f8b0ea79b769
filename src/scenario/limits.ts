/**
 * Bounds and defaults for every number in a scenario, with units. The validator clamps to
 * them; the editor will show them. Bounds keep any input from freezing a tab: a run of the
 * largest scenario still finishes.
 */

import type { NumberSpec } from './checker.ts';
import type { BalancerNode, LinkParams, ReplicaNode, ServerNode, Workload } from './types.ts';

const SECOND_US = 1_000_000;
const HOUR_US = 3600 * SECOND_US;

export const LIMITS = {
  nodes: 500,
  cables: 2000,
  workloads: 500,
  schedule: 2000,
  idLength: 40,
  labelLength: 40,
  nameLength: 100,
  descriptionLength: 2000,
  /** Largest scenario JSON accepted, in characters. */
  jsonLength: 5_000_000,
  /** A run stops starting new requests here, so memory stays bounded (about 1 KB a request). */
  requests: 200_000,
} as const;

const us = (min: number, max: number): NumberSpec => ({ min, max, integer: true, unit: 'µs' });

export const SPECS = {
  seed: { min: 0, max: Number.MAX_SAFE_INTEGER, integer: true },
  durationUs: us(1000, HOUR_US),
  position: { min: -1e6, max: 1e6 },
  // Cables.
  latencyUs: us(0, 60 * SECOND_US),
  jitterUs: us(0, 60 * SECOND_US),
  lossPercent: { min: 0, max: 100, unit: '%' },
  bandwidthMbps: { min: 0.001, max: 1_000_000, unit: 'Mbit/s' },
  linkQueueCapacity: { min: 1, max: 100_000, integer: true, unit: 'messages' },
  // Servers.
  workers: { min: 1, max: 1024, integer: true },
  serverQueueCapacity: { min: 0, max: 100_000, integer: true, unit: 'requests' },
  serviceUs: us(0, 60 * SECOND_US),
  restartUs: us(0, 600 * SECOND_US),
  // Load balancers.
  checkIntervalUs: us(1000, HOUR_US),
  checkTimeoutUs: us(1, HOUR_US),
  checkThreshold: { min: 1, max: 100, integer: true, unit: 'checks' },
  linkMonitorUs: us(1000, HOUR_US),
  // Replicas.
  heartbeatUs: us(1000, HOUR_US),
  electionTimeoutUs: us(1000, HOUR_US),
  writeIntervalUs: us(1000, HOUR_US),
  phiThreshold: { min: 0.5, max: 30 },
  leaseUs: us(1000, HOUR_US),
  // Clocks.
  clockOffsetUs: { min: -HOUR_US, max: HOUR_US, integer: true, unit: 'µs' },
  driftPpm: { min: -100_000, max: 100_000, unit: 'ppm' },
  syncIntervalUs: us(1000, HOUR_US),
  circuitSlots: { min: 1, max: 10_000, integer: true, unit: 'slots' },
  // Workloads.
  intervalUs: us(100, HOUR_US),
  startUs: us(0, HOUR_US),
  count: { min: 0, max: 1_000_000, integer: true, unit: 'requests' },
  timeoutUs: us(1, HOUR_US),
  retries: { min: 0, max: 10, integer: true },
  backoffUs: us(0, HOUR_US),
  backoffMultiplier: { min: 1, max: 10 },
  retryBudgetPercent: { min: 0, max: 100 },
  retransmitUs: us(0, HOUR_US),
  bytes: { min: 1, max: 10_000_000, integer: true, unit: 'bytes' },
  // Actions.
  atUs: us(0, 2 * HOUR_US),
  pauseUs: us(1, HOUR_US),
  overloadIntervalUs: us(10, HOUR_US),
  overloadUs: us(1, HOUR_US),
  syncLostUs: us(1, HOUR_US),
} satisfies Record<string, NumberSpec>;

export const DEFAULT_LINK: LinkParams = {
  latencyUs: 1000,
  jitterUs: 200,
  lossPercent: 0,
  bandwidthMbps: 1000,
  queueCapacity: 64,
};

export const DEFAULT_SERVER: Omit<ServerNode, 'id' | 'label' | 'kind'> = {
  workers: 4,
  queueCapacity: 64,
  service: { kind: 'uniform', minUs: 1000, maxUs: 3000 },
  restartUs: 500_000,
};

/** AWS's target-group defaults are 30 s, 5 s, 2 and 5; a lab wants to watch, so faster. */
export const DEFAULT_BALANCER: Omit<BalancerNode, 'id' | 'label' | 'kind' | 'backends'> = {
  checkIntervalUs: 500_000,
  checkTimeoutUs: 200_000,
  unhealthyAfter: 3,
  healthyAfter: 2,
  deepCheck: false,
};

/** etcd's heartbeat and election timeout (100 ms, 1 s); a write every 200 ms. */
export const DEFAULT_REPLICA: Omit<ReplicaNode, 'id' | 'label' | 'kind' | 'storage'> = {
  leader: false,
  heartbeatUs: 100_000,
  electionTimeoutUs: 1_000_000,
  writeIntervalUs: 200_000,
};

export const DEFAULT_WORKLOAD: Omit<Workload, 'client' | 'server'> = {
  mode: 'interval',
  intervalUs: 100_000,
  startUs: 0,
  count: 0,
  timeoutUs: 100_000,
  retries: 0,
  backoffUs: 50_000,
  backoffMultiplier: 2,
  backoffJitter: false,
  retryBudgetPercent: 100,
  idempotencyKey: false,
  retransmitUs: 0,
  requestBytes: 500,
  responseBytes: 500,
};

export const DEFAULT_DURATION_US = 2 * SECOND_US;
