import { useLayoutEffect, useRef } from 'react';
import { formatClock } from '../../lab/clock-format.ts';
import type { LockstepClock } from '../../six/lockstep-clock.ts';

/**
 * The one virtual clock of the six worlds, redrawn every frame outside React (and not a live
 * region: a screen reader would read it sixty times a second). The slot is sized as the lab's.
 */
export function SixClockReadout({ clock, endUs }: { clock: LockstepClock; endUs: number }) {
  const nowRef = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const draw = () => {
      if (nowRef.current) nowRef.current.textContent = formatClock(clock.nowUs);
    };
    draw();
    return clock.onFrame(draw);
  }, [clock]);
  return (
    <p className="ctl-clock">
      <span className="ctl-clock-label">Virtual time, all six</span>
      <span className="ctl-clock-value">
        <span
          className="ctl-clock-slot"
          data-ms={formatClock(999_900)}
          data-end={formatClock(endUs)}
        >
          <span className="ctl-clock-now" ref={nowRef} />
        </span>{' '}
        <span className="ctl-clock-end">of {formatClock(endUs)}</span>
      </span>
    </p>
  );
}
