import { useId } from 'react';
import { MTBF_YEARS } from './hpc-settings.ts';

interface Props {
  years: number;
  onChange: (years: number) => void;
}

/** How long one node runs between failures, on average. */
export function MtbfSelect({ years, onChange }: Props) {
  const id = useId();
  return (
    <div className="hpc-field">
      <label htmlFor={id} className="hpc-field-name">
        Node MTBF
      </label>
      <select id={id} value={years} onChange={(event) => onChange(Number(event.target.value))}>
        {MTBF_YEARS.map((y) => (
          <option key={y} value={y}>
            {y === 1 ? '1 year' : `${y} years`}
          </option>
        ))}
      </select>
    </div>
  );
}
