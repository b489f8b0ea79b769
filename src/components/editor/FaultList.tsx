import { removeFault, updateFault } from '../../editor/edits.ts';
import { faultTitle } from '../../editor/faults.ts';
import type { Scenario } from '../../scenario/types.ts';
import { AddFault } from './AddFault.tsx';
import { FaultRow } from './FaultRow.tsx';
import { useEdit } from './useEdit.ts';

/** The fault schedule in time order: each fault's moment and numbers to change, or remove. */
export function FaultList({ scenario, nowUs }: { scenario: Scenario; nowUs: number }) {
  const edit = useEdit();
  const labelOf = (id: string) => scenario.nodes.find((n) => n.id === id)?.label ?? id;
  return (
    <section className="editor-section" aria-labelledby="editor-faults">
      <h3 id="editor-faults" className="ctl-form-title">
        Faults, in time order
      </h3>
      {scenario.schedule.length === 0 && <p className="ctl-hint-block">No faults yet.</p>}
      <ol className="editor-faults">
        {scenario.schedule.map((fault, i) => (
          <FaultRow
            key={`${i} ${fault.kind} ${fault.atUs}`}
            fault={fault}
            words={faultTitle(fault, labelOf)}
            onChange={(changed) => edit((s) => updateFault(s, i, changed))}
            onRemove={() => edit((s) => removeFault(s, i))}
          />
        ))}
      </ol>
      <AddFault scenario={scenario} nowUs={nowUs} />
    </section>
  );
}
