import { useId } from 'react';

interface Props {
  label: string;
  value: number;
  min: number;
  max: number;
  step?: number;
  /** The value as read aloud and shown beside the slider: `40 a second`. */
  valueText: string;
  onChange: (value: number) => void;
}

/** A labelled slider with its value beside it, in words a screen reader reads too. */
export function RangeField({ label, value, min, max, step = 1, valueText, onChange }: Props) {
  const id = useId();
  return (
    <div className="sw-field">
      <label htmlFor={id} className="sw-field-name">
        {label}
      </label>
      <div className="sw-slider-row">
        <input
          id={id}
          type="range"
          min={min}
          max={max}
          step={step}
          value={value}
          aria-valuetext={valueText}
          onChange={(event) => onChange(Number(event.target.value))}
        />
        <span className="sw-slider-value" aria-hidden="true">
          {valueText}
        </span>
      </div>
    </div>
  );
}
