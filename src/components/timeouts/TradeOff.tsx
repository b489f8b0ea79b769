import { formatDuration } from '../../lab/clock-format.ts';
import { laterThan, type RtoFloor, type TcpEstimate } from '../../lab/round-trips.ts';
import { ActionButton } from '../controls/ActionButton.tsx';
import { StatusLine } from '../controls/StatusLine.tsx';
import { useApply } from '../controls/useApply.ts';
import { useController, useLab } from '../../store/hooks.ts';
import { TcpEstimateLine } from './TcpEstimateLine.tsx';
import type { RoundTripData } from './useRoundTrips.ts';

interface Props {
  data: RoundTripData;
  timeoutUs: number;
  tcp: TcpEstimate;
  floor: RtoFloor;
  onFloor: (floor: RtoFloor) => void;
}

const count = (n: number): string => n.toLocaleString('en-US');

export const share = (part: number, whole: number): string =>
  whole === 0 ? '0%' : `${Number(((100 * part) / whole).toPrecision(2))}%`;

/**
 * What the chosen timeout would cost, from the samples alone (no run again): the live servers
 * it would have declared dead, and how long a real crash would take to notice; what TCP's
 * adaptive estimator would have chosen instead; and a button that gives the client this timeout.
 */
export function TradeOff({ data, timeoutUs, tcp, floor, onFloor }: Props) {
  const controller = useController();
  const ended = useLab((s) => s.view.ended);
  const { status, apply, refuse } = useApply();
  const answered = data.answered.length;
  const late = laterThan(data.sortedUs, timeoutUs);
  const t = formatDuration(timeoutUs);
  const same = timeoutUs === data.currentTimeoutUs;

  const use = () => {
    // After the end a new timeout would change nothing: it goes in at the start instead, and
    // the plot (empty again) says to press Play.
    if (ended) controller.seek(0);
    apply(
      { kind: 'set-workload', client: data.clientId, timeoutUs },
      `${data.label} now waits ${t}`,
    );
  };

  return (
    <div className="rt-facts">
      {answered === 0 ? (
        <p className="rt-fact">
          <strong>False timeouts:</strong> none to count until a response comes.
        </p>
      ) : (
        <p className="rt-fact" data-late={late > 0 || undefined}>
          <strong>False timeouts: {count(late)}</strong> of {count(answered)} responses came later
          than {t}: each would have declared the server dead while it was alive (
          {share(late, answered)}).
        </p>
      )}
      <p className="rt-fact">
        <strong>Time to detect a crash:</strong> about {t} after the last answer.
      </p>
      {data.refused > 0 && (
        <p className="rt-fact">
          <strong>Refused at once: {count(data.refused)}</strong> attempts got an RST or ICMP
          instead of an answer: no round trip to plot, and no timeout to wait for.
        </p>
      )}
      <TcpEstimateLine estimate={tcp} floor={floor} onFloor={onFloor} />
      <div className="rt-apply">
        <ActionButton
          reason={same ? `${data.label} already waits ${t}.` : null}
          onPress={use}
          onRefused={refuse}
          small
        >
          Use this timeout
        </ActionButton>
        <StatusLine status={status} />
      </div>
    </div>
  );
}
