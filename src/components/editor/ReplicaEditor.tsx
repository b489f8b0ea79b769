import { useId } from 'react';
import { REPLICA_PARAMS } from '../../editor/params.ts';
import type { ReplicaNode, Scenario } from '../../scenario/types.ts';
import { ParamGrid } from './ParamGrid.tsx';

interface Props {
  scenario: Scenario;
  node: ReplicaNode;
  onCommit: (change: Partial<ReplicaNode>) => void;
}

/** A replica: whether it leads at the start, its timers, and the server it writes to. */
export function ReplicaEditor({ scenario, node, onCommit }: Props) {
  const id = useId();
  const servers = scenario.nodes.filter((n) => n.kind === 'server');
  return (
    <>
      <label className="editor-check">
        <input
          type="checkbox"
          checked={node.leader}
          onChange={(e) => onCommit({ leader: e.target.checked })}
        />
        Leads when the run starts
      </label>
      <label className="editor-check">
        <input
          type="checkbox"
          checked={node.notifyOnCrash ?? false}
          onChange={(e) => onCommit({ notifyOnCrash: e.target.checked || undefined })}
        />
        Crash script: tells the others at once, naming a successor
      </label>
      <div className="ctl-field">
        <label htmlFor={`${id}-storage`} className="ctl-field-label">
          Writes to
        </label>
        <select
          id={`${id}-storage`}
          className="ctl-select"
          value={node.storage}
          onChange={(e) => onCommit({ storage: e.target.value })}
        >
          {servers.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
      <ParamGrid params={REPLICA_PARAMS} values={node} onCommit={onCommit} />
    </>
  );
}
