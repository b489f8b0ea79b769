import { useId, useState } from 'react';
import type { WorkloadSettings } from '../../scenario/types.ts';
import { FIELDS, workloadChangeWords, workloadFromFields } from './form-actions.ts';
import { fieldText } from './fields.ts';
import { rateFromIntervalUs } from './inspect.ts';
import { NumberField } from './NumberField.tsx';
import type { useApply } from './useApply.ts';

type Apply = ReturnType<typeof useApply>;
type Texts = Parameters<typeof workloadFromFields>[2];
type Key = keyof Texts;

interface Props {
  id: string;
  label: string;
  current: WorkloadSettings;
  apply: Apply['apply'];
}

function textsFor(current: WorkloadSettings): Texts {
  return {
    requestRate:
      current.mode === 'on-demand' ? '0' : fieldText(rateFromIntervalUs(current.intervalUs)),
    timeoutMs: fieldText(current.timeoutUs / 1000),
    retries: String(current.retries),
  };
}

const ROWS: { key: Key; label: string; emptyMeans?: string }[] = [
  { key: 'requestRate', label: 'Request rate', emptyMeans: '0: only on demand' },
  { key: 'timeoutMs', label: 'Timeout' },
  { key: 'retries', label: 'Retries', emptyMeans: 'after a timeout' },
];

/**
 * The client's workload: how often it asks, how long it waits, how often it tries again. The
 * fields start from the current settings (when the client is selected) and keep what is typed
 * while the run goes on.
 */
export function WorkloadForm({ id, label, current, apply }: Props) {
  const formId = useId();
  const [texts, setTexts] = useState<Texts>(() => textsFor(current));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);

  const submit = () => {
    const outcome = workloadFromFields(id, current, texts);
    setErrors(outcome.ok ? {} : outcome.errors);
    setMessage(outcome.ok ? null : outcome.message);
    if (!outcome.ok) return;
    apply(outcome.action, `${label} now: ${workloadChangeWords(current, outcome.action)}`);
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
        Workload
      </h3>
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
              setMessage(null);
            }}
          />
        ))}
      </div>
      {message && (
        <p className="ctl-error">
          <span aria-hidden="true">⚠ </span>
          {message}
        </p>
      )}
      <button type="submit" className="ctl-button">
        Apply
      </button>
    </form>
  );
}
