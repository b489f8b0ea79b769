import type { WorkloadSettings } from '../../scenario/types.ts';
import { FIELDS, workloadChangeWords, workloadFromFields } from './form-actions.ts';
import { fieldText } from './fields.ts';
import { rateFromIntervalUs } from './inspect.ts';
import { FieldGrid, type FieldRow } from './FieldGrid.tsx';
import { FormFrame } from './FormFrame.tsx';
import { useFormFields } from './useFormFields.ts';
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

const ROWS: FieldRow<Key>[] = [
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
  const form = useFormFields<Texts>(() => textsFor(current));

  const submit = () => {
    const outcome = workloadFromFields(id, current, form.texts);
    form.report(outcome);
    if (!outcome.ok) return;
    apply(outcome.action, `${label} now: ${workloadChangeWords(current, outcome.action)}`);
  };

  return (
    <FormFrame title="Workload" message={form.message} onSubmit={submit}>
      <FieldGrid
        rows={ROWS}
        specs={FIELDS}
        texts={form.texts}
        errors={form.errors}
        onChange={form.change}
      />
      <button type="submit" className="ctl-button">
        Apply
      </button>
    </FormFrame>
  );
}
