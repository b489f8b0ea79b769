/**
 * One clock for six labs. The six controllers share one frame scheduler (SharedFrames), so
 * they play in the same frames from the same instant; every other move (step, seek, reset,
 * jump) is made by seeking all six to one time. After each frame the clock checks they agree,
 * and brings them back together if one ever fell behind (a frame's event budget, say).
 *
 * Playing stops once at the moment the featured request (r3) ends, the moment the six worlds
 * are there to show, so a class can guess before anything else happens.
 */

import type { LabController } from '../lab/controller.ts';
import { featuredEndUs } from './featured.ts';
import type { SharedFrames } from './shared-frames.ts';
import { Signal } from './signal.ts';

/** What React shows of the shared playback; a new object when any of it changes. */
export interface ClockView {
  playing: boolean;
  speed: number;
  endUs: number;
  ended: boolean;
  /** Bumped by every change in any world (for what is recomputed from all six). */
  revision: number;
}

export class LockstepClock {
  readonly worlds: readonly LabController[];
  private readonly frames: SharedFrames;
  /** The time seen after the last frame or move: playing stops when it crosses r3's end. */
  private lastSeenUs = 0;
  private revision = 0;
  private viewNow: ClockView;
  private readonly frame = new Signal();
  private readonly change = new Signal();

  constructor(worlds: readonly LabController[], frames: SharedFrames) {
    this.worlds = worlds;
    this.frames = frames;
    this.viewNow = this.makeView();
    frames.afterFrame = () => this.afterFrame();
    for (const world of worlds) world.onChange(() => this.changed());
  }

  get nowUs(): number {
    return this.worlds[0]!.sim.nowUs;
  }

  /** Each world's virtual time: always all the same. */
  times(): number[] {
    return this.worlds.map((w) => w.sim.nowUs);
  }

  view(): ClockView {
    return this.viewNow;
  }

  /** Called after every frame and every move, for what follows the clock outside React. */
  onFrame(listener: () => void): () => void {
    return this.frame.add(listener);
  }

  /** Called when anything React shows may have changed in any world. */
  onChange(listener: () => void): () => void {
    return this.change.add(listener);
  }

  play(): void {
    this.frames.together(() => this.worlds.forEach((w) => w.play()));
    this.moved();
  }

  pause(): void {
    this.worlds.forEach((w) => w.pause());
  }

  toggle(): void {
    if (this.viewNow.playing) this.pause();
    else this.play();
  }

  /** To the next event in any of the worlds (a step of one world's events, six in step). */
  step(): void {
    const next = this.worlds.map((w) => w.sim.nextEventUs()).filter((t): t is number => t !== null);
    this.seek(next.length > 0 ? Math.min(...next) : this.viewNow.endUs);
  }

  seek(timeUs: number): void {
    this.worlds.forEach((w) => w.seek(timeUs));
    this.moved();
  }

  reset(): void {
    this.worlds.forEach((w) => w.reset());
    this.moved();
  }

  setSpeed(speed: number): void {
    this.worlds.forEach((w) => w.setSpeed(speed));
  }

  /** To the next (+1) or previous (-1) moment a request ended in any world. */
  jump(direction: -1 | 1): void {
    const fromUs = this.nowUs;
    const found = this.worlds
      .map((w) => {
        w.jumpToOutcome(direction);
        return w.sim.nowUs;
      })
      .filter((t) => t !== fromUs);
    if (found.length === 0) this.seek(direction > 0 ? fromUs : 0);
    else this.seek(direction > 0 ? Math.min(...found) : Math.max(...found));
  }

  /** When r3 first ended in any world, or null while it has not. */
  featuredEndUs(): number | null {
    const ends = this.worlds.map((w) => featuredEndUs(w.sim)).filter((t) => t !== null);
    return ends.length > 0 ? Math.min(...ends) : null;
  }

  private afterFrame(): void {
    this.realign();
    const stopUs = this.featuredEndUs();
    if (this.viewNow.playing && stopUs !== null && stopUs > this.lastSeenUs) {
      if (stopUs <= this.nowUs) this.seek(stopUs);
    }
    this.moved();
  }

  /** Should a world ever differ, all go back to the earliest time (playing on if they were). */
  private realign(): void {
    const times = this.times();
    const earliestUs = Math.min(...times);
    if (times.every((t) => t === earliestUs)) return;
    const playing = this.viewNow.playing;
    this.worlds.forEach((w) => w.seek(earliestUs));
    if (playing) this.play();
  }

  private moved(): void {
    this.lastSeenUs = this.nowUs;
    this.frame.emit();
  }

  private changed(): void {
    this.revision++;
    this.viewNow = this.makeView();
    this.change.emit();
  }

  private makeView(): ClockView {
    const views = this.worlds.map((w) => w.view());
    return {
      playing: views.some((v) => v.playing),
      speed: views[0]!.speed,
      endUs: Math.min(...views.map((v) => v.endUs)),
      ended: views.every((v) => v.ended),
      revision: this.revision,
    };
  }
}
