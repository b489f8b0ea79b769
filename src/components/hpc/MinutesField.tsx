import { useId, useState } from 'react';

interface Props {
  label: string;
  minutes: number;
  min: number;
  max: number;
  onChange: (minutes: number) => void;
}

/**
 * A time in whole minutes. What is typed shows as typed; the setting changes only when it is
 * a whole number in range, so clearing the box to type a new value does not jump the plots.
 */
export function MinutesField({ label, minutes, min, max, onChange }: Props) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <div className="hpc-field">
      <label htmlFor={id} className="hpc-field-name">
        {label}
      </label>
      <span className="hpc-minutes">
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          value={draft ?? String(minutes)}
          onChange={(event) => {
            setDraft(event.target.value);
            const value = Number(event.target.value);
            if (Number.isInteger(value) && value >= min && value <= max) onChange(value);
          }}
          onBlur={() => setDraft(null)}
        />
        <span aria-hidden="true">min</span>
      </span>
    </div>
  );
}
