import { useId } from 'react';
import { speedLabel } from '../../lab/speed.ts';
import type { LockstepClock } from '../../six/lockstep-clock.ts';

/** Speeds worth watching six worlds at: slow enough to follow a message, fast enough to end. */
const SPEEDS = [0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 10, 100];

/** The playback speed of all six, each choice with its meaning ("0.05× (1 s takes 20 s)"). */
export function SixSpeed({ clock, speed }: { clock: LockstepClock; speed: number }) {
  const id = useId();
  const choices = SPEEDS.includes(speed) ? SPEEDS : [...SPEEDS, speed].sort((a, b) => a - b);
  return (
    <div className="six-speed">
      <label htmlFor={id}>Speed</label>
      <select
        id={id}
        className="ctl-select"
        value={speed}
        onChange={(event) => clock.setSpeed(Number(event.target.value))}
      >
        {choices.map((s) => (
          <option key={s} value={s}>
            {speedLabel(s).replace(' real time', '')}
          </option>
        ))}
      </select>
    </div>
  );
}
