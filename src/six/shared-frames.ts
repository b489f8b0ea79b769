/**
 * One animation frame for six labs. Each LabController asks its scheduler for frames and reads
 * its clock; handing all six this one scheduler makes them tick in the same frame, and with the
 * same clock reading, so six controllers given the same elapsed time advance by the same
 * virtual time to the microsecond.
 */

import type { FrameScheduler } from '../lab/controller.ts';

type Callback = (nowMs: number) => void;

export class SharedFrames implements FrameScheduler {
  private readonly base: FrameScheduler;
  private pending = new Map<number, Callback>();
  private nextHandle = 1;
  private baseFrame = -1;
  /** While set, `now()` answers this: every controller reads the same instant. */
  private frozenMs: number | null = null;
  /** Called once after every shared frame, when all six have ticked. */
  afterFrame: () => void = () => {};

  constructor(base: FrameScheduler) {
    this.base = base;
  }

  request(callback: Callback): number {
    const handle = this.nextHandle++;
    this.pending.set(handle, callback);
    if (this.baseFrame < 0) this.baseFrame = this.base.request(this.run);
    return handle;
  }

  cancel(handle: number): void {
    this.pending.delete(handle);
    if (this.pending.size === 0 && this.baseFrame >= 0) {
      this.base.cancel(this.baseFrame);
      this.baseFrame = -1;
    }
  }

  now(): number {
    return this.frozenMs ?? this.base.now();
  }

  /**
   * Run `action` (six plays, say) at one instant: a controller notes the wall clock when it
   * starts playing, and six readings microseconds apart would become six virtual times.
   */
  together(action: () => void): void {
    if (this.frozenMs !== null) return action();
    this.frozenMs = this.base.now();
    try {
      action();
    } finally {
      this.frozenMs = null;
    }
  }

  private readonly run = (nowMs: number): void => {
    this.baseFrame = -1;
    // Callbacks asked for during this frame belong to the next one.
    const batch = [...this.pending.values()];
    this.pending = new Map();
    this.frozenMs = nowMs;
    try {
      for (const callback of batch) callback(nowMs);
    } finally {
      this.frozenMs = null;
    }
    this.afterFrame();
  };
}
