import { describe, expect, it } from 'vitest';
import { commandFor, focusKindOf, type KeyPress } from './shortcut-keys.ts';

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  repeat: false,
  ...extra,
});

const element = (tagName: string, attributes: Record<string, string> = {}) => ({
  tagName,
  getAttribute: (name: string) => attributes[name] ?? null,
});

describe('commandFor', () => {
  it('maps the four shortcuts', () => {
    expect(commandFor(press(' '), 'other')).toBe('toggle');
    expect(commandFor(press('ArrowRight'), 'other')).toBe('step');
    expect(commandFor(press('r'), 'other')).toBe('reset');
    expect(commandFor(press('R'), 'other')).toBe('reset');
    expect(commandFor(press('?'), 'other')).toBe('shortcuts');
    expect(commandFor(press('x'), 'other')).toBeNull();
  });

  it('steps back with ←, and jumps between outcomes with Shift and an arrow', () => {
    expect(commandFor(press('ArrowLeft'), 'other')).toBe('stepBack');
    expect(commandFor(press('ArrowLeft', { shiftKey: true }), 'other')).toBe('previousOutcome');
    expect(commandFor(press('ArrowRight', { shiftKey: true }), 'other')).toBe('nextOutcome');
    expect(commandFor(press('ArrowLeft'), 'field')).toBeNull();
  });

  it('leaves Space to a focused button, but still steps and resets from there', () => {
    expect(commandFor(press(' '), 'control')).toBeNull();
    expect(commandFor(press('ArrowRight'), 'control')).toBe('step');
    expect(commandFor(press('r'), 'control')).toBe('reset');
  });

  it('undoes with Ctrl+Z (or Cmd+Z) and redoes with Shift, except in a field', () => {
    expect(commandFor(press('z', { ctrlKey: true }), 'other')).toBe('undo');
    expect(commandFor(press('Z', { metaKey: true, shiftKey: true }), 'control')).toBe('redo');
    expect(commandFor(press('z', { ctrlKey: true }), 'field')).toBeNull();
    expect(commandFor(press('z', { ctrlKey: true, altKey: true }), 'other')).toBeNull();
    expect(commandFor(press('z'), 'other')).toBeNull();
  });

  it('leaves every key to a field being typed in', () => {
    for (const key of [' ', 'ArrowRight', 'r', '?'])
      expect(commandFor(press(key), 'field')).toBeNull();
  });

  it('never takes a chord from the browser (Ctrl+R reloads)', () => {
    expect(commandFor(press('r', { ctrlKey: true }), 'other')).toBeNull();
    expect(commandFor(press('ArrowRight', { metaKey: true }), 'other')).toBeNull();
    expect(commandFor(press(' ', { altKey: true }), 'other')).toBeNull();
  });

  it('does not flicker play and pause while Space is held, but steps on while → is', () => {
    expect(commandFor(press(' ', { repeat: true }), 'other')).toBeNull();
    expect(commandFor(press('ArrowRight', { repeat: true }), 'other')).toBe('step');
  });
});

describe('focusKindOf', () => {
  it('tells fields, controls and the rest apart', () => {
    expect(focusKindOf(element('input'))).toBe('field');
    expect(focusKindOf(element('SELECT'))).toBe('field');
    expect(focusKindOf(element('TEXTAREA'))).toBe('field');
    expect(focusKindOf(element('DIV', { role: 'slider' }))).toBe('field');
    expect(focusKindOf({ ...element('DIV'), isContentEditable: true })).toBe('field');
    expect(focusKindOf(element('BUTTON'))).toBe('control');
    expect(focusKindOf(element('g', { role: 'button' }))).toBe('control');
    expect(focusKindOf(element('A'))).toBe('control');
    expect(focusKindOf(element('BODY'))).toBe('other');
    expect(focusKindOf(null)).toBe('other');
  });

  it('lets Space play from a button whose action does not apply now', () => {
    const disabled = element('BUTTON', { 'aria-disabled': 'true' });
    expect(focusKindOf(disabled)).toBe('other');
    expect(commandFor(press(' '), focusKindOf(disabled))).toBe('toggle');
    // Enter is not a shortcut: the button keeps it, to say why it does not apply.
    expect(commandFor(press('Enter'), focusKindOf(disabled))).toBeNull();
    expect(focusKindOf(element('BUTTON', { 'aria-disabled': 'false' }))).toBe('control');
  });
});
