import { useLayoutEffect, useRef } from 'react';
import { formatClock } from '../../lab/clock-format.ts';
import { useController, useLab } from '../../store/hooks.ts';

/** The widest time below a second (digits are all as wide: tabular numerals). */
const WIDEST_MS = formatClock(999_900);

/**
 * The virtual clock. It changes every frame, so it is written straight into the DOM from the
 * controller's frame listener (the controller calls it after steps, actions and resets too),
 * never through React state; and it is not a live region, or a screen reader would read it
 * sixty times a second. Its slot is as wide as the widest time the run can show (sized by
 * hidden copies of `999.9 ms` and of the end time), so nothing beside it moves as time runs.
 */
export function ClockReadout() {
  const controller = useController();
  const endUs = useLab((s) => s.view.endUs);
  const nowRef = useRef<HTMLSpanElement>(null);

  // Before the first paint, so the clock never shows empty.
  useLayoutEffect(() => {
    const draw = () => {
      if (nowRef.current) nowRef.current.textContent = formatClock(controller.sim.nowUs);
    };
    draw();
    return controller.onFrame(draw);
  }, [controller]);

  return (
    <p className="ctl-clock">
      <span className="ctl-clock-label">Virtual time</span>
      <span className="ctl-clock-value">
        <span className="ctl-clock-slot" data-ms={WIDEST_MS} data-end={formatClock(endUs)}>
          <span className="ctl-clock-now" ref={nowRef} aria-live="off" />
        </span>{' '}
        <span className="ctl-clock-end">of {formatClock(endUs)}</span>
      </span>
    </p>
  );
}
