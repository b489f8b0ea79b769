import { useShallow } from 'zustand/react/shallow';
import { useLab } from '../../store/hooks.ts';
import { AddNodes } from './AddNodes.tsx';
import { CableEditor } from './CableEditor.tsx';
import { FaultList } from './FaultList.tsx';
import { NodeEditor } from './NodeEditor.tsx';
import { ScenarioFiles } from './ScenarioFiles.tsx';
import { ScenarioInfo } from './ScenarioInfo.tsx';
import { UndoRedo } from './UndoRedo.tsx';
import './editor.css';

/**
 * The editor, in the inspector's place while `Edit scenario` is on: add nodes, select one or a
 * cable to change it, the faults in time order, the scenario's name; undo, files, start over.
 * Every change replays the run to the moment on screen, and the address keeps it.
 */
export function EditorPanel() {
  const scenario = useLab((s) => s.view.scenario);
  const nowUs = useLab((s) => s.view.nowUs);
  const selection = useLab(useShallow((s) => s.selection));
  const message = useLab((s) => s.editMessage);
  return (
    <aside className="lab-inspector ctl-inspector editor" aria-label="Editor">
      <div className="ctl-scroll">
        <h2 className="ctl-inspector-title">Edit the scenario</h2>
        <UndoRedo />
        <p className="editor-message" role="status">
          {message}
        </p>
        <AddNodes />
        {selection === null && (
          <p className="ctl-hint-block">Select a node or a cable in the drawing to change it.</p>
        )}
        {selection?.kind === 'node' && (
          <NodeEditor key={selection.id} scenario={scenario} id={selection.id} />
        )}
        {selection?.kind === 'cable' && (
          <CableEditor
            key={`${selection.a} ${selection.b}`}
            scenario={scenario}
            a={selection.a}
            b={selection.b}
          />
        )}
        <FaultList scenario={scenario} nowUs={nowUs} />
        <ScenarioInfo scenario={scenario} />
        <ScenarioFiles />
      </div>
    </aside>
  );
}
