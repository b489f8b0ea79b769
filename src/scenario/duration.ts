/**
 * Durations as people write them: `2s`, `1500ms`, `250us` (or `250µs`), `1.5m`. Returned as
 * whole microseconds.
 */

// Both the micro sign (U+00B5) and the Greek mu (U+03BC) are written for microseconds.
const UNITS: Record<string, number> = {
  us: 1,
  µs: 1,
  μs: 1,
  ms: 1000,
  s: 1_000_000,
  m: 60_000_000,
};

export type DurationParse = { ok: true; us: number } | { ok: false; message: string };

export function parseDuration(text: string): DurationParse {
  const match = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(us|µs|μs|ms|s|m)\s*$/.exec(text);
  if (!match) {
    return {
      ok: false,
      message: `"${text.slice(0, 40)}" is not a duration; write it like 2s, 1500ms or 250us`,
    };
  }
  const us = Math.round(Number(match[1]) * UNITS[match[2]!]!);
  if (!Number.isSafeInteger(us))
    return { ok: false, message: `"${text.slice(0, 40)}" is too long a duration` };
  return { ok: true, us };
}

/** Microseconds as milliseconds with one decimal and thousands separators: `1,250.0 ms`. */
export function formatMs(us: number): string {
  return `${(us / 1000).toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} ms`;
}
