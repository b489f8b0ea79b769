import { formatDuration } from '../../lab/clock-format.ts';
import type { NetworkRun } from '../../lab/switching.ts';
import { formatCount } from '../hpc/hpc-format.ts';
import { LabLink } from './LabLink.tsx';
import { NetworkTable } from './NetworkTable.tsx';
import { SwitchPlot } from './SwitchPlot.tsx';
import { describePlot, NETWORK_NAMES, percentOf } from './switching-describe.ts';

interface Props {
  run: NetworkRun;
  other: NetworkRun;
  domainUs: readonly [number, number];
  /** What the network does with a cable, under its name. */
  about: string;
}

/**
 * One network: its headline numbers (refused, p99, the cable's use), the histogram of round
 * trips on the axes it shares with the other network, the table, and the way into the lab.
 */
export function NetworkPanel({ run, other, domainUs, about }: Props) {
  const name = NETWORK_NAMES[run.kind];
  const headingId = `sw-${run.kind}-heading`;
  return (
    <section className={`sw-panel sw-panel-${run.kind}`} aria-labelledby={headingId}>
      <header className="sw-panel-head">
        <h2 id={headingId}>{name}</h2>
        <p>{about}</p>
      </header>
      <dl className="sw-headline">
        <div>
          <dt>Refused</dt>
          <dd>{formatCount(run.refused)}</dd>
        </div>
        <div>
          <dt>p99 round trip</dt>
          <dd>{run.sortedUs.length > 0 ? formatDuration(run.percentiles.p99) : 'none'}</dd>
        </div>
        <div>
          <dt>{run.reservedShare === null ? 'Cable carrying' : 'Carrying / reserved'}</dt>
          <dd>
            {percentOf(run.carriedShare)}
            {run.reservedShare !== null && ` / ${percentOf(run.reservedShare)}`}
          </dd>
        </div>
      </dl>
      <figure className="sw-figure">
        <figcaption>Round trips the client measured (count, by time)</figcaption>
        <SwitchPlot run={run} other={other} domainUs={domainUs} description={describePlot(run)} />
      </figure>
      <NetworkTable run={run} />
      <LabLink run={run} />
    </section>
  );
}
