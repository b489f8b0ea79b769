import { useEffect, useState } from 'react';
import { lectureCommandFor, type LectureCommand } from './lecture-keys.ts';

type Handlers = Partial<Record<Exclude<LectureCommand, 'blank'>, () => void>>;

/**
 * Lecture mode's keys on the whole page (not while typing in a field, nor with a dialog open).
 * Returns whether the screen is blanked (B): any key then brings it back and does nothing else.
 */
export function useLectureKeys(enabled: boolean, handlers: Handlers): boolean {
  const [blank, setBlank] = useState(false);
  // Entering lecture mode by its button leaves the focus there, and the clicker's Space or Enter
  // would press it again: let go of the focus so the keys are lecture mode's.
  useEffect(() => {
    const focused = document.activeElement;
    if (enabled && focused instanceof HTMLElement && focused.closest('button, a')) focused.blur();
  }, [enabled]);
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable], dialog[open]')) return;
      if (blank) {
        event.preventDefault();
        setBlank(false);
        return;
      }
      const modifiers = event.ctrlKey || event.metaKey || event.altKey;
      const command = lectureCommandFor(event.key, modifiers);
      // Space and Enter on a focused button press that button, as everywhere.
      if (
        (event.key === ' ' || event.key === 'Enter') &&
        target?.closest('button, a, [role=button]')
      )
        return;
      if (command === null) return;
      if (command === 'blank') {
        event.preventDefault();
        setBlank(true);
        return;
      }
      const handler = handlers[command];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled, blank, handlers]);
  return blank;
}
