/**
 * The lab's engine, outside React: it owns the simulation, runs it against the wall clock at
 * the chosen speed, applies what the user does at the current virtual time (and records it in
 * the scenario's schedule), and tells two kinds of listener what changed:
 * - frame listeners, every animation frame, for motion drawn without React (the canvas);
 * - change listeners, at most ten times a second while playing (and at once after an action),
 *   for everything React renders.
 */

import { LIMITS } from '../scenario/limits.ts';
import type { Action, Scenario } from '../scenario/types.ts';
import { Timeline, type ActionResult, type Simulation } from '../sim/index.ts';
import { SPEED_DEFAULT, SPEED_MAX, SPEED_MIN } from './speed.ts';
import { EditHistory, type Version } from './edit-history.ts';
import { nextOutcomeUs, previousOutcomeUs } from './outcome-moments.ts';
import { forgetRecordedAfter, withAction, withoutRecorded, withPlaces } from './versions.ts';
import { TraceReader } from './trace-reader.ts';
import type { FrameScheduler, LabView } from './lab-view.ts';

export { browserScheduler } from './lab-view.ts';
export type { FrameScheduler, LabView } from './lab-view.ts';

/** No frame may take longer than this much simulation: a burst is spread over frames. */
const EVENTS_PER_FRAME = 50_000;
/** A long gap between frames (a hidden tab, a debugger) is not played back in one jump. */
const LONGEST_FRAME_MS = 250;
const CHANGE_INTERVAL_MS = 100;

export class LabController {
  /** The run's seekable history; `sim` is its simulation, positioned at the cursor. */
  timeline: Timeline;
  sim: Simulation;
  reader: TraceReader;
  /** The scenario as the user has changed it, and how many of its actions they clicked. */
  private versionNow: Version;
  private presetIdNow: string | null;
  private seedNow: number;
  private speedNow = SPEED_DEFAULT;
  private playingNow = false;
  private revision = 0;
  private run = 0;
  private frame = -1;
  private lastWallMs = 0;
  private lastChangeMs = -Infinity;
  private pendingChange = false;
  private viewNow: LabView;
  private readonly frameListeners = new Set<() => void>();
  private readonly changeListeners = new Set<() => void>();
  private readonly scheduler: FrameScheduler;
  private readonly history = new EditHistory();

  constructor(scenario: Scenario, presetId: string | null, scheduler: FrameScheduler) {
    this.scheduler = scheduler;
    this.versionNow = { scenario, recorded: 0 };
    this.presetIdNow = presetId;
    this.seedNow = scenario.seed;
    this.timeline = new Timeline(scenario);
    this.sim = this.timeline.sim;
    this.reader = new TraceReader(this.sim);
    this.viewNow = this.makeView();
  }

  view(): LabView {
    return this.viewNow;
  }

  onFrame(listener: () => void): () => void {
    this.frameListeners.add(listener);
    return () => this.frameListeners.delete(listener);
  }

  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  play(): void {
    if (this.playingNow) return;
    if (this.viewNow.ended) this.reset();
    this.playingNow = true;
    this.lastWallMs = this.scheduler.now();
    this.frame = this.scheduler.request(this.tick);
    this.changed();
  }

  pause(): void {
    if (!this.playingNow) return;
    this.playingNow = false;
    this.scheduler.cancel(this.frame);
    this.changed();
  }

  toggle(): void {
    if (this.playingNow) this.pause();
    else this.play();
  }

  /** Run exactly one event, paused. */
  step(): void {
    this.pause();
    if (this.sim.nowUs >= this.sim.endUs) return;
    this.timeline.step();
    this.afterRun();
    this.changed();
  }

  /** One event back, paused. */
  stepBack(): void {
    this.pause();
    this.timeline.stepBack();
    this.reread();
  }

  /** Go to any moment of the run, paused: the state there is that of a straight run to it. */
  seek(timeUs: number): void {
    this.pause();
    const target = Math.min(this.sim.endUs, Math.max(0, Math.round(timeUs)));
    const back = target < this.sim.nowUs;
    this.timeline.seekTime(target);
    if (back) this.reread();
    else {
      this.afterRun();
      this.changed();
    }
  }

  /** Jump to the previous (-1) or next (+1) moment a request ended, as far as it is known. */
  jumpToOutcome(direction: -1 | 1): void {
    const trace = this.sim.trace;
    const now = this.sim.nowUs;
    if (direction < 0) {
      const found = previousOutcomeUs(trace, now);
      if (found >= 0) this.seek(found);
      return;
    }
    let found = nextOutcomeUs(trace, now, trace.length, trace.known);
    // Not yet computed: run on until the next outcome, or the end.
    while (found < 0 && this.sim.nowUs < this.sim.endUs) {
      const from = trace.length;
      this.timeline.runUntil(this.sim.endUs, 1000);
      found = nextOutcomeUs(trace, now, from, trace.length);
    }
    if (found >= 0) this.seek(found);
  }

  /** Back to time 0 with the same scenario (what was done is in its schedule) and seed. */
  reset(): void {
    this.restart(this.versionNow, this.seedNow);
  }

  setSeed(seed: number): void {
    this.restart(this.versionNow, seed);
  }

  setSpeed(speed: number): void {
    this.speedNow = Math.min(SPEED_MAX, Math.max(SPEED_MIN, speed));
    this.changed();
  }

  /** Another scenario (a preset, a link), from the start and paused. */
  load(scenario: Scenario, presetId: string | null): void {
    this.presetIdNow = presetId;
    this.history.clear();
    this.restart({ scenario, recorded: 0 }, scenario.seed);
  }

  /**
   * The scenario changed in the editor: run it again to the moment on screen (runs are
   * exact, so only what the edit changed looks different). Clicked actions become ordinary
   * entries of the schedule.
   */
  edit(scenario: Scenario): void {
    if (scenario === this.versionNow.scenario) return;
    this.history.record(this.versionNow);
    this.become({ scenario, recorded: 0 });
  }

  undo(): void {
    const version = this.history.undo(this.versionNow);
    if (version) this.become(version);
  }

  redo(): void {
    const version = this.history.redo(this.versionNow);
    if (version) this.become(version);
  }

  /** Forget what the user did: the scenario's schedule without the recorded actions. */
  forgetRecorded(): void {
    this.history.record(this.versionNow);
    this.restart(withoutRecorded(this.versionNow), this.seedNow);
  }

  /** Apply an action now, and record it in the scenario's schedule so a reset or link replays it. */
  apply(action: Action): ActionResult {
    const before = this.versionNow;
    const nowUs = this.sim.nowUs;
    if (this.timeline.behind) this.versionNow = forgetRecordedAfter(before, nowUs);
    const result = this.timeline.apply(action);
    // An action that changed nothing (pausing a crashed server) is not worth replaying.
    if (result.applied) {
      this.history.record(before);
      this.versionNow = withAction(this.versionNow, action, nowUs);
    }
    this.afterRun();
    this.changed();
    return result;
  }

  /** Keep nodes where the user put them; the scenario remembers them. One change for all. */
  placeNodes(places: ReadonlyMap<string, { x: number; y: number }>): void {
    this.history.record(this.versionNow);
    this.versionNow = withPlaces(this.versionNow, places);
    this.changed();
  }

  destroy(): void {
    this.pause();
    this.frameListeners.clear();
    this.changeListeners.clear();
  }

  /** Another version of the same scenario, at the same moment. */
  private become(version: Version): void {
    const atUs = this.sim.nowUs;
    this.restart(version, this.seedNow);
    if (atUs > 0) this.seek(atUs);
  }

  /** After a seek back: the reader starts over and reads up to the cursor. */
  private reread(): void {
    this.reader = new TraceReader(this.sim);
    this.afterRun();
    this.changed();
  }

  private restart(version: Version, seed: number): void {
    this.pause();
    this.versionNow = version;
    this.seedNow = seed;
    this.timeline = new Timeline(version.scenario, { seed });
    this.sim = this.timeline.sim;
    this.reader = new TraceReader(this.sim);
    this.run++;
    this.afterRun();
    this.changed();
  }

  private readonly tick = (nowMs: number): void => {
    if (!this.playingNow) return;
    const elapsedMs = Math.min(LONGEST_FRAME_MS, Math.max(0, nowMs - this.lastWallMs));
    this.lastWallMs = nowMs;
    const targetUs = Math.min(
      this.sim.endUs,
      this.sim.nowUs + Math.round(elapsedMs * 1000 * this.speedNow),
    );
    this.timeline.runUntil(targetUs, EVENTS_PER_FRAME);
    const changed = this.afterRun();
    if (this.sim.nowUs >= this.sim.endUs) {
      this.playingNow = false;
      this.changed();
      return;
    }
    if (changed) this.pendingChange = true;
    if (this.pendingChange && nowMs - this.lastChangeMs >= CHANGE_INTERVAL_MS) this.changed();
    this.frame = this.scheduler.request(this.tick);
  };

  /** Read new trace events and redraw the motion; true when React has something new to show. */
  private afterRun(): boolean {
    const changed = this.reader.update();
    for (const listener of this.frameListeners) listener();
    return changed;
  }

  private changed(): void {
    this.pendingChange = false;
    this.lastChangeMs = this.scheduler.now();
    this.revision++;
    this.viewNow = this.makeView();
    for (const listener of this.changeListeners) listener();
  }

  private makeView(): LabView {
    return {
      revision: this.revision,
      scenario: this.versionNow.scenario,
      presetId: this.presetIdNow,
      seed: this.seedNow,
      playing: this.playingNow,
      speed: this.speedNow,
      nowUs: this.sim.nowUs,
      endUs: this.sim.endUs,
      ended: this.sim.nowUs >= this.sim.endUs,
      recorded: this.versionNow.recorded,
      horizonUs: Math.max(this.timeline.horizonUs, this.sim.nowUs),
      run: this.run,
      traceFull: this.sim.trace.truncated,
      requestsCapped: this.sim.state.requests.length >= LIMITS.requests,
      canUndo: this.history.canUndo,
      canRedo: this.history.canRedo,
    };
  }
}
