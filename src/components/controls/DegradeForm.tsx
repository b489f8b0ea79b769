import { useId, useState } from 'react';
import type { LinkParams } from '../../scenario/types.ts';
import { ActionButton } from './ActionButton.tsx';
import type { DirectionFacts } from './cable-facts.ts';
import { fieldText } from './fields.ts';
import { degradeFromFields, FIELDS } from './form-actions.ts';
import { FieldGrid, type FieldRow } from './FieldGrid.tsx';
import { FormFrame } from './FormFrame.tsx';
import { useFormFields } from './useFormFields.ts';
import type { useApply } from './useApply.ts';

type Apply = ReturnType<typeof useApply>;
type Texts = Parameters<typeof degradeFromFields>[2];
type Key = keyof Texts;

interface Props {
  cable: [string, string];
  name: string;
  directions: [DirectionFacts, DirectionFacts];
  apply: Apply['apply'];
  refuse: Apply['refuse'];
}

function textsFor(params: LinkParams): Texts {
  return {
    latencyMs: fieldText(params.latencyUs / 1000),
    jitterMs: fieldText(params.jitterUs / 1000),
    lossPercent: fieldText(params.lossPercent),
    bandwidthMbps: fieldText(params.bandwidthMbps),
  };
}

/** Blank (unchanged) every field still showing what it was filled in with. */
function changedOnly(texts: Texts, baseline: Texts): Texts {
  const blank = (key: Key) => (texts[key].trim() === baseline[key] ? '' : texts[key]);
  return {
    latencyMs: blank('latencyMs'),
    jitterMs: blank('jitterMs'),
    lossPercent: blank('lossPercent'),
    bandwidthMbps: blank('bandwidthMbps'),
  };
}

const ROWS: FieldRow<Key>[] = [
  { key: 'latencyMs', label: 'Latency' },
  { key: 'jitterMs', label: 'Jitter (±)' },
  { key: 'lossPercent', label: 'Loss' },
  { key: 'bandwidthMbps', label: 'Bandwidth' },
];

/**
 * Make a cable slow, jittery, lossy or narrow, in both directions or one. The fields show the
 * chosen direction's current numbers (a → b for both), and only the values changed are applied,
 * so changing one value means typing one value and the rest stay as they are.
 */
export function DegradeForm({ cable, name, directions, apply, refuse }: Props) {
  const form = useFormFields<Texts>(() => textsFor(directions[0].params));
  // What the fields showed when filled in: only values that differ from it are applied.
  const [baseline, setBaseline] = useState<Texts>(form.texts);
  const [from, setFrom] = useState<string>('both');
  const directionId = useId();

  const chooseDirection = (value: string) => {
    const chosen = directions.find((d) => d.fromId === value) ?? directions[0];
    setFrom(value);
    form.setTexts(textsFor(chosen.params));
    setBaseline(textsFor(chosen.params));
    form.report({ ok: true });
  };

  const submit = () => {
    const outcome = degradeFromFields(
      cable,
      from === 'both' ? null : from,
      changedOnly(form.texts, baseline),
    );
    form.report(outcome);
    if (!outcome.ok) return;
    setBaseline(form.texts);
    const which = directions.find((d) => d.fromId === from);
    apply(outcome.action, `Degraded ${which ? `${which.from} → ${which.to}` : name}`);
  };

  return (
    <FormFrame
      title="Degrade"
      note="Only the values you change are applied."
      message={form.message}
      onSubmit={submit}
    >
      <div className="ctl-field">
        <label htmlFor={directionId} className="ctl-field-label">
          Direction
        </label>
        <select
          id={directionId}
          className="ctl-select"
          value={from}
          onChange={(event) => chooseDirection(event.target.value)}
        >
          <option value="both">Both directions</option>
          {directions.map((d) => (
            <option key={d.fromId} value={d.fromId}>
              {d.from} → {d.to}
            </option>
          ))}
        </select>
      </div>
      <FieldGrid
        rows={ROWS}
        specs={FIELDS}
        texts={form.texts}
        errors={form.errors}
        onChange={form.change}
      />
      <ActionButton type="submit" reason={null} onRefused={refuse} onPress={submit}>
        Apply
      </ActionButton>
    </FormFrame>
  );
}
