/**
 * The two histograms share their axes: one time axis over both networks' round trips and the
 * circuit's bound, and one count axis as tall as the tallest bar or refusal count of either, so
 * a bar in one means what the same bar in the other means. The lab's round-trip plot computes
 * the rest.
 */

import type { NetworkRun, SwitchingRuns } from '../../lab/switching.ts';
import { plotFrame, type PlotFrame } from '../timeouts/plot-frame.ts';
import { timeDomain } from '../timeouts/plot-layout.ts';

/** Room over the bars for three rows of percentile labels, in both plots alike. */
const LABEL_ROWS = 3;

export function sharedDomainUs({ packet, circuit }: SwitchingRuns): [number, number] {
  const values: number[] = [];
  for (const run of [packet, circuit]) {
    if (run.sortedUs.length > 0) values.push(run.sortedUs[0]!, run.sortedUs.at(-1)!);
    if (run.boundUs !== null) values.push(run.boundUs);
  }
  return timeDomain(values);
}

function frameOf(
  width: number,
  height: number,
  run: NetworkRun,
  domainUs: readonly [number, number],
  countMax = 0,
): PlotFrame {
  // The client's own timeout: a round trip beyond it would be drawn late, as in the lab.
  const timeoutUs = run.scenario.workloads[0]!.timeoutUs;
  return plotFrame({
    width,
    height,
    sortedUs: run.sortedUs,
    // The slot at the right counts the calls the network refused.
    unanswered: run.refused,
    percentiles: run.percentiles,
    timeoutUs,
    currentTimeoutUs: timeoutUs,
    rtoUs: null,
    domainUs,
    countMax,
    labelRows: LABEL_ROWS,
  });
}

const tallest = (frame: PlotFrame, run: NetworkRun) =>
  Math.max(run.refused, ...frame.parts.map((p) => p.count));

/** The frame of `own`'s plot, on axes it shares with `other`'s plot of the same size. */
export function switchFrame(
  width: number,
  height: number,
  own: NetworkRun,
  other: NetworkRun,
  domainUs: readonly [number, number],
): PlotFrame {
  const countMax = Math.max(
    tallest(frameOf(width, height, own, domainUs), own),
    tallest(frameOf(width, height, other, domainUs), other),
  );
  return frameOf(width, height, own, domainUs, countMax);
}
