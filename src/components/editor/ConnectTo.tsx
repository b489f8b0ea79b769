import { useId, useState } from 'react';
import { connect } from '../../editor/edits.ts';
import type { Scenario } from '../../scenario/types.ts';
import { useEdit } from './useEdit.ts';

/** A cable from this node to another that is not joined to it yet. */
export function ConnectTo({ scenario, id }: { scenario: Scenario; id: string }) {
  const edit = useEdit();
  const selectId = useId();
  const joined = new Set(
    scenario.cables.flatMap((c) => (c.a === id ? [c.b] : c.b === id ? [c.a] : [])),
  );
  const others = scenario.nodes.filter((n) => n.id !== id && !joined.has(n.id));
  const [target, setTarget] = useState('');
  const chosen = others.some((n) => n.id === target) ? target : (others[0]?.id ?? '');
  if (others.length === 0) return null;
  return (
    <div className="editor-row">
      <div className="ctl-field">
        <label htmlFor={selectId} className="ctl-field-label">
          Cable to
        </label>
        <select
          id={selectId}
          className="ctl-select"
          value={chosen}
          onChange={(e) => setTarget(e.target.value)}
        >
          {others.map((n) => (
            <option key={n.id} value={n.id}>
              {n.label}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className="ctl-button"
        onClick={() => edit((s) => connect(s, id, chosen))}
      >
        Connect
      </button>
    </div>
  );
}
