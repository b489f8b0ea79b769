/**
 * Reading the bands of the story: the stretches of time a node was not simply running (or was
 * overloaded) and a cable direction was cut or degraded. A band still open when the reading
 * stops has no end (`toUs` null).
 */

import { PROCESS_STATES } from '../../sim/index.ts';
import type { Band, CableBand, Story } from './story.ts';

export class BandReader {
  private readonly nodeBands = new Map<number, Band>();
  private readonly overloadBands = new Map<number, Band>();
  private readonly cableBands = new Map<number, CableBand>();
  private readonly story: Story;

  constructor(story: Story) {
    this.story = story;
  }

  onNodeState(node: number, code: number, t: number): void {
    const state = PROCESS_STATES[code];
    const next = !state || state === 'running' ? null : { node, state, fromUs: t, toUs: null };
    switchBand(this.nodeBands, node, t, next, this.story.bands);
  }

  onOverload(node: number, on: boolean, t: number): void {
    const next: Band | null = on ? { node, state: 'overloaded', fromUs: t, toUs: null } : null;
    switchBand(this.overloadBands, node, t, next, this.story.bands);
  }

  onCableState(direction: number, code: number, t: number): void {
    const state = code === 1 ? 'cut' : 'degraded';
    const next: CableBand | null = code === 0 ? null : { direction, state, fromUs: t, toUs: null };
    switchBand(this.cableBands, direction, t, next, this.story.cableBands);
  }
}

/** End the band open under `key` at `t`, and open `next` (if any) in its place. */
function switchBand<B extends { toUs: number | null }>(
  open: Map<number, B>,
  key: number,
  t: number,
  next: B | null,
  all: B[],
): void {
  const before = open.get(key);
  if (before) before.toUs = t;
  open.delete(key);
  if (!next) return;
  open.set(key, next);
  all.push(next);
}
