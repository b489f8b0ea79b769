import { useId, useLayoutEffect, useRef, type CSSProperties } from 'react';
import { formatClock } from '../../lab/clock-format.ts';
import type { LockstepClock } from '../../six/lockstep-clock.ts';

/**
 * `Time` for all six worlds: moving it seeks the six to one moment. Its value follows the
 * shared clock every frame, written into the DOM (not React state), like the lab's slider.
 */
export function SixTimeSlider({ clock, endUs }: { clock: LockstepClock; endUs: number }) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);

  useLayoutEffect(() => {
    const follow = () => {
      const input = inputRef.current;
      if (!input) return;
      input.value = String(clock.nowUs);
      input.style.setProperty('--known', `${(100 * clock.nowUs) / Math.max(1, endUs)}%`);
      input.setAttribute('aria-valuetext', `${formatClock(clock.nowUs)} of ${formatClock(endUs)}`);
    };
    follow();
    return clock.onFrame(follow);
  }, [clock, endUs]);

  return (
    <div className="ctl-time">
      <label htmlFor={id} className="ctl-time-name">
        Time
      </label>
      <div className="ctl-time-track">
        <input
          ref={inputRef}
          id={id}
          type="range"
          min={0}
          max={endUs}
          // A millisecond a step: the arrow keys move all six by 1 ms.
          step={1000}
          defaultValue={0}
          style={{ '--known': '0%' } as CSSProperties}
          onChange={(event) => clock.seek(Number(event.target.value))}
        />
      </div>
    </div>
  );
}
