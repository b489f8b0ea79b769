import { useEffect, useRef } from 'react';
import { useController } from '../../store/hooks.ts';
import { formatLeft } from './row-text.ts';

/**
 * The time left before a request's deadline, redrawn every frame by writing the text and the
 * bar directly: React re-renders the rows ten times a second at most, too coarse for a clock.
 * The bar is hidden from screen readers; the row's name says `waiting`.
 */
export function Countdown({ deadlineUs, timeoutUs }: { deadlineUs: number; timeoutUs: number }) {
  const controller = useController();
  const textRef = useRef<HTMLSpanElement>(null);
  const barRef = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    let shown = '';
    const draw = () => {
      const leftUs = deadlineUs - controller.sim.nowUs;
      const text = formatLeft(leftUs);
      if (text !== shown && textRef.current) textRef.current.textContent = shown = text;
      const fraction = timeoutUs > 0 ? Math.max(0, Math.min(1, leftUs / timeoutUs)) : 0;
      barRef.current?.style.setProperty('--left', String(fraction));
    };
    draw();
    return controller.onFrame(draw);
  }, [controller, deadlineUs, timeoutUs]);

  return (
    <span className="panel-countdown">
      <span className="panel-countdown-bar" aria-hidden="true">
        <span ref={barRef} />
      </span>
      <span ref={textRef} className="panel-num" />
    </span>
  );
}
