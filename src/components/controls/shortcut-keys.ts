/**
 * Which key does what, decided without the DOM so the rules are tested: Space plays and
 * pauses, → steps and ← steps back (with Shift: to the next or previous outcome), R resets, ?
 * lists the shortcuts. A key that a focused control needs for
 * itself (typing in a field, Space on a button, arrows on a slider) is left to that control.
 */

export type ShortcutCommand =
  | 'toggle'
  | 'step'
  | 'stepBack'
  | 'previousOutcome'
  | 'nextOutcome'
  | 'reset'
  | 'shortcuts'
  | 'undo'
  | 'redo';

/** The key as the keyboard event gives it. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey?: boolean;
  repeat: boolean;
}

/**
 * Where the focus is: `field` takes every key (inputs, selects, text areas, editable text);
 * `control` takes Space and Enter (buttons, links, role=button such as the graph's nodes);
 * `other` takes none. A button marked aria-disabled (an action that does not apply now, such as
 * `Cut cable` just after cutting, where the focus stays) is `other`: Space plays and pauses
 * from there, and Enter, not a shortcut, still makes it say why it does not apply.
 */
export type FocusKind = 'field' | 'control' | 'other';

/** One list, for the dialog that shows the shortcuts and for the handler alike. */
export const SHORTCUTS: readonly { keys: string[]; label: string; does: string }[] = [
  { keys: ['Space'], label: 'Space', does: 'Play or pause' },
  { keys: ['→'], label: 'Right arrow', does: 'Step: run the next event' },
  { keys: ['←'], label: 'Left arrow', does: 'Step back: undo the last event' },
  {
    keys: ['Shift', '←'],
    label: 'Shift and left arrow',
    does: 'Back to the previous moment a request ended',
  },
  {
    keys: ['Shift', '→'],
    label: 'Shift and right arrow',
    does: 'On to the next moment a request ends',
  },
  { keys: ['R'], label: 'R', does: 'Reset: back to 0 s, same seed' },
  { keys: ['Ctrl', 'Z'], label: 'Control and Z', does: 'Undo the last change to the scenario' },
  {
    keys: ['Ctrl', 'Shift', 'Z'],
    label: 'Control, Shift and Z',
    does: 'Redo what was undone',
  },
  { keys: ['?'], label: 'Question mark', does: 'Show these shortcuts' },
  { keys: ['Esc'], label: 'Escape', does: 'Close this list' },
  { keys: ['Tab'], label: 'Tab', does: 'Move to the next control, node or cable' },
  { keys: ['Enter'], label: 'Enter', does: 'Select the focused node or cable' },
];

export function commandFor(press: KeyPress, focus: FocusKind): ShortcutCommand | null {
  if (focus === 'field') return null;
  // Undo and redo are the one chord taken (outside fields, whose own undo stays theirs).
  if ((press.ctrlKey || press.metaKey) && !press.altKey && press.key.toLowerCase() === 'z') {
    return press.shiftKey ? 'redo' : 'undo';
  }
  // Ctrl+R reloads and Cmd+→ moves the cursor: never take another chord from the browser.
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  switch (press.key) {
    case ' ':
    case 'Spacebar':
      return focus === 'control' || press.repeat ? null : 'toggle';
    case 'ArrowRight':
      return press.shiftKey ? 'nextOutcome' : 'step';
    case 'ArrowLeft':
      return press.shiftKey ? 'previousOutcome' : 'stepBack';
    case 'r':
    case 'R':
      return press.repeat ? null : 'reset';
    case '?':
      return press.repeat ? null : 'shortcuts';
    default:
      return null;
  }
}

/** The focus kind of an element (duck-typed, so tests need no DOM). */
export interface FocusTarget {
  tagName: string;
  isContentEditable?: boolean;
  getAttribute(name: string): string | null;
}

const CONTROL_ROLES = new Set([
  'button',
  'link',
  'checkbox',
  'radio',
  'switch',
  'menuitem',
  'tab',
  'option',
]);
const FIELD_ROLES = new Set([
  'textbox',
  'slider',
  'spinbutton',
  'combobox',
  'listbox',
  'searchbox',
]);

export function focusKindOf(target: FocusTarget | null): FocusKind {
  if (!target) return 'other';
  const tag = target.tagName.toUpperCase();
  const role = target.getAttribute('role');
  if (target.isContentEditable) return 'field';
  if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') return 'field';
  if (role && FIELD_ROLES.has(role)) return 'field';
  if (target.getAttribute('aria-disabled') === 'true') return 'other';
  if (tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY') return 'control';
  if (role && CONTROL_ROLES.has(role)) return 'control';
  return 'other';
}
