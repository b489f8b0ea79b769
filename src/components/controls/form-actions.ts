/**
 * The inspector's forms as actions: the text of each field in, an action out, or a message per
 * field that is wrong (and no action at all). Pure, so every rule here has a test.
 */

import { SPECS } from '../../scenario/limits.ts';
import { formatDuration } from '../../lab/clock-format.ts';
import type { Action, WorkloadMode, WorkloadSettings } from '../../scenario/types.ts';
import {
  intervalUsFromRate,
  msField,
  parseField,
  usFromMs,
  type FieldResult,
  type FieldSpec,
} from './fields.ts';

export type FormOutcome<A extends Action> =
  { ok: true; action: A } | { ok: false; errors: Record<string, string>; message: string | null };

/** The slowest rhythm a workload or an overload may have: one request every 1,000 s. */
const SLOWEST_RATE = 0.001;

/** One field per key; the specs say units and bounds, and the forms show them as hints. */
export const FIELDS = {
  pauseMs: msField('Pause length', SPECS.pauseUs, { min: 0, optional: true }),
  overloadRate: {
    name: 'Arrival rate',
    unit: 'requests/s',
    min: SLOWEST_RATE,
    max: 1_000_000 / SPECS.overloadIntervalUs.min,
  },
  overloadServiceMs: msField('Service time', SPECS.serviceUs, { optional: true }),
  overloadQueue: {
    name: 'Queue capacity',
    unit: 'requests',
    min: SPECS.serverQueueCapacity.min,
    max: SPECS.serverQueueCapacity.max,
    integer: true,
    optional: true,
  },
  overloadMs: msField('Overload length', SPECS.overloadUs, { min: 0, optional: true }),
  latencyMs: msField('Latency', SPECS.latencyUs, { optional: true }),
  jitterMs: msField('Jitter', SPECS.jitterUs, { optional: true }),
  lossPercent: { name: 'Loss', unit: '%', min: 0, max: 100, optional: true },
  bandwidthMbps: {
    name: 'Bandwidth',
    unit: 'Mbit/s',
    min: SPECS.bandwidthMbps.min,
    max: SPECS.bandwidthMbps.max,
    optional: true,
  },
  requestRate: {
    name: 'Request rate',
    unit: 'requests/s',
    min: 0,
    max: 1_000_000 / SPECS.intervalUs.min,
    optional: true,
  },
  timeoutMs: msField('Timeout', SPECS.timeoutUs, { optional: true }),
  retries: {
    name: 'Retries',
    unit: '',
    min: SPECS.retries.min,
    max: SPECS.retries.max,
    integer: true,
    optional: true,
  },
} satisfies Record<string, FieldSpec>;

export type FieldKey = keyof typeof FIELDS;
export type FieldTexts<K extends FieldKey> = Record<K, string>;

/** Parses every field; the values by key, or the messages by key. */
function parseAll<K extends FieldKey>(
  texts: FieldTexts<K>,
): { values: Record<K, number | null>; errors: Record<string, string> } {
  const values = {} as Record<K, number | null>;
  const errors: Record<string, string> = {};
  for (const key of Object.keys(texts) as K[]) {
    const result: FieldResult = parseField(texts[key], FIELDS[key]);
    if (result.ok) values[key] = result.value;
    else errors[key] = result.message;
  }
  return { values, errors };
}

const failed = (errors: Record<string, string>, message: string | null = null) =>
  ({ ok: false, errors, message }) as const;

/** Empty or 0 pauses until someone resumes the process. */
export function pauseFromFields(
  node: string,
  texts: FieldTexts<'pauseMs'>,
): FormOutcome<Extract<Action, { kind: 'pause' }>> {
  const { values, errors } = parseAll(texts);
  if (Object.keys(errors).length > 0) return failed(errors);
  const durationUs = usFromMs(values.pauseMs ?? 0);
  return {
    ok: true,
    action: durationUs > 0 ? { kind: 'pause', node, durationUs } : { kind: 'pause', node },
  };
}

/** Empty service time and queue capacity keep the server's own; empty length lasts until a restart. */
export function overloadFromFields(
  node: string,
  texts: FieldTexts<'overloadRate' | 'overloadServiceMs' | 'overloadQueue' | 'overloadMs'>,
): FormOutcome<Extract<Action, { kind: 'overload' }>> {
  const { values, errors } = parseAll(texts);
  if (Object.keys(errors).length > 0) return failed(errors);
  const action: Extract<Action, { kind: 'overload' }> = {
    kind: 'overload',
    node,
    intervalUs: intervalUsFromRate(values.overloadRate!),
  };
  if (values.overloadServiceMs !== null) action.serviceUs = usFromMs(values.overloadServiceMs);
  if (values.overloadQueue !== null) action.queueCapacity = values.overloadQueue;
  const durationUs = usFromMs(values.overloadMs ?? 0);
  if (durationUs > 0) action.durationUs = durationUs;
  return { ok: true, action };
}

/** Only the fields typed in change; `from` picks one direction, both when absent. */
export function degradeFromFields(
  cable: [string, string],
  from: string | null,
  texts: FieldTexts<'latencyMs' | 'jitterMs' | 'lossPercent' | 'bandwidthMbps'>,
): FormOutcome<Extract<Action, { kind: 'degrade' }>> {
  const { values, errors } = parseAll(texts);
  if (Object.keys(errors).length > 0) return failed(errors);
  const action: Extract<Action, { kind: 'degrade' }> = { kind: 'degrade', cable };
  if (from !== null) action.from = from;
  if (values.latencyMs !== null) action.latencyUs = usFromMs(values.latencyMs);
  if (values.jitterMs !== null) action.jitterUs = usFromMs(values.jitterMs);
  if (values.lossPercent !== null) action.lossPercent = values.lossPercent;
  if (values.bandwidthMbps !== null) action.bandwidthMbps = values.bandwidthMbps;
  if (Object.keys(action).length === (from === null ? 2 : 3)) {
    return failed({}, 'Change at least one value first.');
  }
  return { ok: true, action };
}

/**
 * A rate of 0 sends only on demand; any other rate keeps a Poisson workload Poisson. Only what
 * differs from the current settings is sent, so changing the timeout does not also restart the
 * client's sending rhythm.
 */
export function workloadFromFields(
  client: string,
  current: WorkloadSettings,
  texts: FieldTexts<'requestRate' | 'timeoutMs' | 'retries'>,
): FormOutcome<Extract<Action, { kind: 'set-workload' }>> {
  const { values, errors } = parseAll(texts);
  if (Object.keys(errors).length > 0) return failed(errors);
  const action: Extract<Action, { kind: 'set-workload' }> = { kind: 'set-workload', client };
  if (values.requestRate !== null && values.requestRate > 0 && values.requestRate < SLOWEST_RATE) {
    return failed({
      requestRate: `Request rate must be 0 (only on demand) or at least ${SLOWEST_RATE} requests/s.`,
    });
  }
  if (values.requestRate !== null) {
    const { mode, intervalUs } = rhythm(current, values.requestRate);
    if (mode !== current.mode) action.mode = mode;
    if (mode !== 'on-demand' && intervalUs !== current.intervalUs) action.intervalUs = intervalUs;
  }
  if (values.timeoutMs !== null && usFromMs(values.timeoutMs) !== current.timeoutUs) {
    action.timeoutUs = usFromMs(values.timeoutMs);
  }
  if (values.retries !== null && values.retries !== current.retries) {
    action.retries = values.retries;
  }
  if (Object.keys(action).length === 2) {
    return failed({}, 'Nothing to change: these are the current settings.');
  }
  return { ok: true, action };
}

function rhythm(
  current: WorkloadSettings,
  rate: number,
): { mode: WorkloadMode; intervalUs: number } {
  if (rate === 0) return { mode: 'on-demand', intervalUs: current.intervalUs };
  const mode = current.mode === 'on-demand' ? 'interval' : current.mode;
  return { mode, intervalUs: intervalUsFromRate(rate) };
}

/** A workload change in words, for the status line: `a request every 100 ms, timeout 300 ms`. */
export function workloadChangeWords(
  current: WorkloadSettings,
  action: Extract<Action, { kind: 'set-workload' }>,
): string {
  const parts: string[] = [];
  if (action.mode === 'on-demand') parts.push('requests only on demand');
  else if (action.mode !== undefined || action.intervalUs !== undefined) {
    const every = formatDuration(action.intervalUs ?? current.intervalUs);
    parts.push(
      `a request ${(action.mode ?? current.mode) === 'poisson' ? 'on average ' : ''}every ${every}`,
    );
  }
  if (action.timeoutUs !== undefined) parts.push(`timeout ${formatDuration(action.timeoutUs)}`);
  if (action.retries !== undefined) {
    parts.push(action.retries === 1 ? '1 retry' : `${action.retries} retries`);
  }
  return parts.join(', ');
}
