/**
 * Reading the bands of the story: the stretches of time a node was not simply running (or was
 * overloaded) and a cable direction was cut or degraded. A band still open when the reading
 * stops has no end (`toUs` null).
 *
 * Reading starts a little before the window, not at the run's start, so a process paused or
 * crashed long before would show nothing until it came back (a paused leader, for seconds).
 * The faults that stop a process are data, the actions applied (a handful, held whole): from
 * them each process's state where reading starts is known, and its band opened there.
 */

import { PROCESS_STATES, type Trace, type World } from '../../sim/index.ts';
import type { Band, BandState, CableBand, Story } from './story.ts';

/** A process stopped by an action: since when, and until when if that is known in advance. */
interface Stopped {
  state: BandState;
  fromUs: number;
  untilUs: number;
}

export class BandReader {
  private readonly nodeBands = new Map<number, Band>();
  private readonly overloadBands = new Map<number, Band>();
  private readonly cableBands = new Map<number, CableBand>();
  private readonly story: Story;

  constructor(story: Story) {
    this.story = story;
  }

  /** Open the band of each process an action had stopped before `atUs`, and not started again. */
  seedFromActions(trace: Trace, world: World, atUs: number): void {
    const stopped = new Map<number, Stopped>();
    for (let i = 0; i < trace.actionCount; i++) {
      const action = trace.actions[i];
      // Actions at `atUs` or after are read with their rows; a restarting process ends when it
      // is up again, which no action says: its band waits for its rows.
      if (!action || action.atUs >= atUs || !('node' in action)) continue;
      const node = world.index.get(action.node);
      if (node === undefined) continue;
      const at = action.atUs;
      if (action.kind === 'pause') {
        const untilUs = action.durationUs === undefined ? Infinity : at + action.durationUs;
        stopped.set(node, { state: 'paused', fromUs: at, untilUs });
      } else if (action.kind === 'crash' || action.kind === 'power-off') {
        const state = action.kind === 'crash' ? 'crashed' : 'off';
        stopped.set(node, { state, fromUs: at, untilUs: Infinity });
      } else if (action.kind === 'resume' || action.kind === 'restart') stopped.delete(node);
    }
    for (const [node, { state, fromUs, untilUs }] of stopped) {
      if (untilUs <= atUs) continue;
      switchBand(
        this.nodeBands,
        node,
        fromUs,
        { node, state, fromUs, toUs: null },
        this.story.bands,
      );
    }
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
