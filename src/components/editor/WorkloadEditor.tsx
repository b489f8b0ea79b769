import { useId } from 'react';
import { removeWorkload, updateWorkload } from '../../editor/edits.ts';
import { WORKLOAD_PARAMS } from '../../editor/params.ts';
import type { Scenario, Workload, WorkloadMode } from '../../scenario/types.ts';
import { ParamGrid } from './ParamGrid.tsx';
import { useEdit } from './useEdit.ts';

const MODES: { mode: WorkloadMode; words: string }[] = [
  { mode: 'interval', words: 'steadily' },
  { mode: 'poisson', words: 'at random' },
  { mode: 'on-demand', words: 'on demand' },
];

interface Props {
  scenario: Scenario;
  index: number;
  workload: Workload;
}

/** One stream of requests from a client: to which server, how often, how patiently. */
export function WorkloadEditor({ scenario, index, workload }: Props) {
  const edit = useEdit();
  const id = useId();
  const change = (c: Partial<Workload>) => edit((s) => updateWorkload(s, index, c));
  // Requests go to a server, or to a load balancer that passes them on.
  const servers = scenario.nodes.filter((n) => n.kind === 'server' || n.kind === 'balancer');
  return (
    <fieldset className="editor-group">
      <legend>Requests {index + 1}</legend>
      <div className="ctl-field-grid">
        <div className="ctl-field">
          <label htmlFor={`${id}-to`} className="ctl-field-label">
            To
          </label>
          <select
            id={`${id}-to`}
            className="ctl-select"
            value={workload.server}
            onChange={(e) => change({ server: e.target.value })}
          >
            {servers.map((n) => (
              <option key={n.id} value={n.id}>
                {n.label}
              </option>
            ))}
          </select>
        </div>
        <div className="ctl-field">
          <label htmlFor={`${id}-mode`} className="ctl-field-label">
            Sent
          </label>
          <select
            id={`${id}-mode`}
            className="ctl-select"
            value={workload.mode}
            onChange={(e) => change({ mode: e.target.value as WorkloadMode })}
          >
            {MODES.map(({ mode, words }) => (
              <option key={mode} value={mode}>
                {words}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ParamGrid params={WORKLOAD_PARAMS} values={workload} onCommit={change} />
      <label className="editor-check">
        <input
          type="checkbox"
          checked={workload.idempotencyKey}
          onChange={(e) => change({ idempotencyKey: e.target.checked })}
        />
        Idempotency key: retries of a request are done once
      </label>
      <label className="editor-check">
        <input
          type="checkbox"
          checked={workload.backoffJitter}
          onChange={(e) => change({ backoffJitter: e.target.checked })}
        />
        Jitter: each backoff is a random wait up to its length
      </label>
      <button
        type="button"
        className="ctl-button"
        onClick={() => edit((s) => removeWorkload(s, index))}
      >
        Remove these requests
      </button>
    </fieldset>
  );
}
