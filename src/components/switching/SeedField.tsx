import { useId } from 'react';
import { MAX_SEED } from '../../lab/switching.ts';

interface Props {
  seed: number;
  onChange: (seed: number) => void;
}

/**
 * The seed both networks run with: the same one, so they see the very same requests at the
 * same moments. Another seed is another draw of the same bursty traffic.
 */
export function SeedField({ seed, onChange }: Props) {
  const id = useId();
  return (
    <div className="sw-field">
      <label htmlFor={id} className="sw-field-name">
        Seed
      </label>
      <div className="sw-seed-row">
        <input
          id={id}
          type="number"
          min={1}
          max={MAX_SEED}
          step={1}
          value={seed}
          onChange={(event) => {
            const next = event.target.valueAsNumber;
            if (Number.isSafeInteger(next) && next >= 1 && next <= MAX_SEED) onChange(next);
          }}
        />
        <button
          type="button"
          className="ctl-button"
          onClick={() => onChange(seed >= MAX_SEED ? 1 : seed + 1)}
        >
          Run again with another seed
        </button>
      </div>
    </div>
  );
}
