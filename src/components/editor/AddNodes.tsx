import { addNode } from '../../editor/edits.ts';
import type { NodeKind, Scenario } from '../../scenario/types.ts';
import { useLab } from '../../store/hooks.ts';
import { useEdit } from './useEdit.ts';

const KINDS: NodeKind[] = ['client', 'switch', 'router', 'balancer', 'server', 'replica'];

/** Right of everything placed, at mid height; or left to the automatic layout. */
function placeFor(scenario: Scenario): { x: number; y: number } | null {
  const placed = scenario.nodes.filter((n) => n.x !== undefined && n.y !== undefined);
  if (placed.length === 0 || placed.length < scenario.nodes.length) return null;
  const xs = placed.map((n) => n.x!);
  const ys = placed.map((n) => n.y!);
  return { x: Math.max(...xs) + 120, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
}

/** Add client, Add switch, Add router, Add server: the new node is selected, to be named and joined. */
export function AddNodes() {
  const edit = useEdit();
  const select = useLab((s) => s.select);
  return (
    <div className="editor-tools">
      {KINDS.map((kind) => (
        <button
          key={kind}
          type="button"
          className="ctl-button"
          onClick={() => {
            let id: string | undefined;
            const ok = edit((s) => {
              const result = addNode(s, kind, placeFor(s));
              id = result.id;
              return result;
            });
            if (ok && id) select({ kind: 'node', id });
          }}
        >
          Add {kind === 'balancer' ? 'load balancer' : kind}
        </button>
      ))}
    </div>
  );
}
