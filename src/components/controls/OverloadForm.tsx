import { ActionButton } from './ActionButton.tsx';
import { FIELDS, overloadFromFields } from './form-actions.ts';
import { FieldGrid, type FieldRow } from './FieldGrid.tsx';
import { FormFrame } from './FormFrame.tsx';
import { useFormFields } from './useFormFields.ts';
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

const ROWS: FieldRow<Key>[] = [
  { key: 'overloadRate', label: 'Arrival rate' },
  { key: 'overloadServiceMs', label: 'Service time', emptyMeans: 'empty: server’s own' },
  { key: 'overloadQueue', label: 'Queue capacity', emptyMeans: 'empty: server’s own' },
  { key: 'overloadMs', label: 'Duration', emptyMeans: 'empty: until a restart' },
];

/** Extra work from outside the drawing, arriving faster than the server can serve it. */
export function OverloadForm({ id, label, apply, refuse }: Props) {
  const form = useFormFields<Texts>(START);

  const submit = () => {
    const outcome = overloadFromFields(id, form.texts);
    form.report(outcome);
    if (!outcome.ok) return;
    apply(outcome.action, `Overloading ${label} with ${form.texts.overloadRate.trim()} requests/s`);
  };

  return (
    <FormFrame
      title="Overload"
      note="Extra work arrives from outside, faster than the workers serve it."
      message={form.message}
      onSubmit={submit}
    >
      <FieldGrid
        rows={ROWS}
        specs={FIELDS}
        texts={form.texts}
        errors={form.errors}
        onChange={form.change}
      />
      <ActionButton type="submit" reason={null} tone="danger" onRefused={refuse} onPress={submit}>
        Overload
      </ActionButton>
    </FormFrame>
  );
}
