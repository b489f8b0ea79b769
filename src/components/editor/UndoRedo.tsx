import { useController, useLab } from '../../store/hooks.ts';

/** Undo and Redo for every change to the scenario (Ctrl+Z and Ctrl+Shift+Z too). */
export function UndoRedo() {
  const controller = useController();
  const canUndo = useLab((s) => s.view.canUndo);
  const canRedo = useLab((s) => s.view.canRedo);
  return (
    <div className="editor-tools">
      <button
        type="button"
        className="ctl-button"
        disabled={!canUndo}
        onClick={() => controller.undo()}
      >
        Undo
      </button>
      <button
        type="button"
        className="ctl-button"
        disabled={!canRedo}
        onClick={() => controller.redo()}
      >
        Redo
      </button>
    </div>
  );
}
