import { useId, useState } from 'react';
import { ActionButton } from './ActionButton.tsx';
import { FIELDS, overloadFromFields } from './form-actions.ts';
import { NumberField } from './NumberField.tsx';
import type { useApply } from './useApply.ts';

type Apply = ReturnType<typeof useApply>;
type Texts = Parameters<typeof overloadFromFields>[1];
type Key = keyof Texts;

interface Props {
  id: string;
  label: string;
  apply: Apply['apply'];
  refuse: Apply['refuse'];
}

/** Defaults that visibly swamp the demo server (2 workers, ~10 ms a request) for a moment. */
const START: Texts = {
  overloadRate: '500',
  overloadServiceMs: '',
  overloadQueue: '',
  overloadMs: '200',
};

const ROWS: { key: Key; label: string; emptyMeans?: string }[] = [
  { key: 'overloadRate', label: 'Arrival rate' },
  { key: 'overloadServiceMs', label: 'Service time', emptyMeans: 'empty: server’s own' },
  { key: 'overloadQueue', label: 'Queue capacity', emptyMeans: 'empty: server’s own' },
  { key: 'overloadMs', label: 'Duration', emptyMeans: 'empty: until a restart' },
];

/** Extra work from outside the drawing, arriving faster than the server can serve it. */
export function OverloadForm({ id, label, apply, refuse }: Props) {
  // From useId, not the node id: ids in a scenario may hold spaces.
  const formId = useId();
  const [texts, setTexts] = useState<Texts>(START);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = () => {
    const outcome = overloadFromFields(id, texts);
    if (!outcome.ok) {
      setErrors(outcome.errors);
      return;
    }
    setErrors({});
    apply(outcome.action, `Overloading ${label} with ${texts.overloadRate.trim()} requests/s`);
  };

  return (
    <form
      className="ctl-form"
      aria-labelledby={`${formId}-title`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <h3 id={`${formId}-title`} className="ctl-form-title">
        Overload
      </h3>
      <p className="ctl-form-note">
        Extra work arrives from outside, faster than the workers serve it.
      </p>
      <div className="ctl-field-grid">
        {ROWS.map(({ key, label: fieldLabel, emptyMeans }) => (
          <NumberField
            key={key}
            id={`${formId}-${key}`}
            label={fieldLabel}
            spec={FIELDS[key]}
            value={texts[key]}
            emptyMeans={emptyMeans}
            error={errors[key]}
            onChange={(value) => {
              setTexts((t) => ({ ...t, [key]: value }));
              setErrors(({ [key]: _, ...rest }) => rest);
            }}
          />
        ))}
      </div>
      <ActionButton type="submit" reason={null} tone="danger" onRefused={refuse} onPress={submit}>
        Overload
      </ActionButton>
    </form>
  );
}
