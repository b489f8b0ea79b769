/** The page's numbers in words: for the plots' screen-reader text and the headlines. */

import { formatDuration } from '../../lab/clock-format.ts';
import type { NetworkRun } from '../../lab/switching.ts';
import { formatCount } from '../hpc/hpc-format.ts';

export const NETWORK_NAMES = { packet: 'Packet switching', circuit: 'Circuit switching' } as const;

/** `3 of 794 (0.4%)`: a count with its share of the requests. */
export function ofRequests(count: number, run: NetworkRun): string {
  if (count === 0 || run.requests === 0) return formatCount(count);
  const percent = (100 * count) / run.requests;
  const text = percent < 10 ? percent.toFixed(1) : Math.round(percent).toString();
  return `${formatCount(count)} (${text}%)`;
}

/** A share of 0 to 1 as a whole percent, or one decimal below 10%. */
export function percentOf(share: number): string {
  const percent = share * 100;
  return `${percent < 10 ? percent.toFixed(1) : Math.round(percent)}%`;
}

export function describePlot(run: NetworkRun): string {
  const name = NETWORK_NAMES[run.kind];
  const refused = `${formatCount(run.refused)} calls refused`;
  if (run.sortedUs.length === 0) return `${name}: no round trips measured; ${refused}.`;
  const { p50, p99, max } = run.percentiles;
  const bound =
    run.boundUs === null ? 'no bound' : `the circuit's bound is ${formatDuration(run.boundUs)}`;
  return (
    `${name}: histogram of ${formatCount(run.sortedUs.length)} round trips, from ` +
    `${formatDuration(run.sortedUs[0]!)} to ${formatDuration(max)}, median ` +
    `${formatDuration(p50)}, p99 ${formatDuration(p99)}; ${bound}; ${refused}.`
  );
}
