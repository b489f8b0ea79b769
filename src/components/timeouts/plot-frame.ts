/**
 * Where everything of the round-trip plot goes, for a box of a given size: the time axis (log),
 * the count axis (square root, so the few slow round trips in the tail still show beside the
 * many fast ones), the bars, the "no answer" slot at the right, and the rows of labels on top.
 * d3 computes; the components draw.
 */

import { scaleLog, scaleSqrt, type ScaleLogarithmic, type ScalePower } from 'd3-scale';
import { formatDuration } from '../../lab/clock-format.ts';
import type { Percentiles } from '../../lab/round-trips.ts';
import {
  barParts,
  barsPerDecade,
  labelledTicks,
  placeLabels,
  timeDomain,
  type BarPart,
  type Mark,
  type PlacedLabel,
} from './plot-layout.ts';

export const LABEL_ROW_PX = 17;
const AXIS_PX = 24;
const LEFT_PX = 36;
/** The slot for round trips that never ended: a gap, a bar, room for its words. */
export const NO_ANSWER_SLOT_PX = 76;
const CHAR_PX = 7;

export const textPx = (text: string): number => text.length * CHAR_PX;

export interface PlotInput {
  width: number;
  height: number;
  sortedUs: readonly number[];
  unanswered: number;
  percentiles: Percentiles;
  timeoutUs: number;
  /** The client's own timeout now, which the view keeps in sight. */
  currentTimeoutUs: number;
  rtoUs: number | null;
  /** A fixed time axis instead of one fitted to the values, so two plots compare at a glance. */
  domainUs?: readonly [number, number];
  /** The count axis reaches at least this (two plots side by side share one). */
  countMax?: number;
  /** Rows of mark labels to leave room for at least, so plots side by side line up. */
  labelRows?: number;
}

export interface PlotFrame {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  x: ScaleLogarithmic<number, number>;
  y: ScalePower<number, number>;
  ticksUs: number[];
  labelledUs: Set<number>;
  countTicks: number[];
  parts: BarPart[];
  labels: PlacedLabel[];
  timeoutLabel: { x: number; anchor: 'start' | 'end'; text: string };
  /** The "no answer" bar's left edge and width. */
  noAnswerX: number;
  noAnswerWidth: number;
}

const PERCENTILE_NAMES = [
  ['p50', 'p50'],
  ['p99', 'p99'],
  ['p999', 'p99.9'],
  ['max', 'max'],
] as const;

export function plotFrame(input: PlotInput): PlotFrame {
  const { width, height, sortedUs } = input;
  const left = LEFT_PX;
  const right = Math.max(left + 40, width - NO_ANSWER_SLOT_PX);
  const span = [input.currentTimeoutUs, input.timeoutUs];
  if (sortedUs.length > 0) span.push(sortedUs[0]!, sortedUs[sortedUs.length - 1]!);
  if (input.rtoUs !== null) span.push(input.rtoUs);
  const x = scaleLog()
    .domain(input.domainUs ?? timeDomain(span))
    .range([left, right])
    .clamp(true);
  const [lo, hi] = x.domain() as [number, number];
  const pxPerDecade = (right - left) / Math.log10(hi / lo);
  const ticksUs = x.ticks();
  const marks: Mark[] =
    sortedUs.length === 0
      ? []
      : PERCENTILE_NAMES.map(([key, name]) => ({
          x: x(input.percentiles[key]),
          kind: 'percentile',
          name,
          value: formatDuration(input.percentiles[key]),
        }));
  if (input.rtoUs !== null) {
    marks.push({ x: x(input.rtoUs), kind: 'tcp', name: 'TCP', value: formatDuration(input.rtoUs) });
  }
  const labels = placeLabels(marks, width, textPx);
  const rows = labels.reduce((n, l) => Math.max(n, l.row + 1), input.labelRows ?? 0);
  // Row 0 holds the timeout's label; the percentiles' and TCP's rows come under it.
  const top = LABEL_ROW_PX * (1 + rows) + 6;
  const bottom = Math.max(top + 30, height - AXIS_PX);
  const parts = barParts(sortedUs, barsPerDecade(pxPerDecade), input.timeoutUs);
  const most = Math.max(1, input.countMax ?? 0, input.unanswered, ...parts.map((p) => p.count));
  const y = scaleSqrt().domain([0, most]).range([bottom, top]).nice();
  return {
    width,
    height,
    left,
    right,
    top,
    bottom,
    x,
    y,
    ticksUs,
    labelledUs: new Set(labelledTicks(ticksUs, pxPerDecade)),
    countTicks: [1, 10, 100, 1000, 10_000, 100_000].filter((n) => n <= (y.domain()[1] ?? 1)),
    parts,
    labels: labels.map((l) => ({ ...l, row: l.row + 1 })),
    timeoutLabel: timeoutLabel(x(input.timeoutUs), width, input.timeoutUs),
    noAnswerX: right + 22,
    noAnswerWidth: 28,
  };
}

/** The timeout's label beside its line: on the right if it fits there, else on the left. */
function timeoutLabel(lineX: number, width: number, timeoutUs: number) {
  const text = `timeout ${formatDuration(timeoutUs)}`;
  const w = textPx(text);
  if (lineX + 6 + w <= width) return { x: lineX + 6, anchor: 'start' as const, text };
  if (lineX - 6 - w >= 0) return { x: lineX - 6, anchor: 'end' as const, text };
  return { x: width - w, anchor: 'start' as const, text };
}
