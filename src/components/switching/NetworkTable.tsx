import { formatDuration } from '../../lab/clock-format.ts';
import type { NetworkRun } from '../../lab/switching.ts';
import { RowsTable } from '../controls/RowsTable.tsx';
import { formatCount } from '../hpc/hpc-format.ts';
import { NETWORK_NAMES, ofRequests, percentOf } from './switching-describe.ts';

/** One network's numbers: what the client got, how long it took, what the cable did. */
export function NetworkTable({ run }: { run: NetworkRun }) {
  const measured = run.sortedUs.length > 0;
  const time = (us: number) => (measured ? formatDuration(us) : 'none');
  const { p50, p99, max } = run.percentiles;
  const rows: [string, string][] = [
    ['Requests sent', formatCount(run.requests)],
    ['Answered', ofRequests(run.answered, run)],
    ['Refused (no free circuit)', ofRequests(run.refused, run)],
    ['Timed out', ofRequests(run.timedOut, run)],
    ['Round trip p50', time(p50)],
    ['Round trip p99', time(p99)],
    ['Round trip max', time(max)],
    [
      'Bound on the round trip',
      run.boundUs === null ? 'none: queues can grow' : formatDuration(run.boundUs),
    ],
    ['Server’s cable carrying answers', percentOf(run.carriedShare)],
    [
      'Slot-time reserved by calls',
      run.reservedShare === null ? 'nothing reserved' : percentOf(run.reservedShare),
    ],
  ];
  return (
    <RowsTable
      rows={rows}
      className="sw-table"
      captionClassName="visually-hidden"
      caption={`${NETWORK_NAMES[run.kind]}: the numbers`}
    />
  );
}
