/**
 * The time axis: a linear map from virtual microseconds to pixels (two lines; no d3-scale
 * needed), and ticks at round steps (1, 2 or 5 × a power of ten) labelled in ms or s.
 */

export interface TimeScale {
  (us: number): number;
  fromUs: number;
  toUs: number;
  startPx: number;
  endPx: number;
}

/** [fromUs, toUs] onto [startPx, endPx]; an empty range maps everything to startPx. */
export function timeScale(fromUs: number, toUs: number, startPx: number, endPx: number): TimeScale {
  const k = toUs > fromUs ? (endPx - startPx) / (toUs - fromUs) : 0;
  const scale = ((us: number) => startPx + (us - fromUs) * k) as TimeScale;
  return Object.assign(scale, { fromUs, toUs, startPx, endPx });
}

export interface Tick {
  us: number;
  label: string;
}

const STEPS = [1, 2, 5];

/** The smallest round step (in µs) at least `minPx` pixels apart at `pxPerUs`. */
export function tickStepUs(pxPerUs: number, minPx: number): number {
  if (!(pxPerUs > 0)) return 1_000_000;
  for (let power = 1; power <= 1e12; power *= 10) {
    for (const s of STEPS) if (s * power * pxPerUs >= minPx) return s * power;
  }
  return 1e12;
}

/** Ticks at every multiple of the step inside [fromUs, toUs]. */
export function timeTicks(fromUs: number, toUs: number, pxPerUs: number, minPx: number): Tick[] {
  const step = tickStepUs(pxPerUs, minPx);
  const ticks: Tick[] = [];
  for (let us = Math.ceil(fromUs / step) * step; us <= toUs; us += step) {
    ticks.push({ us, label: formatTick(us, step) });
  }
  return ticks;
}

/**
 * `0`, `250 ms`, `1 s`, `1.25 s`, `12.5 ms`: milliseconds below a second, seconds above, with
 * only the decimals the step needs, so the labels of one axis read alike.
 */
export function formatTick(us: number, stepUs: number): string {
  if (us === 0) return '0';
  if (us >= 1_000_000) return `${trim(us / 1_000_000, decimalsFor(stepUs / 1_000_000))} s`;
  if (us >= 1000 || stepUs >= 1000) return `${trim(us / 1000, decimalsFor(stepUs / 1000))} ms`;
  return `${us} µs`;
}

function decimalsFor(step: number): number {
  let decimals = 0;
  while (decimals < 6 && Math.abs(step * 10 ** decimals - Math.round(step * 10 ** decimals)) > 1e-9)
    decimals++;
  return decimals;
}

function trim(value: number, decimals: number): string {
  return String(Number(value.toFixed(decimals)));
}

/** A duration as people say it: `270 ms`, `1.2 s`, `850 µs`. */
export function formatSpan(us: number): string {
  if (us >= 1_000_000) return `${Number((us / 1_000_000).toPrecision(3))} s`;
  if (us >= 1000) return `${Number((us / 1000).toPrecision(3))} ms`;
  return `${Math.round(us)} µs`;
}
