import { removeFault, updateFault } from '../../editor/edits.ts';
import { SPECS } from '../../scenario/limits.ts';
import type { Scenario, ScheduledAction } from '../../scenario/types.ts';
import { actionPhrase } from '../panels/log-text.ts';
import { ParamField } from './ParamField.tsx';
import { AddFault } from './AddFault.tsx';
import { useEdit } from './useEdit.ts';

const AT_PARAM = {
  key: 'atUs' as const,
  label: 'At',
  unit: 'ms',
  min: SPECS.atUs.min / 1000,
  max: SPECS.atUs.max / 1000,
  integer: false,
  show: (us: number) => us / 1000,
  store: (ms: number) => Math.round(ms * 1000),
};

const PAUSE_PARAM = {
  ...AT_PARAM,
  key: 'durationUs' as const,
  label: 'For',
  min: 0.001,
  max: 3_600_000,
};

/** The fault schedule in time order: each fault's moment (and length) to change, or remove. */
export function FaultList({ scenario, nowUs }: { scenario: Scenario; nowUs: number }) {
  const edit = useEdit();
  const labelOf = (id: string) => scenario.nodes.find((n) => n.id === id)?.label ?? id;
  const change = (i: number, fault: ScheduledAction) => edit((s) => updateFault(s, i, fault));
  return (
    <section className="editor-section" aria-labelledby="editor-faults">
      <h3 id="editor-faults" className="ctl-form-title">
        Faults, in time order
      </h3>
      {scenario.schedule.length === 0 && <p className="ctl-hint-block">No faults yet.</p>}
      <ol className="editor-faults">
        {scenario.schedule.map((fault, i) => {
          const words = actionPhrase(fault, labelOf);
          return (
            <li key={`${i} ${fault.kind} ${fault.atUs}`} className="editor-fault">
              <span className="editor-fault-words">{words[0]!.toUpperCase() + words.slice(1)}</span>
              <div className="ctl-field-grid">
                <ParamField
                  param={AT_PARAM}
                  value={fault.atUs}
                  onCommit={(atUs) => change(i, { ...fault, atUs })}
                />
                {fault.kind === 'pause' && fault.durationUs !== undefined && (
                  <ParamField
                    param={PAUSE_PARAM}
                    value={fault.durationUs}
                    onCommit={(durationUs) => change(i, { ...fault, durationUs })}
                  />
                )}
              </div>
              <button
                type="button"
                className="ctl-button"
                aria-label={`Remove fault: ${words}`}
                onClick={() => edit((s) => removeFault(s, i))}
              >
                Remove
              </button>
            </li>
          );
        })}
      </ol>
      <AddFault scenario={scenario} nowUs={nowUs} />
    </section>
  );
}
