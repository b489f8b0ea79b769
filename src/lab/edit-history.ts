/**
 * Undo and redo for everything a user does to a scenario: an edit in the editor, a fault
 * clicked, a node dragged. Each entry is a whole scenario (they share everything unchanged,
 * so a long history costs little); opening another scenario starts a new history, since Back
 * and Forward already move between scenarios.
 */

import type { Scenario } from '../scenario/types.ts';

export interface Version {
  scenario: Scenario;
  /** How many actions at the end of the schedule were clicked (see LabController). */
  recorded: number;
}

/** Enough for an afternoon of building; the oldest steps go first. */
const MOST_STEPS = 200;

export class EditHistory {
  private past: Version[] = [];
  private future: Version[] = [];

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /** The version before a change: undo returns to it. A new change forgets what was undone. */
  record(before: Version): void {
    this.past.push(before);
    if (this.past.length > MOST_STEPS) this.past.shift();
    this.future = [];
  }

  undo(current: Version): Version | null {
    const version = this.past.pop();
    if (version) this.future.push(current);
    return version ?? null;
  }

  redo(current: Version): Version | null {
    const version = this.future.pop();
    if (version) this.past.push(current);
    return version ?? null;
  }

  clear(): void {
    this.past = [];
    this.future = [];
  }
}
