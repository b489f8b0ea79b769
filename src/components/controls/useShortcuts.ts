import { useEffect } from 'react';
import { useController, useLab } from '../../store/hooks.ts';
import { commandFor, focusKindOf } from './shortcut-keys.ts';

/**
 * The lab's keyboard shortcuts (see shortcut-keys.ts for which key does what, and when a
 * focused control keeps a key for itself). While the shortcuts dialog is open it has the
 * keyboard, and the browser closes it with Escape.
 */
export function useShortcuts(enabled = true): void {
  const controller = useController();
  const dialogOpen = useLab((s) => s.shortcutsOpen);
  const setShortcutsOpen = useLab((s) => s.setShortcutsOpen);

  useEffect(() => {
    // Lecture mode has its own keys (a clicker's): see useLectureKeys.
    if (dialogOpen || !enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const target = event.target instanceof Element ? event.target : null;
      const command = commandFor(event, focusKindOf(target));
      if (command === null) return;
      event.preventDefault();
      if (command === 'toggle') controller.toggle();
      else if (command === 'step') controller.step();
      else if (command === 'stepBack') controller.stepBack();
      else if (command === 'previousOutcome') controller.jumpToOutcome(-1);
      else if (command === 'nextOutcome') controller.jumpToOutcome(1);
      else if (command === 'reset') controller.reset();
      else if (command === 'undo') controller.undo();
      else if (command === 'redo') controller.redo();
      else setShortcutsOpen(true);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [controller, dialogOpen, setShortcutsOpen, enabled]);
}
