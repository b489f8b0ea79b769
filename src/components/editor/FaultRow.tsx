import { faultParams } from '../../editor/params.ts';
import type { ScheduledAction } from '../../scenario/types.ts';
import { ParamField } from './ParamField.tsx';

interface Props {
  fault: ScheduledAction;
  words: string;
  onChange(fault: ScheduledAction): void;
  onRemove(): void;
}

/** One fault of the schedule: what it does in words, its moment and numbers, and Remove. */
export function FaultRow({ fault, words, onChange, onRemove }: Props) {
  const values = fault as unknown as Record<string, number>;
  return (
    <li className="editor-fault">
      <span className="editor-fault-words">{words}</span>
      <div className="ctl-field-grid">
        {faultParams(fault).map((param) => (
          <ParamField
            key={param.key}
            param={param}
            value={values[param.key]!}
            onCommit={(stored) => onChange({ ...fault, [param.key]: stored })}
          />
        ))}
      </div>
      <button
        type="button"
        className="ctl-button"
        aria-label={`Remove fault: ${words}`}
        onClick={onRemove}
      >
        Remove
      </button>
    </li>
  );
}
