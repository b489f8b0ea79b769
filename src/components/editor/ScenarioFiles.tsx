import { useRef } from 'react';
import { fileNameFor, starterScenario } from '../../editor/starter.ts';
import { parseScenario } from '../../scenario/validate.ts';
import type { Scenario } from '../../scenario/types.ts';
import { useController, useLab } from '../../store/hooks.ts';
import { downloadText } from './download.ts';

/** The scenario as a file (the format `npm run sim` reads), a file as the scenario, a blank start. */
export function ScenarioFiles() {
  const controller = useController();
  const setMessage = useLab((s) => s.setEditMessage);
  const fileRef = useRef<HTMLInputElement>(null);

  // Another scenario is a new entry in the browser's history: Back returns to this one.
  const open = (scenario: Scenario, message: string) => {
    history.pushState(null, '', '#');
    controller.load(scenario, null);
    setMessage(message);
  };

  const exportJson = () => {
    const view = controller.view();
    const scenario = { ...view.scenario, seed: view.seed };
    downloadText(
      `${JSON.stringify(scenario, null, 2)}\n`,
      fileNameFor(scenario, 'json'),
      'application/json',
    );
  };

  const importJson = async (file: File) => {
    const result = parseScenario(await file.text());
    if (!result.ok) {
      const first = result.problems.find((p) => p.level === 'error')!;
      setMessage(
        `${file.name} was not opened: ${first.path || 'the file'} ${first.message}. Nothing changed.`,
      );
      return;
    }
    const warnings = result.problems.map((p) => `${p.path} ${p.message}`).join('; ');
    open(result.scenario, `Opened ${file.name}${warnings ? ` (changed: ${warnings})` : ''}.`);
  };

  return (
    <div className="editor-tools">
      <button type="button" className="ctl-button" onClick={exportJson}>
        Export JSON
      </button>
      <button type="button" className="ctl-button" onClick={() => fileRef.current?.click()}>
        Import JSON
      </button>
      <input
        ref={fileRef}
        type="file"
        accept=".json,application/json"
        aria-label="Scenario file to import"
        hidden
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void importJson(file);
        }}
      />
      <button
        type="button"
        className="ctl-button"
        onClick={() =>
          open(starterScenario(), 'A new scenario: a client, a switch and a server. Build on it.')
        }
      >
        Start over
      </button>
    </div>
  );
}
