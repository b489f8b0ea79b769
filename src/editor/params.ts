/**
 * Every number the editor shows, in the unit people think in, with the bounds of the
 * scenario's own limits (limits.ts): what is stored is microseconds, a field shows ms.
 */

import type { NumberSpec } from '../scenario/checker.ts';
import { SPECS } from '../scenario/limits.ts';
import type {
  Action,
  BalancerNode,
  Cable,
  ClockSettings,
  ReplicaNode,
  ScheduledAction,
  ServerNode,
  Workload,
} from '../scenario/types.ts';

export interface Param<T> {
  key: keyof T & string;
  label: string;
  unit: string;
  min: number;
  max: number;
  integer: boolean;
  /** Said after the bounds: what a special value means. */
  note?: string;
  /** Stored value to what the field shows, and back. */
  show(stored: number): number;
  store(shown: number): number;
}

function plain<T>(
  key: keyof T & string,
  label: string,
  spec: NumberSpec,
  unit = spec.unit ?? '',
): Param<T> {
  return {
    key,
    label,
    unit,
    min: spec.min,
    max: spec.max,
    integer: spec.integer ?? false,
    show: (v) => v,
    store: (v) => v,
  };
}

/** A time kept in µs, shown in ms (or s), to a thousandth. */
function time<T>(key: keyof T & string, label: string, spec: NumberSpec, perUnit = 1000): Param<T> {
  return {
    key,
    label,
    unit: perUnit === 1000 ? 'ms' : 's',
    min: spec.min / perUnit,
    max: spec.max / perUnit,
    integer: false,
    show: (us) => us / perUnit,
    store: (shown) => Math.round(shown * perUnit),
  };
}

export const CABLE_PARAMS: Param<Cable>[] = [
  time('latencyUs', 'Latency', SPECS.latencyUs),
  time('jitterUs', 'Jitter', SPECS.jitterUs),
  plain('lossPercent', 'Loss', SPECS.lossPercent),
  plain('bandwidthMbps', 'Bandwidth', SPECS.bandwidthMbps),
  plain('queueCapacity', 'Queue', SPECS.linkQueueCapacity),
];

export const SERVER_PARAMS: Param<ServerNode>[] = [
  plain('workers', 'Workers', SPECS.workers, 'at once'),
  plain('queueCapacity', 'Queue', SPECS.serverQueueCapacity),
  time('restartUs', 'Restart takes', SPECS.restartUs),
];

export const BALANCER_PARAMS: Param<BalancerNode>[] = [
  time('checkIntervalUs', 'Check every', SPECS.checkIntervalUs),
  time('checkTimeoutUs', 'Check fails after', SPECS.checkTimeoutUs),
  plain('unhealthyAfter', 'Out after', SPECS.checkThreshold, 'failures'),
  plain('healthyAfter', 'Back after', SPECS.checkThreshold, 'passes'),
];

export const REPLICA_PARAMS: Param<ReplicaNode>[] = [
  time('heartbeatUs', 'Heartbeat every', SPECS.heartbeatUs),
  time('electionTimeoutUs', 'Election timeout', SPECS.electionTimeoutUs),
  time('writeIntervalUs', 'Writes every', SPECS.writeIntervalUs),
];

export const CIRCUIT_PARAMS: Param<Required<Pick<Cable, 'circuitSlots'>>>[] = [
  plain('circuitSlots', 'Circuits', SPECS.circuitSlots),
];

export const CLOCK_PARAMS: Param<Pick<ClockSettings, 'offsetUs' | 'driftPpm'>>[] = [
  time('offsetUs', 'Clock off by', SPECS.clockOffsetUs),
  plain('driftPpm', 'Clock drift', SPECS.driftPpm),
];

export const SYNC_PARAMS: Param<{ intervalUs: number }>[] = [
  time('intervalUs', 'Sync every', SPECS.syncIntervalUs),
];

export const WORKLOAD_PARAMS: Param<Workload>[] = [
  time('intervalUs', 'Every', SPECS.intervalUs),
  time('startUs', 'First at', SPECS.startUs),
  { ...plain<Workload>('count', 'How many', SPECS.count), note: '0: no limit' },
  time('timeoutUs', 'Timeout', SPECS.timeoutUs),
  plain('retries', 'Retries', SPECS.retries),
  time('backoffUs', 'First backoff', SPECS.backoffUs),
  plain('backoffMultiplier', 'Backoff grows ×', SPECS.backoffMultiplier, ''),
  {
    ...plain<Workload>('retryBudgetPercent', 'Retry budget', SPECS.retryBudgetPercent, '%'),
    note: 'retries per 100 requests; 100: no budget',
  },
  {
    ...time<Workload>('retransmitUs', 'TCP resends after', SPECS.retransmitUs),
    note: 'a lost message, doubling each time; 0: never',
  },
  plain('requestBytes', 'Request size', SPECS.bytes),
  plain('responseBytes', 'Response size', SPECS.bytes),
];

export const DURATION_PARAM = time<{ durationUs: number }>(
  'durationUs',
  'Runs for',
  SPECS.durationUs,
  1_000_000,
);

export const SERVICE_PARAM = {
  us: time<{ us: number }>('us', 'Service time', SPECS.serviceUs),
  minUs: time<{ minUs: number }>('minUs', 'Shortest', SPECS.serviceUs),
  maxUs: time<{ maxUs: number }>('maxUs', 'Longest', SPECS.serviceUs),
  meanUs: time<{ meanUs: number }>('meanUs', 'Mean', SPECS.serviceUs),
};

type FaultFields = Record<string, number>;

/** A fault's moment, then the numbers its kind has (those it was given; the others default). */
export const FAULT_AT = time<FaultFields>('atUs', 'At', SPECS.atUs);

export const FAULT_PARAMS: Partial<Record<Action['kind'], Param<FaultFields>[]>> = {
  pause: [time('durationUs', 'For', SPECS.pauseUs)],
  overload: [
    time('intervalUs', 'Extra work every', SPECS.overloadIntervalUs),
    time('serviceUs', 'Each takes', SPECS.serviceUs),
    time('durationUs', 'For', SPECS.overloadUs),
  ],
  'clock-step': [{ ...time('byUs', 'By', SPECS.clockOffsetUs), note: 'negative: backwards' }],
  'clock-drift': [plain('driftPpm', 'Drift', SPECS.driftPpm)],
  'sync-unreachable': [time('durationUs', 'For', SPECS.syncLostUs)],
  degrade: [
    time('latencyUs', 'Latency', SPECS.latencyUs),
    time('jitterUs', 'Jitter', SPECS.jitterUs),
    plain('lossPercent', 'Loss', SPECS.lossPercent),
    plain('bandwidthMbps', 'Bandwidth', SPECS.bandwidthMbps),
  ],
};

/** The numbers of this fault that can be changed: its moment, and those it holds. */
export function faultParams(fault: ScheduledAction): Param<FaultFields>[] {
  const held = (FAULT_PARAMS[fault.kind] ?? []).filter((p) => p.key in fault);
  return [FAULT_AT, ...held];
}
