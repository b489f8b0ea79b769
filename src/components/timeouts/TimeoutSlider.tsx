import { useId } from 'react';
import { formatDuration } from '../../lab/clock-format.ts';
import { stepOfTimeout, TIMEOUT_STEPS_US, timeoutOfStep } from './timeout-steps.ts';

interface Props {
  valueUs: number;
  onChange: (us: number) => void;
  /** Said with the value, so a screen reader hears what a step changes: `3 of 1,000 later`. */
  consequence: string;
}

/**
 * The timeout to try, 1 ms to 30 s on a log scale: arrow keys step through values that read
 * cleanly, Home and End go to the ends, Page Up and Down jump about a decade.
 */
export function TimeoutSlider({ valueUs, onChange, consequence }: Props) {
  const id = useId();
  const text = formatDuration(valueUs);
  return (
    <div className="rt-slider">
      <label htmlFor={id} className="rt-slider-name">
        Timeout
      </label>
      <input
        id={id}
        type="range"
        min={0}
        max={TIMEOUT_STEPS_US.length - 1}
        step={1}
        value={stepOfTimeout(valueUs)}
        aria-valuetext={`${text}: ${consequence}`}
        onChange={(event) => onChange(timeoutOfStep(Number(event.target.value)))}
        onKeyDown={(event) => {
          // The browser's page step is a tenth of the range (four or five steps); a decade reads
          // better: 25 ms to 250 ms.
          const page = event.key === 'PageUp' ? 10 : event.key === 'PageDown' ? -10 : 0;
          if (page === 0) return;
          event.preventDefault();
          onChange(timeoutOfStep(stepOfTimeout(valueUs) + page));
        }}
      />
      <span className="rt-slider-value" aria-hidden="true">
        {text}
      </span>
    </div>
  );
}
