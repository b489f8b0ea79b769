/**
 * What the lab's controller shows React, and the frames it runs on (injected, so tests can
 * drive frames by hand).
 */

import type { Scenario } from '../scenario/types.ts';

/** requestAnimationFrame and a clock, injected so tests can drive frames by hand. */
export interface FrameScheduler {
  request(callback: (nowMs: number) => void): number;
  cancel(handle: number): void;
  now(): number;
}

/** What React shows of the controller; a new object after every change. */
export interface LabView {
  revision: number;
  scenario: Scenario;
  presetId: string | null;
  seed: number;
  playing: boolean;
  speed: number;
  nowUs: number;
  endUs: number;
  ended: boolean;
  /** Actions the user took, now part of the scenario's schedule. */
  recorded: number;
  /** How far the run has been computed: beyond `nowUs` after a seek back. */
  horizonUs: number;
  /** Bumped by every reset, new seed or new scenario: a fresh run from time 0. */
  run: number;
  /** The trace stopped recording at its cap: the log and panels stop there, the run goes on. */
  traceFull: boolean;
  /** The run has started as many requests as it may (LIMITS.requests); no more are sent. */
  requestsCapped: boolean;
  canUndo: boolean;
  canRedo: boolean;
}

/** The browser's frames and clock. */
export const browserScheduler: FrameScheduler = {
  request: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
  now: () => performance.now(),
};
