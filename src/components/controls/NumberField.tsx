import type { ReactNode } from 'react';
import { boundsText, type FieldSpec } from './fields.ts';

interface Props {
  id: string;
  /** Visible label; the unit is added for screen readers and shown inside the box. */
  label: string;
  spec: FieldSpec;
  value: string;
  onChange(value: string): void;
  /** What an empty field means, added to the bounds: "empty: the server's own". */
  emptyMeans?: string;
  error?: string | undefined;
  /** A button beside the box (Pause process beside its length); the hint then spans both. */
  children?: ReactNode;
}

/**
 * A labelled number box with its unit, its bounds and, when the value is wrong, a message
 * right under it. Text input (not type=number), so what people type is never silently
 * emptied by the browser; the form checks it and says what is wrong.
 */
export function NumberField({
  id,
  label,
  spec,
  value,
  onChange,
  emptyMeans,
  error,
  children,
}: Props) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const unit = spec.unit ? ` (${spec.unit})` : '';
  return (
    <div className="ctl-field">
      <label htmlFor={id} className="ctl-field-label">
        {label}
        <span className="visually-hidden">{unit}</span>
      </label>
      <span className="ctl-field-row">
        <span className="ctl-field-box" data-invalid={error ? true : undefined}>
          <input
            id={id}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            spellCheck={false}
            value={value}
            onChange={(event) => onChange(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${errorId} ${hintId}` : hintId}
          />
          {spec.unit && (
            <span className="ctl-field-unit" aria-hidden="true">
              {spec.unit}
            </span>
          )}
        </span>
        {children}
      </span>
      <span id={hintId} className="ctl-hint">
        {boundsText(spec)}
        {emptyMeans && `; ${emptyMeans}`}
      </span>
      {error && (
        <span id={errorId} className="ctl-error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </span>
      )}
    </div>
  );
}
