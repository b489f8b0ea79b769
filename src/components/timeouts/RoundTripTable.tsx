import { formatDuration } from '../../lab/clock-format.ts';
import { laterThan } from '../../lab/round-trips.ts';
import { RowsTable } from '../controls/RowsTable.tsx';
import type { RoundTripData } from './useRoundTrips.ts';

interface Props {
  data: RoundTripData;
  timeoutUs: number;
  rtoUs: number | null;
}

/** The plot's numbers as a table, for screen readers (the plot itself is a picture). */
export function RoundTripTable({ data, timeoutUs, rtoUs }: Props) {
  const { percentiles: p, sortedUs } = data;
  const measured = sortedUs.length > 0;
  const time = (us: number) => (measured ? formatDuration(us) : 'none yet');
  const rows: [string, string][] = [
    ['Responses measured', sortedUs.length.toLocaleString('en-US')],
    ['No answer at all', data.unanswered.length.toLocaleString('en-US')],
    ['Refused at once (RST or ICMP)', data.refused.toLocaleString('en-US')],
    ['p50 (median)', time(p.p50)],
    ['p99', time(p.p99)],
    ['p99.9', time(p.p999)],
    ['Slowest (max)', time(p.max)],
    [
      `Later than the timeout of ${formatDuration(timeoutUs)}`,
      String(laterThan(sortedUs, timeoutUs)),
    ],
    ['TCP’s estimator would set', rtoUs === null ? 'no sample yet' : formatDuration(rtoUs)],
  ];
  return (
    <RowsTable
      rows={rows}
      className="visually-hidden"
      caption={`Round trips ${data.label} measured`}
    />
  );
}
