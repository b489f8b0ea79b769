import { useId, useState } from 'react';
import { fieldText, parseField } from '../controls/fields.ts';
import { NumberField } from '../controls/NumberField.tsx';
import type { Param } from '../../editor/params.ts';

interface Props<T> {
  param: Param<T>;
  /** The stored value (µs for times). */
  value: number;
  onCommit(stored: number): void;
}

/**
 * One number of the scenario, edited in place: it takes effect on Enter or when focus leaves,
 * if it is valid; a wrong value says why under the field and changes nothing; Escape puts the
 * value back.
 */
export function ParamField<T>({ param, value, onCommit }: Props<T>) {
  const id = useId();
  const shown = fieldText(param.show(value));
  const [text, setText] = useState<string | null>(null);
  const spec = { name: param.label, ...param };
  const result = text === null ? null : parseField(text, spec);
  const error = result && !result.ok ? result.message : undefined;

  const commit = () => {
    if (text === null || !result?.ok || result.value === null) return;
    setText(null);
    const stored = param.store(result.value);
    if (stored !== value) onCommit(stored);
  };

  return (
    <div
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
        if (event.key === 'Escape' && text !== null) {
          event.stopPropagation();
          setText(null);
        }
      }}
    >
      <NumberField
        id={id}
        label={param.label}
        spec={spec}
        value={text ?? shown}
        onChange={setText}
        error={error}
      />
    </div>
  );
}
