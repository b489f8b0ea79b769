/**
 * A seekable history: a simulation with snapshots taken every `snapshotEvery` events as it
 * runs into new time, so it can go back to any moment (a time, or an exact event count) by
 * restoring the nearest earlier snapshot and replaying at most that many events. Seeking is
 * exact: the state at time t is the state of a straight run to t. The trace keeps what was
 * already computed beyond the cursor, so the future stays on show after a seek back.
 */

import type { Action, Scenario, ScheduledAction } from '../scenario/types.ts';
import type { ActionResult } from './actions.ts';
import {
  createSimulation,
  type Simulation,
  type SimulationOptions,
  type Snapshot,
} from './simulation.ts';

/** A snapshot every 10,000 events: replaying that many takes a few milliseconds. */
export const SNAPSHOT_EVERY_EVENTS = 10_000;

export interface TimelineOptions extends SimulationOptions {
  snapshotEvery?: number;
}

interface Mark {
  events: number;
  nowUs: number;
  snapshot: Snapshot;
}

export class Timeline {
  readonly sim: Simulation;
  private marks: Mark[] = [];
  /**
   * Actions taken live, in order, with their times. A replay from an earlier snapshot applies
   * each again where it was taken (after every event of its microsecond): the state's own
   * `liveActions` says how many it has already.
   */
  private readonly actions: ScheduledAction[] = [];
  private readonly every: number;
  /** The furthest point computed so far, in events and in virtual time. */
  horizonEvents = 0;
  horizonUs = 0;

  constructor(scenario: Scenario, options: TimelineOptions = {}) {
    this.sim = createSimulation(scenario, options);
    this.every = Math.max(1, options.snapshotEvery ?? SNAPSHOT_EVERY_EVENTS);
    this.mark();
  }

  get events(): number {
    return this.sim.state.eventsProcessed;
  }

  /** Whether the cursor is behind the furthest point computed (a seek went back). */
  get behind(): boolean {
    return this.events < this.horizonEvents || this.sim.nowUs < this.horizonUs;
  }

  /** Run every event up to `timeUs` (at most `maxEvents`), taking snapshots in new time. */
  runUntil(timeUs: number, maxEvents = Infinity): number {
    let done = 0;
    for (;;) {
      const action = this.pendingAction();
      const stopUs = action && action.atUs <= timeUs ? action.atUs : timeUs;
      done += this.runEvents(stopUs, maxEvents - done);
      const unfinished = (this.sim.nextEventUs() ?? Infinity) <= stopUs;
      if (unfinished || !action || action.atUs > timeUs) break;
      this.sim.apply(withoutTime(action));
    }
    return done;
  }

  /** Run exactly one event (applying first a live action due before it). */
  step(): boolean {
    this.applyDue(this.sim.nextEventUs() ?? Infinity);
    const stepped = this.sim.step();
    this.afterRun();
    return stepped;
  }

  /**
   * Take an action now. What came after this moment in the known history is discarded (later
   * actions, snapshots and the horizon), because the action changes it.
   */
  apply(action: Action): ActionResult {
    this.actions.length = this.sim.state.liveActions.length;
    this.marks = this.marks.filter((m) => m.events <= this.events && m.nowUs <= this.sim.nowUs);
    this.horizonEvents = this.events;
    this.horizonUs = this.sim.nowUs;
    const result = this.sim.apply(action);
    this.actions.push(this.sim.state.liveActions[this.sim.state.liveActions.length - 1]!);
    return result;
  }

  private pendingAction(): ScheduledAction | undefined {
    return this.actions[this.sim.state.liveActions.length];
  }

  /** Apply the live actions taken before `beforeUs` that this state has not had yet. */
  private applyDue(beforeUs: number): void {
    for (let a = this.pendingAction(); a && a.atUs < beforeUs; a = this.pendingAction()) {
      this.sim.runUntil(a.atUs);
      this.sim.apply(withoutTime(a));
    }
  }

  /** Events up to `timeUs`, at most `maxEvents`, stopping at each snapshot point. */
  private runEvents(timeUs: number, maxEvents: number): number {
    let done = 0;
    while (done < maxEvents) {
      const next = this.sim.nextEventUs();
      if (next === null || next > timeUs) {
        // Nothing left to run before timeUs: just move the clock there.
        this.sim.runUntil(timeUs);
        break;
      }
      const untilMark = this.nextMarkAt() - this.events;
      const ran = this.sim.runUntil(timeUs, Math.min(maxEvents - done, Math.max(1, untilMark)));
      done += ran;
      this.afterRun();
      if (ran === 0) break;
    }
    this.afterRun();
    return done;
  }

  /** The state after every event up to and including `timeUs`. */
  seekTime(timeUs: number): void {
    const mark = this.lastMark((m) => m.nowUs <= timeUs);
    // Back in time, or a snapshot nearer than the cursor: start from the snapshot.
    if (timeUs < this.sim.nowUs || mark.events > this.events) this.sim.restore(mark.snapshot);
    this.runUntil(timeUs);
  }

  /** The state after exactly `events` events (fewer when nothing is left to run). */
  seekEvent(events: number): void {
    const mark = this.lastMark((m) => m.events <= events);
    if (events < this.events || mark.events > this.events) this.sim.restore(mark.snapshot);
    while (this.events < events && this.step());
  }

  /** One event back. */
  stepBack(): void {
    if (this.events > 0) this.seekEvent(this.events - 1);
  }

  /** Snapshots taken so far: when, and the snapshot. */
  get snapshots(): readonly { events: number; nowUs: number; snapshot: Snapshot }[] {
    return this.marks;
  }

  private nextMarkAt(): number {
    const last = this.marks[this.marks.length - 1]!.events;
    return this.events < last ? Infinity : last + this.every;
  }

  private lastMark(fits: (m: Mark) => boolean): Mark {
    let lo = 0;
    let hi = this.marks.length - 1;
    // Marks are in order of events and of time: binary search for the last that fits.
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (fits(this.marks[mid]!)) lo = mid;
      else hi = mid - 1;
    }
    return this.marks[lo]!;
  }

  /** In new time, note the horizon and take a snapshot every `every` events. */
  private afterRun(): void {
    if (this.events >= this.horizonEvents) {
      this.horizonEvents = this.events;
      this.horizonUs = Math.max(this.horizonUs, this.sim.nowUs);
      const last = this.marks[this.marks.length - 1]!;
      if (this.events - last.events >= this.every) this.mark();
    }
  }

  private mark(): void {
    this.marks.push({ events: this.events, nowUs: this.sim.nowUs, snapshot: this.sim.snapshot() });
  }
}

const withoutTime = ({ atUs: _, ...action }: ScheduledAction): Action => action as Action;
