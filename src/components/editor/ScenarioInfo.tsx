import { checked } from '../../editor/edits.ts';
import { DURATION_PARAM } from '../../editor/params.ts';
import { LIMITS } from '../../scenario/limits.ts';
import type { Scenario } from '../../scenario/types.ts';
import { ParamField } from './ParamField.tsx';
import { TextField } from './TextField.tsx';
import { useEdit } from './useEdit.ts';

/** The scenario's name and description (what a link's receiver reads first) and its length. */
export function ScenarioInfo({ scenario }: { scenario: Scenario }) {
  const edit = useEdit();
  const change = (c: Partial<Scenario>) => edit((s) => checked({ ...s, ...c }));
  return (
    <section className="editor-section" aria-labelledby="editor-scenario">
      <h3 id="editor-scenario" className="ctl-form-title">
        The scenario
      </h3>
      <TextField
        label="Scenario name"
        value={scenario.name}
        maxLength={LIMITS.nameLength}
        onCommit={(name) => change({ name })}
      />
      <TextField
        label="Description"
        value={scenario.description}
        maxLength={LIMITS.descriptionLength}
        multiline
        onCommit={(description) => change({ description })}
      />
      <ParamField
        param={DURATION_PARAM}
        value={scenario.durationUs}
        onCommit={(durationUs) => change({ durationUs })}
      />
    </section>
  );
}
