import { useMemo, useState } from 'react';
import { formatDuration } from '../../lab/clock-format.ts';
import { laterThan, RTO_FLOOR_US, tcpEstimate, type RtoFloor } from '../../lab/round-trips.ts';
import { LoadCurve } from './LoadCurve.tsx';
import { RoundTripPlot } from './RoundTripPlot.tsx';
import { RoundTripTable } from './RoundTripTable.tsx';
import { TimeoutSlider } from './TimeoutSlider.tsx';
import { snapTimeout } from './timeout-steps.ts';
import { TradeOff } from './TradeOff.tsx';
import { useRoundTrips, type RoundTripData } from './useRoundTrips.ts';
import './timeouts.css';

const count = (n: number): string => n.toLocaleString('en-US');

/** The plot in one sentence, for a screen reader. */
function describe(data: RoundTripData, timeoutUs: number): string {
  const { sortedUs, percentiles: p } = data;
  const head = `Histogram of the round trips ${data.label} measured, on a log time scale`;
  if (sortedUs.length === 0) return `${head}: none yet.`;
  return (
    `${head}: ${count(sortedUs.length)} responses, median ${formatDuration(p.p50)}, ` +
    `p99 ${formatDuration(p.p99)}, slowest ${formatDuration(p.max)}; ` +
    `${data.unanswered.length} got no answer. ` +
    `${laterThan(sortedUs, timeoutUs)} came later than the timeout of ${formatDuration(timeoutUs)}.`
  );
}

/**
 * The Round trips stage: how long the client's round trips took (as the client measured them),
 * a timeout to try on them, what it would cost, and what TCP's estimator would have chosen.
 * The timeout starts as the client's own; moving it changes nothing until `Use this timeout`.
 */
export function RoundTripsView() {
  const data = useRoundTrips();
  const [chosenUs, setChosenUs] = useState<number | null>(null);
  const [floor, setFloor] = useState<RtoFloor>('linux');
  // The plot's place shows the round trips, or latency against load when asked.
  const [againstLoad, setAgainstLoad] = useState(false);
  const answered = data?.answered;
  const tcp = useMemo(() => tcpEstimate(answered ?? [], RTO_FLOOR_US[floor]), [answered, floor]);

  if (!data) {
    return (
      <div className="rt-view">
        <p className="st-empty rt-empty">
          No client here sends requests, so there are no round trips to measure.
        </p>
      </div>
    );
  }
  const timeoutUs = chosenUs ?? snapTimeout(data.currentTimeoutUs);
  const late = laterThan(data.sortedUs, timeoutUs);
  return (
    <div className="rt-view">
      {againstLoad ? (
        <LoadCurve key={data.clientId} clientId={data.clientId} />
      ) : (
        <RoundTripPlot
          data={data}
          timeoutUs={timeoutUs}
          rtoUs={tcp.finalUs}
          description={describe(data, timeoutUs)}
          onPick={setChosenUs}
        />
      )}
      <div className="rt-side">
        {data.clients > 1 && (
          <p className="rt-whose">
            Round trips of <strong>{data.label}</strong>; select another client to see its own.
          </p>
        )}
        <TimeoutSlider
          valueUs={timeoutUs}
          onChange={setChosenUs}
          consequence={`${count(late)} of ${count(data.sortedUs.length)} responses later`}
        />
        <TradeOff data={data} timeoutUs={timeoutUs} tcp={tcp} floor={floor} onFloor={setFloor} />
        <button
          type="button"
          className="ctl-button ctl-button-small"
          aria-pressed={againstLoad}
          onClick={() => setAgainstLoad(!againstLoad)}
        >
          Latency against load
        </button>
      </div>
      <RoundTripTable data={data} timeoutUs={timeoutUs} rtoUs={tcp.finalUs} />
    </div>
  );
}
