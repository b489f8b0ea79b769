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
import { TraceReader } from './trace-reader.ts';

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
  private scenarioNow: Scenario;
  private presetIdNow: string | null;
  private seedNow: number;
  private speedNow = SPEED_DEFAULT;
  private playingNow = false;
  private recordedNow = 0;
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
    this.scenarioNow = scenario;
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
    let found = -1;
    if (direction < 0) {
      for (let i = trace.length - 1; i >= trace.firstIndex && found < 0; i--) {
        if (trace.typeOf(i) === 'outcome' && trace.timeOf(i) < now) found = trace.timeOf(i);
      }
    } else {
      for (let i = trace.length; i < trace.known && found < 0; i++) {
        if (trace.typeOf(i) === 'outcome' && trace.timeOf(i) > now) found = trace.timeOf(i);
      }
      // Not yet computed: run on until the next outcome, or the end.
      while (found < 0 && this.sim.nowUs < this.sim.endUs) {
        const from = trace.length;
        this.timeline.runUntil(this.sim.endUs, 1000);
        for (let i = from; i < trace.length && found < 0; i++) {
          if (trace.typeOf(i) === 'outcome' && trace.timeOf(i) > now) found = trace.timeOf(i);
        }
      }
    }
    if (found >= 0) this.seek(found);
  }

  /** Back to time 0 with the same scenario (what was done is in its schedule) and seed. */
  reset(): void {
    this.restart(this.scenarioNow, this.seedNow);
  }

  setSeed(seed: number): void {
    this.restart(this.scenarioNow, seed);
  }

  setSpeed(speed: number): void {
    this.speedNow = Math.min(SPEED_MAX, Math.max(SPEED_MIN, speed));
    this.changed();
  }

  /** Another scenario (a preset, a link), from the start and paused. */
  load(scenario: Scenario, presetId: string | null): void {
    this.presetIdNow = presetId;
    this.recordedNow = 0;
    this.history.clear();
    this.restart(scenario, scenario.seed);
  }

  /**
   * The scenario changed in the editor: run it again to the moment on screen (runs are
   * exact, so only what the edit changed looks different). Clicked actions become ordinary
   * entries of the schedule.
   */
  edit(scenario: Scenario): void {
    if (scenario === this.scenarioNow) return;
    this.history.record(this.version());
    this.become({ scenario, recorded: 0 });
  }

  undo(): void {
    const version = this.history.undo(this.version());
    if (version) this.become(version);
  }

  redo(): void {
    const version = this.history.redo(this.version());
    if (version) this.become(version);
  }

  /** Forget what the user did: the scenario's schedule without the recorded actions. */
  forgetRecorded(): void {
    this.history.record(this.version());
    const recorded = new Set(
      this.scenarioNow.schedule.slice(this.scenarioNow.schedule.length - this.recordedNow),
    );
    this.recordedNow = 0;
    this.restart(
      { ...this.scenarioNow, schedule: this.scenarioNow.schedule.filter((a) => !recorded.has(a)) },
      this.seedNow,
    );
  }

  /** Apply an action now, and record it in the scenario's schedule so a reset or link replays it. */
  apply(action: Action): ActionResult {
    const before = this.version();
    if (this.timeline.behind) this.forgetRecordedAfter(this.sim.nowUs);
    const result = this.timeline.apply(action);
    // An action that changed nothing (pausing a crashed server) is not worth replaying.
    if (result.applied) {
      this.history.record(before);
      const recorded = { ...action, atUs: this.sim.nowUs };
      this.scenarioNow = {
        ...this.scenarioNow,
        schedule: [...this.scenarioNow.schedule, recorded],
      };
      this.recordedNow++;
    }
    this.afterRun();
    this.changed();
    return result;
  }

  /** Keep nodes where the user put them; the scenario remembers them. One change for all. */
  placeNodes(places: ReadonlyMap<string, { x: number; y: number }>): void {
    this.history.record(this.version());
    const nodes = this.scenarioNow.nodes.map((n) => {
      const p = places.get(n.id);
      return p ? { ...n, x: Math.round(p.x), y: Math.round(p.y) } : n;
    });
    this.scenarioNow = { ...this.scenarioNow, nodes };
    this.changed();
  }

  destroy(): void {
    this.pause();
    this.frameListeners.clear();
    this.changeListeners.clear();
  }

  /**
   * Acting in the past changes history: what came after this moment is discarded, the
   * user's actions recorded after it included (the timeline forgets its own part).
   */
  private forgetRecordedAfter(nowUs: number): void {
    const schedule = this.scenarioNow.schedule;
    const firstRecorded = schedule.length - this.recordedNow;
    const kept = schedule.filter((a, i) => i < firstRecorded || a.atUs <= nowUs);
    this.recordedNow -= schedule.length - kept.length;
    this.scenarioNow = { ...this.scenarioNow, schedule: kept };
  }

  private version(): Version {
    return { scenario: this.scenarioNow, recorded: this.recordedNow };
  }

  /** Another version of the same scenario, at the same moment. */
  private become(version: Version): void {
    const atUs = this.sim.nowUs;
    this.recordedNow = version.recorded;
    this.restart(version.scenario, this.seedNow);
    if (atUs > 0) this.seek(atUs);
  }

  /** After a seek back: the reader starts over and reads up to the cursor. */
  private reread(): void {
    this.reader = new TraceReader(this.sim);
    this.afterRun();
    this.changed();
  }

  private restart(scenario: Scenario, seed: number): void {
    this.pause();
    this.scenarioNow = scenario;
    this.seedNow = seed;
    this.timeline = new Timeline(scenario, { seed });
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
      scenario: this.scenarioNow,
      presetId: this.presetIdNow,
      seed: this.seedNow,
      playing: this.playingNow,
      speed: this.speedNow,
      nowUs: this.sim.nowUs,
      endUs: this.sim.endUs,
      ended: this.sim.nowUs >= this.sim.endUs,
      recorded: this.recordedNow,
      horizonUs: Math.max(this.timeline.horizonUs, this.sim.nowUs),
      run: this.run,
      traceFull: this.sim.trace.truncated,
      requestsCapped: this.sim.state.requests.length >= LIMITS.requests,
      canUndo: this.history.canUndo,
      canRedo: this.history.canRedo,
    };
  }
}

/** The browser's frames and clock. */
export const browserScheduler: FrameScheduler = {
  request: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
  now: () => performance.now(),
};
