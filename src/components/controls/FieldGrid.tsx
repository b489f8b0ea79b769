import { useId } from 'react';
import type { FieldSpec } from './fields.ts';
import { NumberField } from './NumberField.tsx';

export interface FieldRow<K extends string> {
  key: K;
  label: string;
  emptyMeans?: string;
}

interface Props<K extends string> {
  rows: readonly FieldRow<K>[];
  specs: Record<K, FieldSpec>;
  texts: Record<K, string>;
  errors: Partial<Record<string, string>>;
  onChange(key: K, value: string): void;
}

/** A form's number fields, two to a row, each with its unit, bounds and message. */
export function FieldGrid<K extends string>({ rows, specs, texts, errors, onChange }: Props<K>) {
  const gridId = useId();
  return (
    <div className="ctl-field-grid">
      {rows.map(({ key, label, emptyMeans }) => (
        <NumberField
          key={key}
          id={`${gridId}-${key}`}
          label={label}
          spec={specs[key]}
          value={texts[key]}
          emptyMeans={emptyMeans}
          error={errors[key]}
          onChange={(value) => onChange(key, value)}
        />
      ))}
    </div>
  );
}
