/**
 * Reading untrusted values with clear messages. Every problem says where (a path such as
 * `nodes[2].workers`) and why; a missing optional value takes its default silently; an
 * out-of-range number is clamped with a warning; a value of the wrong type is an error.
 */

export interface Problem {
  /** Where: `cables[1].latencyUs`, or `` for the whole scenario. */
  path: string;
  message: string;
  level: 'error' | 'warning';
}

export const formatProblem = (p: Problem): string =>
  p.path ? `${p.path}: ${p.message}` : p.message;

export class Checker {
  readonly problems: Problem[] = [];
  error(path: string, message: string): void {
    this.problems.push({ path, message, level: 'error' });
  }
  warn(path: string, message: string): void {
    this.problems.push({ path, message, level: 'warning' });
  }
  get hasErrors(): boolean {
    return this.problems.some((p) => p.level === 'error');
  }
}

export type Obj = Record<string, unknown>;

export const join = (path: string, key: string | number): string =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

/** A short, safe description of a value for a message (never the whole of a huge string). */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string': {
      const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
      return JSON.stringify(shown);
    }
    case 'number':
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return String(typeof value);
  }
}

export function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own data properties only, so `__proto__` or inherited keys never reach us. */
export function field(obj: Obj, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

export interface NumberSpec {
  min: number;
  max: number;
  /** Whole numbers only (rounded, with a warning). */
  integer?: boolean;
  unit?: string;
}

const withUnit = (n: number, unit?: string): string =>
  `${n.toLocaleString('en-US')}${unit ? ` ${unit}` : ''}`;

export function rangeText(spec: NumberSpec): string {
  const kind = spec.integer ? 'a whole number' : 'a number';
  return `${kind} from ${withUnit(spec.min, spec.unit)} to ${withUnit(spec.max, spec.unit)}`;
}

/** A number within bounds; `fallback` when absent or unusable. */
export function readNumber(
  c: Checker,
  obj: Obj,
  key: string,
  path: string,
  spec: NumberSpec,
  fallback: number,
): number {
  const value = field(obj, key);
  const where = join(path, key);
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || Number.isNaN(value)) {
    c.error(where, `must be ${rangeText(spec)}; got ${describe(value)}`);
    return fallback;
  }
  let n = value;
  if (spec.integer && Number.isFinite(n) && !Number.isInteger(n)) {
    n = Math.round(n);
    c.warn(where, `must be a whole number; ${value} was rounded to ${n}`);
  }
  if (n < spec.min || n > spec.max || !Number.isFinite(n)) {
    const clamped = n < spec.min ? spec.min : spec.max;
    c.warn(
      where,
      `must be ${rangeText(spec)}; ${describe(value)} was clamped to ${withUnit(clamped, spec.unit)}`,
    );
    return clamped;
  }
  return n;
}

export function readString(
  c: Checker,
  obj: Obj,
  key: string,
  path: string,
  maxLength: number,
  fallback: string,
): string {
  const value = field(obj, key);
  const where = join(path, key);
  if (value === undefined) return fallback;
  if (typeof value !== 'string') {
    c.error(where, `must be text; got ${describe(value)}`);
    return fallback;
  }
  const characters = Array.from(value);
  if (characters.length > maxLength) {
    c.warn(where, `is longer than ${maxLength} characters and was shortened`);
    return characters.slice(0, maxLength).join('');
  }
  return value;
}

export function readBoolean(
  c: Checker,
  obj: Obj,
  key: string,
  path: string,
  fallback: boolean,
): boolean {
  const value = field(obj, key);
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') {
    c.error(join(path, key), `must be true or false; got ${describe(value)}`);
    return fallback;
  }
  return value;
}

export function readChoice<T extends string>(
  c: Checker,
  obj: Obj,
  key: string,
  path: string,
  choices: readonly T[],
  fallback: T | undefined,
): T | undefined {
  const value = field(obj, key);
  const where = join(path, key);
  if (value === undefined) {
    if (fallback === undefined)
      c.error(where, `is missing; it must be one of ${quoteAll(choices)}`);
    return fallback;
  }
  if (typeof value !== 'string' || !(choices as readonly string[]).includes(value)) {
    c.error(where, `must be one of ${quoteAll(choices)}; got ${describe(value)}`);
    return undefined;
  }
  return value as T;
}

const quoteAll = (choices: readonly string[]): string => choices.map((x) => `"${x}"`).join(', ');

/** A list, cut to `max` items with a warning. Absent means empty. */
export function readList(c: Checker, obj: Obj, key: string, max: number, what: string): unknown[] {
  const value = field(obj, key);
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    c.error(key, `must be a list of ${what}; got ${describe(value)}`);
    return [];
  }
  if (value.length > max) {
    c.warn(
      key,
      `has ${value.length.toLocaleString('en-US')} ${what}; only the first ${max} are kept`,
    );
    return value.slice(0, max);
  }
  return value;
}
