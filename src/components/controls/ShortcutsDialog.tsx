import { useEffect, useRef } from 'react';
import { useLab } from '../../store/hooks.ts';
import { SHORTCUTS } from './shortcut-keys.ts';
import './controls.css';

/**
 * The keyboard shortcuts, in a real modal dialog: the browser traps focus in it and closes it
 * with Escape; on closing, focus goes back to whatever opened it.
 */
export function ShortcutsDialog() {
  const open = useLab((s) => s.shortcutsOpen);
  const setOpen = useLab((s) => s.setShortcutsOpen);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      openerRef.current =
        document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  return (
    <dialog
      ref={dialogRef}
      className="ctl-dialog"
      aria-labelledby="ctl-shortcuts-title"
      onClose={() => {
        setOpen(false);
        openerRef.current?.focus();
        openerRef.current = null;
      }}
    >
      <h2 id="ctl-shortcuts-title" className="ctl-dialog-title">
        Keyboard shortcuts
      </h2>
      <table className="ctl-shortcuts">
        <caption className="visually-hidden">Keys and what they do</caption>
        <tbody>
          {SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.label}>
              <th scope="row">
                {shortcut.keys.map((key) => (
                  <kbd key={key}>{key}</kbd>
                ))}
              </th>
              <td>{shortcut.does}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="ctl-dialog-note">
        Shortcuts wait while you type in a field; Space on a button presses that button, unless its
        action does not apply now (a dashed button): then Space plays or pauses.
      </p>
      <form method="dialog" className="ctl-dialog-actions">
        <button type="submit" className="ctl-button ctl-button-primary" autoFocus>
          Close
        </button>
      </form>
    </dialog>
  );
}
