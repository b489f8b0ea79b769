import { formatDuration } from '../../lab/clock-format.ts';
import type { RtoFloor, TcpEstimate } from '../../lab/round-trips.ts';
import { RtoFloorSwitch } from './RtoFloorSwitch.tsx';

interface Props {
  estimate: TcpEstimate;
  floor: RtoFloor;
  onFloor: (floor: RtoFloor) => void;
}

/**
 * The adaptive timeout beside the fixed one: where TCP's estimator (RFC 6298) ends up after the
 * same samples, whether that is its floor speaking rather than the formula, and how many
 * responses it would have given up on, judged by the timeout it had when each was sent.
 */
export function TcpEstimateLine({ estimate, floor, onFloor }: Props) {
  const { finalUs, formulaUs, late } = estimate;
  const atFloor = finalUs !== null && formulaUs !== null && formulaUs < finalUs;
  return (
    <p className="rt-fact rt-fact-tcp">
      TCP’s estimator (RFC 6298) would set about{' '}
      <strong>{finalUs === null ? '1 s' : formatDuration(finalUs)}</strong>
      {finalUs === null && ' until it has a sample'}
      {atFloor && `, its floor (the formula alone: ${formatDuration(formulaUs)})`}
      {finalUs !== null &&
        `, with ${late.toLocaleString('en-US')} false ${late === 1 ? 'timeout' : 'timeouts'}`}
      . <RtoFloorSwitch floor={floor} onChange={onFloor} />
    </p>
  );
}
