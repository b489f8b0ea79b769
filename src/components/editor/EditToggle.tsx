import { useLab } from '../../store/hooks.ts';

/** `Edit scenario`: the editor in place of the inspector, and back. */
export function EditToggle() {
  const editing = useLab((s) => s.editing);
  const setEditing = useLab((s) => s.setEditing);
  return (
    <button
      type="button"
      className="ctl-button ctl-edit-toggle"
      aria-pressed={editing}
      onClick={() => setEditing(!editing)}
    >
      Edit<span className="ctl-narrow-hidden"> scenario</span>
    </button>
  );
}
