import { BALANCER_PARAMS } from '../../editor/params.ts';
import type { BalancerNode, Scenario } from '../../scenario/types.ts';
import { ParamGrid } from './ParamGrid.tsx';

interface Props {
  scenario: Scenario;
  node: BalancerNode;
  onCommit: (change: Partial<BalancerNode>) => void;
}

/** A load balancer's servers (the ones it spreads requests over) and its health checks. */
export function BalancerEditor({ scenario, node, onCommit }: Props) {
  const servers = scenario.nodes.filter((n) => n.kind === 'server');
  const toggle = (id: string, on: boolean) =>
    onCommit({
      // Keep the scenario's order of servers, so the round robin reads as the drawing does.
      backends: servers.map((s) => s.id).filter((s) => (s === id ? on : node.backends.includes(s))),
    });
  return (
    <>
      <fieldset className="editor-backends">
        <legend>Servers behind it</legend>
        {servers.length === 0 && <p className="ctl-hint-block">Add a server first.</p>}
        {servers.map((s) => (
          <label key={s.id} className="editor-check">
            <input
              type="checkbox"
              checked={node.backends.includes(s.id)}
              onChange={(e) => toggle(s.id, e.target.checked)}
            />
            {s.label}
          </label>
        ))}
      </fieldset>
      <ParamGrid params={BALANCER_PARAMS} values={node} onCommit={onCommit} />
      <label className="editor-check">
        <input
          type="checkbox"
          checked={node.deepCheck}
          onChange={(e) => onCommit({ deepCheck: e.target.checked })}
        />
        Deep health check: it waits in the server’s queue like a request
      </label>
      <label className="editor-check">
        <input
          type="checkbox"
          checked={node.linkMonitorUs !== undefined}
          onChange={(e) => onCommit({ linkMonitorUs: e.target.checked ? 250_000 : undefined })}
        />
        Link monitor: polls the switches every 250 ms for the servers’ links
      </label>
    </>
  );
}
