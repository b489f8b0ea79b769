import type { RtoFloor } from '../../lab/round-trips.ts';

interface Props {
  floor: RtoFloor;
  onChange: (floor: RtoFloor) => void;
}

const OPTIONS: readonly [RtoFloor, string][] = [
  ['linux', '200 ms (Linux)'],
  ['1ms', '1 ms'],
];

/**
 * The lowest timeout TCP's estimator may set: Linux's 200 ms (RFC 6298 says 1 s), or 1 ms to see
 * the bare formula SRTT + 4 × RTTVAR at work.
 */
export function RtoFloorSwitch({ floor, onChange }: Props) {
  return (
    <span className="rt-floor" role="group" aria-label="TCP’s floor">
      <span className="rt-floor-name" aria-hidden="true">
        floor
      </span>
      {OPTIONS.map(([value, name]) => (
        <button
          key={value}
          type="button"
          className="ctl-button ctl-button-small rt-floor-option"
          aria-pressed={floor === value}
          onClick={() => onChange(value)}
        >
          {name}
        </button>
      ))}
    </span>
  );
}
