import { useLayoutEffect, useRef } from 'react';
import { formatClock } from '../../lab/clock-format.ts';
import { useController, useLab } from '../../store/hooks.ts';
import { FaultMarks } from './FaultMarks.tsx';

/** Slider steps of 1 ms for short runs, and a thousand steps across longer ones. */
const stepUsFor = (endUs: number): number =>
  endUs <= 10_000_000 ? 1000 : Math.round(endUs / 1000);

/**
 * `Time`: drag (or use the arrow keys) to go to any moment of the run. The state shown is that
 * of a straight run to that moment (snapshots and replay, see Timeline). The part of the track
 * already computed is shaded; going beyond it computes on. Its value follows the clock every
 * frame, written into the DOM rather than through React state, like the clock.
 */
export function TimeSlider() {
  const controller = useController();
  const endUs = useLab((s) => s.view.endUs);
  const horizonUs = useLab((s) => s.view.horizonUs);
  const inputRef = useRef<HTMLInputElement>(null);

  useLayoutEffect(() => {
    const follow = () => {
      const input = inputRef.current;
      if (!input) return;
      input.value = String(controller.sim.nowUs);
      input.setAttribute(
        'aria-valuetext',
        `${formatClock(controller.sim.nowUs)} of ${formatClock(endUs)}`,
      );
    };
    follow();
    return controller.onFrame(follow);
  }, [controller, endUs]);

  const known = endUs > 0 ? Math.min(100, (100 * horizonUs) / endUs) : 0;
  return (
    <div className="ctl-time">
      <label htmlFor="ctl-time" className="ctl-time-name">
        Time
      </label>
      <div className="ctl-time-track">
        <input
          ref={inputRef}
          id="ctl-time"
          type="range"
          min={0}
          max={endUs}
          step={stepUsFor(endUs)}
          defaultValue={0}
          style={{ '--known': `${known}%` } as React.CSSProperties}
          onChange={(event) => controller.seek(Number(event.target.value))}
        />
        <FaultMarks />
      </div>
    </div>
  );
}
