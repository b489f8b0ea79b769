import { useId, useState } from 'react';
import { addFault } from '../../editor/edits.ts';
import { FAULT_KINDS, targetsFor, type FaultTarget } from '../../editor/faults.ts';
import { SPECS } from '../../scenario/limits.ts';
import type { Scenario } from '../../scenario/types.ts';
import { fieldText, msField, parseField, usFromMs } from '../controls/fields.ts';
import { NumberField } from '../controls/NumberField.tsx';
import { useEdit } from './useEdit.ts';

const AT = msField('Time', SPECS.atUs);

/** Why a fault has nothing to act on here, and what would give it something. */
const NOTHING_TO_ACT_ON: Record<FaultTarget, string> = {
  machine: 'No server here: add one first.',
  cable: 'No cable here: connect two nodes first.',
  client: 'No client here sends requests: give a client a workload first.',
  clock: 'No machine here has a clock to change.',
  'synced-clock':
    'No machine here syncs its clock: select a machine, give it a clock and a time server to ask, then add this fault.',
};

/** A new timed fault: what, on what, and when (the current moment to start with). */
export function AddFault({ scenario, nowUs }: { scenario: Scenario; nowUs: number }) {
  const edit = useEdit();
  const id = useId();
  const [kindIndex, setKindIndex] = useState(0);
  const [target, setTarget] = useState('');
  const [at, setAt] = useState<string | null>(null);
  const kind = FAULT_KINDS[kindIndex]!;
  const targets = targetsFor(scenario, kind.target);
  const chosen = targets.some(([v]) => v === target) ? target : (targets[0]?.[0] ?? '');
  const atText = at ?? fieldText(nowUs / 1000);
  const atResult = parseField(atText, AT);

  const add = () => {
    if (!atResult.ok || atResult.value === null || chosen === '') return;
    if (edit((s) => addFault(s, kind.make(chosen, usFromMs(atResult.value!))))) setAt(null);
  };

  return (
    <fieldset className="editor-group">
      <legend>Add a fault</legend>
      <div className="ctl-field-grid">
        <div className="ctl-field">
          <label htmlFor={`${id}-kind`} className="ctl-field-label">
            Fault
          </label>
          <select
            id={`${id}-kind`}
            className="ctl-select"
            value={kindIndex}
            onChange={(e) => setKindIndex(Number(e.target.value))}
          >
            {FAULT_KINDS.map((k, i) => (
              <option key={k.kind} value={i}>
                {k.words}
              </option>
            ))}
          </select>
        </div>
        <div className="ctl-field">
          <label htmlFor={`${id}-on`} className="ctl-field-label">
            On
          </label>
          <select
            id={`${id}-on`}
            className="ctl-select"
            value={chosen}
            onChange={(e) => setTarget(e.target.value)}
            disabled={targets.length === 0}
          >
            {targets.map(([value, words]) => (
              <option key={value} value={value}>
                {words}
              </option>
            ))}
          </select>
        </div>
        <NumberField
          id={`${id}-at`}
          label="At"
          spec={AT}
          value={atText}
          onChange={setAt}
          error={atResult.ok ? undefined : atResult.message}
        />
      </div>
      {targets.length === 0 && (
        <p className="ctl-hint-block" id={`${id}-none`}>
          {NOTHING_TO_ACT_ON[kind.target]}
        </p>
      )}
      <button
        type="button"
        className="ctl-button"
        onClick={add}
        disabled={targets.length === 0}
        aria-describedby={targets.length === 0 ? `${id}-none` : undefined}
      >
        Add fault
      </button>
    </fieldset>
  );
}
