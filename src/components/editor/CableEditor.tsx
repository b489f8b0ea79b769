import { disconnect, updateCable } from '../../editor/edits.ts';
import { CABLE_PARAMS, CIRCUIT_PARAMS } from '../../editor/params.ts';
import type { Scenario } from '../../scenario/types.ts';
import { useLab } from '../../store/hooks.ts';
import { ParamGrid } from './ParamGrid.tsx';
import { useEdit } from './useEdit.ts';

/** A cable's settings (both directions start alike) and removing it. */
export function CableEditor({ scenario, a, b }: { scenario: Scenario; a: string; b: string }) {
  const edit = useEdit();
  const select = useLab((s) => s.select);
  const cable = scenario.cables.find((c) => (c.a === a && c.b === b) || (c.a === b && c.b === a));
  if (!cable) return null;
  const label = (id: string) => scenario.nodes.find((n) => n.id === id)?.label ?? id;
  const name = `cable ${label(cable.a)}–${label(cable.b)}`;
  return (
    <section className="editor-section" aria-label={`Edit ${name}`}>
      <h3 className="ctl-form-title">{name}</h3>
      <ParamGrid
        params={CABLE_PARAMS}
        values={cable}
        onCommit={(change) => edit((s) => updateCable(s, a, b, change))}
      />
      <label className="editor-check">
        <input
          type="checkbox"
          checked={cable.circuitSlots !== undefined}
          onChange={(e) =>
            edit((s) => updateCable(s, a, b, { circuitSlots: e.target.checked ? 4 : undefined }))
          }
        />
        Circuit-switched: reserved circuits, a constant delay, calls refused when all are busy
      </label>
      {cable.circuitSlots !== undefined && (
        <ParamGrid
          params={CIRCUIT_PARAMS}
          values={{ circuitSlots: cable.circuitSlots }}
          onCommit={(change) => edit((s) => updateCable(s, a, b, change))}
        />
      )}
      <button
        type="button"
        className="ctl-button ctl-button-danger"
        onClick={() => {
          if (edit((s) => disconnect(s, a, b))) select(null);
        }}
      >
        Remove cable
      </button>
    </section>
  );
}
