/**
 * The arithmetic of the round-trip plot, apart from drawing it: which stretch of time it shows,
 * how the round trips fall into bars, which ticks to label, and where the labels of the marks
 * go so that none covers another. React draws what these return.
 */

/** The stretch of time shown: every value given, with a little room either side. */
export function timeDomain(valuesUs: readonly number[]): [number, number] {
  const shown = valuesUs.filter((v) => v > 0 && Number.isFinite(v));
  if (shown.length === 0) return [1000, 1_000_000];
  const lo = Math.min(...shown);
  const hi = Math.max(...shown);
  // At least half a decade, so a single value or a tight cluster is not stretched edge to edge.
  const middle = Math.sqrt(lo * hi);
  const spread = Math.max(hi / lo, Math.sqrt(10));
  return [middle / Math.sqrt(spread) / 1.25, middle * Math.sqrt(spread) * 1.25];
}

/** A part of a bar: round trips in [loUs, hiUs], all on time or all later than the timeout. */
export interface BarPart {
  loUs: number;
  hiUs: number;
  count: number;
  late: boolean;
}

/**
 * Round trips (sorted) in bars of equal width on the log scale, `perDecade` to a decade, their
 * edges fixed at powers of 10^(1/perDecade) so that bars do not shift as the view changes. A
 * bar the timeout falls inside is split there: its on-time part left of the line, its late part
 * right of it, so the late parts add up to exactly the false timeouts counted beside the plot.
 */
export function barParts(sortedUs: readonly number[], perDecade: number, timeoutUs: number) {
  const parts: BarPart[] = [];
  let i = 0;
  while (i < sortedUs.length) {
    const k = Math.floor(Math.log10(Math.max(1, sortedUs[i]!)) * perDecade + 1e-9);
    const loUs = 10 ** (k / perDecade);
    const hiUs = 10 ** ((k + 1) / perDecade);
    let onTime = 0;
    let late = 0;
    for (; i < sortedUs.length && sortedUs[i]! < hiUs; i++) {
      if (sortedUs[i]! <= timeoutUs) onTime++;
      else late++;
    }
    const inside = timeoutUs > loUs && timeoutUs < hiUs;
    if (onTime > 0)
      parts.push({ loUs, hiUs: inside ? timeoutUs : hiUs, count: onTime, late: false });
    if (late > 0) parts.push({ loUs: inside ? timeoutUs : loUs, hiUs, count: late, late: true });
  }
  return parts;
}

/** Bars about `targetPx` wide: fewer when the plot is narrow, never coarser than 5 a decade. */
export function barsPerDecade(pxPerDecade: number, targetPx = 10): number {
  return Math.min(25, Math.max(5, Math.round(pxPerDecade / targetPx)));
}

/**
 * Which ticks of a log scale to label: powers of ten always; 2 and 5 between them when a decade
 * is wide enough for three labels; 2, 3 and 5 when it is very wide.
 */
export function labelledTicks(ticksUs: readonly number[], pxPerDecade: number): number[] {
  // A label is about 45 px wide: 2 sits 0.3 of a decade after 1, 3 only 0.18 after 2.
  const keep = pxPerDecade >= 290 ? [1, 2, 3, 5] : pxPerDecade >= 170 ? [1, 2, 5] : [1];
  return ticksUs.filter((t) => {
    const mantissa = Math.round(t / 10 ** Math.floor(Math.log10(t) + 1e-9));
    return keep.includes(mantissa);
  });
}

export type MarkKind = 'percentile' | 'tcp';

export interface Mark {
  x: number;
  kind: MarkKind;
  /** `p99` */
  name: string;
  /** `228 ms` */
  value: string;
}

export interface PlacedLabel {
  /** Where the label is centred, and where its mark is (they differ near the edges). */
  x: number;
  markX: number;
  kind: MarkKind;
  row: number;
  text: string;
}

/**
 * Labels of marks over the plot, centred on their marks: percentiles of the same value share
 * one label ("p99.9, max 232 ms"), and each label takes the first row where it overlaps
 * nothing, within [0, widthPx]. `textPx` tells how wide a text is drawn.
 */
export function placeLabels(
  marks: readonly Mark[],
  widthPx: number,
  textPx: (text: string) => number,
): PlacedLabel[] {
  const sorted = [...marks].sort((a, b) => a.x - b.x);
  const merged: (Omit<Mark, 'name'> & { names: string[] })[] = [];
  for (const m of sorted) {
    const same = merged.find((o) => o.kind === 'percentile' && o.value === m.value);
    if (same && m.kind === 'percentile') same.names.push(m.name);
    else merged.push({ ...m, names: [m.name] });
  }
  const rowEnds: number[] = [];
  return merged.map((m) => {
    const text = `${m.names.join(', ')} ${m.value}`;
    const w = textPx(text);
    const x = Math.min(widthPx - w / 2, Math.max(w / 2, m.x));
    let row = rowEnds.findIndex((end) => end + 6 <= x - w / 2);
    if (row < 0) row = rowEnds.length;
    rowEnds[row] = x + w / 2;
    return { x, markX: m.x, kind: m.kind, row, text };
  });
}
