/**
 * Reading what people type into the inspector's number fields. Fields are in the units people
 * think in (ms, requests/s, %), with bounds taken from the scenario's own limits, so a value
 * that passes here is one the simulation accepts. Bad input gives a sentence, never a throw.
 */

import type { NumberSpec } from '../../scenario/checker.ts';

export interface FieldSpec {
  /** How messages name the field: "Latency". */
  name: string;
  /** Shown after the input and in messages: "ms", "%"; empty for a plain count. */
  unit: string;
  min: number;
  max: number;
  integer?: boolean;
  /** Empty means "not given" rather than a mistake. */
  optional?: boolean;
}

export type FieldResult = { ok: true; value: number | null } | { ok: false; message: string };

/** Digits with an optional dot and exponent; no hex, no `Infinity`, no thousands separators. */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

const show = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 4 });

/** "from 0 to 60,000 ms", for hints and messages alike. */
export function boundsText(spec: FieldSpec): string {
  const unit = spec.unit ? ` ${spec.unit}` : '';
  return `${show(spec.min)} to ${show(spec.max)}${unit}`;
}

function expected(spec: FieldSpec): string {
  return `${spec.integer ? 'a whole number' : 'a number'} from ${boundsText(spec)}`;
}

export function parseField(text: string, spec: FieldSpec): FieldResult {
  const trimmed = text.trim();
  if (trimmed === '') {
    return spec.optional
      ? { ok: true, value: null }
      : { ok: false, message: `${spec.name} is empty: type ${expected(spec)}.` };
  }
  if (!NUMBER.test(trimmed)) {
    const hint = trimmed.includes(',') ? ' Use a dot for decimals, like 2.5.' : '';
    return { ok: false, message: `${spec.name} must be ${expected(spec)}.${hint}` };
  }
  const value = Number(trimmed);
  if (spec.integer && !Number.isInteger(value)) {
    return { ok: false, message: `${spec.name} must be a whole number.` };
  }
  if (!(value >= spec.min && value <= spec.max)) {
    return { ok: false, message: `${spec.name} must be ${expected(spec)}.` };
  }
  return { ok: true, value };
}

/** A field in milliseconds for a limit kept in microseconds. */
export function msField(name: string, spec: NumberSpec, extra: Partial<FieldSpec> = {}): FieldSpec {
  return { name, unit: 'ms', min: spec.min / 1000, max: spec.max / 1000, ...extra };
}

/** Milliseconds typed by a person, as whole microseconds for the simulation. */
export const usFromMs = (ms: number): number => Math.round(ms * 1000);

/** A rate in events per second as the gap between events in microseconds, or null if too slow. */
export function intervalUsFromRate(ratePerSecond: number): number {
  return Math.round(1_000_000 / ratePerSecond);
}

/** A number for a field's starting text: no trailing zeros, no exponent for ordinary values. */
export function fieldText(n: number): string {
  return String(Number(n.toPrecision(6)));
}
