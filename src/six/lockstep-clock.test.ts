import { describe, expect, it } from 'vitest';
import type { FrameScheduler } from '../lab/controller.ts';
import { SIX_CAUSES } from '../scenario/presets/index.ts';
import { featuredEndUs } from './featured.ts';
import { createSixWorlds } from './six-worlds.ts';

/** Frames by hand: `advance(ms)` moves the wall clock and runs the frame asked for, if any. */
class FakeFrames implements FrameScheduler {
  wallMs = 1000;
  requests = 0;
  private callbacks = new Map<number, (nowMs: number) => void>();
  private next = 1;
  request(callback: (nowMs: number) => void): number {
    this.requests++;
    this.callbacks.set(this.next, callback);
    return this.next++;
  }
  cancel(handle: number): void {
    this.callbacks.delete(handle);
  }
  now(): number {
    return this.wallMs;
  }
  advance(ms: number): void {
    this.wallMs += ms;
    const due = [...this.callbacks.values()];
    this.callbacks.clear();
    for (const callback of due) callback(this.wallMs);
  }
}

function sixWorlds() {
  const frames = new FakeFrames();
  const { clock, worlds } = createSixWorlds(SIX_CAUSES, frames, 'dark');
  return { frames, clock, worlds };
}

/** Frame lengths as a browser gives them: uneven, with a stall now and then. */
const FRAME_MS = [16.7, 16.6, 33.4, 8.1, 250, 16.7, 1000, 4.2];

describe('the lockstep clock', () => {
  it('keeps the six worlds at the same virtual time, frame after frame', () => {
    const { frames, clock } = sixWorlds();
    clock.setSpeed(0.2);
    clock.play();
    for (let i = 0; i < 40; i++) {
      frames.advance(FRAME_MS[i % FRAME_MS.length]!);
      expect(new Set(clock.times()).size).toBe(1);
    }
    expect(clock.nowUs).toBeGreaterThan(0);
  });

  it('asks the browser for one frame for all six, not six', () => {
    const { frames, clock } = sixWorlds();
    clock.play();
    expect(frames.requests).toBe(1);
    frames.advance(16);
    expect(frames.requests).toBe(2);
  });

  it('stops playing once at the moment r3 times out, then plays on to the end', () => {
    const { frames, clock, worlds } = sixWorlds();
    clock.setSpeed(1);
    clock.play();
    while (clock.view().playing) frames.advance(16.7);
    expect(clock.nowUs).toBe(600_000);
    for (const w of worlds) expect(featuredEndUs(w.controller.sim)).toBe(600_000);
    clock.play();
    while (clock.view().playing) frames.advance(16.7);
    expect(clock.view().ended).toBe(true);
    expect(new Set(clock.times()).size).toBe(1);
  });

  it('steps, seeks, jumps and resets all six together', () => {
    const { clock } = sixWorlds();
    const equal = () => expect(new Set(clock.times()).size).toBe(1);
    for (let i = 0; i < 25; i++) {
      clock.step();
      equal();
    }
    expect(clock.nowUs).toBeGreaterThan(0);
    clock.seek(1_234_567);
    equal();
    expect(clock.nowUs).toBe(1_234_567);
    clock.seek(321_000);
    equal();
    // r2 ended before 321 ms: the next moment a request ends is r3's timeout, in all six.
    clock.jump(1);
    equal();
    expect(clock.nowUs).toBe(600_000);
    clock.jump(1);
    equal();
    expect(clock.nowUs).toBeGreaterThan(600_000);
    clock.jump(-1);
    clock.jump(-1);
    equal();
    expect(clock.nowUs).toBeLessThan(600_000);
    clock.reset();
    equal();
    expect(clock.nowUs).toBe(0);
  });

  it('brings a world that fell behind back into step, and plays on', () => {
    const { frames, clock, worlds } = sixWorlds();
    clock.play();
    frames.advance(500);
    worlds[3]!.controller.seek(1000);
    worlds[3]!.controller.play();
    frames.advance(16);
    expect(new Set(clock.times()).size).toBe(1);
    expect(clock.view().playing).toBe(true);
  });
});
