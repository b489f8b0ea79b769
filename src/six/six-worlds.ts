/**
 * The six worlds: one lab (controller and store) per cause preset, all driven by one
 * LockstepClock. Built once per page, outside React, so the clock is tested without it.
 */

import { LabController, type FrameScheduler } from '../lab/controller.ts';
import type { Preset } from '../scenario/presets/base.ts';
import type { Cause } from '../sim/index.ts';
import {
  createLabStore,
  type LabPreferences,
  type LabStore,
  type Theme,
} from '../store/lab-store.ts';
import { LockstepClock } from './lockstep-clock.ts';
import { SharedFrames } from './shared-frames.ts';

export interface World {
  /** 1 to 6, as the room calls it: "World 3". */
  number: number;
  presetId: string;
  /** The cause its r3 times out for: said only once the truth is revealed. */
  cause: Cause;
  controller: LabController;
  store: LabStore;
}

export interface SixWorlds {
  worlds: readonly World[];
  clock: LockstepClock;
}

export function createSixWorlds(
  presets: readonly Preset[],
  scheduler: FrameScheduler,
  theme: Theme,
  /** Where World 1 saves the theme when it changes (it holds the page's setting). */
  saveTheme?: (preferences: LabPreferences) => void,
): SixWorlds {
  const frames = new SharedFrames(scheduler);
  const worlds = presets.map((preset, i): World => {
    const controller = new LabController(preset.scenario, preset.id, frames);
    // The truth starts hidden, and a reset hides it again, so the room can guess anew.
    const store = createLabStore(
      controller,
      { theme, revealByDefault: false },
      i === 0 ? saveTheme : undefined,
    );
    const cause = preset.featured?.cause;
    if (!cause) throw new Error(`Preset ${preset.id} names no cause for its featured request`);
    return { number: i + 1, presetId: preset.id, cause, controller, store };
  });
  const clock = new LockstepClock(
    worlds.map((w) => w.controller),
    frames,
  );
  return { worlds, clock };
}

/** Show or hide the truth in all six at once: the page has one switch for all. */
export function setRevealedAll(worlds: readonly World[], revealed: boolean): void {
  for (const world of worlds) world.store.getState().setRevealed(revealed);
}
