import { addWorkload, removeNode, renameNode, updateNode } from '../../editor/edits.ts';
import { SERVER_PARAMS } from '../../editor/params.ts';
import { LIMITS } from '../../scenario/limits.ts';
import type { Scenario, ServerNode } from '../../scenario/types.ts';
import { useLab } from '../../store/hooks.ts';
import { BalancerEditor } from './BalancerEditor.tsx';
import { ClockEditor } from './ClockEditor.tsx';
import { ReplicaEditor } from './ReplicaEditor.tsx';
import { ConnectTo } from './ConnectTo.tsx';
import { ParamGrid } from './ParamGrid.tsx';
import { ServiceEditor } from './ServiceEditor.tsx';
import { TextField } from './TextField.tsx';
import { useEdit } from './useEdit.ts';
import { WorkloadEditor } from './WorkloadEditor.tsx';

/** A node's name, its settings, its cables and (for a client) its requests; and removing it. */
export function NodeEditor({ scenario, id }: { scenario: Scenario; id: string }) {
  const edit = useEdit();
  const select = useLab((s) => s.select);
  const node = scenario.nodes.find((n) => n.id === id);
  if (!node) return null;
  const server = (change: Partial<ServerNode>) => edit((s) => updateNode(s, id, change));
  return (
    <section className="editor-section" aria-label={`Edit ${node.label}`}>
      <h3 className="ctl-form-title">
        {node.kind[0]!.toUpperCase() + node.kind.slice(1)}: {node.label}
      </h3>
      <TextField
        label="Name"
        value={node.label}
        maxLength={LIMITS.labelLength}
        onCommit={(label) => edit((s) => renameNode(s, id, label))}
      />
      {node.kind === 'server' && (
        <>
          <ParamGrid params={SERVER_PARAMS} values={node} onCommit={server} />
          <ServiceEditor service={node.service} onCommit={(service) => server({ service })} />
          <label className="editor-check">
            <input
              type="checkbox"
              checked={node.notifyOnCrash ?? false}
              onChange={(e) => server({ notifyOnCrash: e.target.checked || undefined })}
            />
            Crash script: tells the load balancers when the process crashes
          </label>
          <label className="editor-check">
            <input
              type="checkbox"
              checked={node.fencing ?? false}
              onChange={(e) => server({ fencing: e.target.checked || undefined })}
            />
            Fencing: refuse a write whose token is older than the newest taken
          </label>
          <label className="editor-check">
            <input
              type="checkbox"
              checked={node.lww ?? false}
              onChange={(e) => server({ lww: e.target.checked || undefined })}
            />
            Last write wins: keep the write with the latest stamp from its writer’s clock
          </label>
        </>
      )}
      {node.kind === 'replica' && (
        <ReplicaEditor
          scenario={scenario}
          node={node}
          onCommit={(change) => edit((s) => updateNode(s, id, change))}
        />
      )}
      {node.kind === 'balancer' && (
        <BalancerEditor
          scenario={scenario}
          node={node}
          onCommit={(change) => edit((s) => updateNode(s, id, change))}
        />
      )}
      {node.kind !== 'switch' && node.kind !== 'router' && (
        <ClockEditor
          scenario={scenario}
          clock={node.clock}
          onCommit={(clock) => edit((s) => updateNode(s, id, { clock }))}
        />
      )}
      <ConnectTo scenario={scenario} id={id} />
      {node.kind === 'client' &&
        scenario.workloads.map((w, i) =>
          w.client === id ? (
            <WorkloadEditor key={i} scenario={scenario} index={i} workload={w} />
          ) : null,
        )}
      {node.kind === 'client' && (
        <button
          type="button"
          className="ctl-button"
          onClick={() => edit((s) => addWorkload(s, id))}
        >
          Add requests
        </button>
      )}
      <button
        type="button"
        className="ctl-button ctl-button-danger"
        onClick={() => {
          if (edit((s) => removeNode(s, id))) select(null);
        }}
      >
        Remove node
      </button>
    </section>
  );
}
