/**
 * What the graph shows of each node and each direction of a cable, read from the simulation
 * when the lab's revision changes (never per frame), and the words that say it: on the node,
 * on the cable, and in their accessible names.
 *
 * While the truth is hidden (predict, then reveal), nodes and cables get the neutral looks
 * below instead: the bare topology, with nothing that tells what really happens, in the
 * drawing or in the names a screen reader hears.
 */

import type { LinkParams, NodeKind } from '../../scenario/types.ts';
import {
  timeOfDayUs,
  type DirectionState,
  type ProcessState,
  type Simulation,
} from '../../sim/index.ts';

export interface NodeLook {
  kind: NodeKind;
  process: ProcessState;
  /**
   * When a timed pause ends (virtual time); -1 when the pause lasts until resumed (or none).
   * The countdown to it is written every frame (useCountdownText), not on every revision.
   */
  pausedUntilUs: number;
  overloaded: boolean;
  /** Work waiting in a server's queue, and the room it has (0 for any other kind of node). */
  waiting: number;
  capacity: number;
  /**
   * What the node believes of its part, in words: a replica's `leader · term 2`, a load
   * balancer's `2 of 3 in rotation`; empty for other nodes.
   */
  role: string;
  /**
   * How far its time-of-day clock is from true time, in words (`clock +80.0 ms`); empty for a
   * perfect clock. It drifts continuously: read per revision, never per frame.
   */
  clock: string;
  /** A replica that believes it leads (paused or not): it wears a star. */
  leads: boolean;
  /** The truth is hidden: the look says nothing of the node's state. */
  hidden: boolean;
}

function roleWords(sim: Simulation, index: number): string {
  const state = sim.state.nodes[index]!;
  if (state.replica) return `${state.replica.role} · term ${state.replica.term}`;
  if (state.balancer) {
    const inRotation = state.balancer.backends.filter((b) => b.inRotation).length;
    return `${inRotation} of ${state.balancer.backends.length} in rotation`;
  }
  return '';
}

/** `clock +80.0 ms`, `clock −50.0 ms` (a true minus sign), or '' for a perfect clock. */
export function clockWords(offsetUs: number): string {
  const tenths = Math.round(offsetUs / 100);
  if (tenths === 0) return '';
  return `clock ${tenths > 0 ? '+' : '−'}${(Math.abs(tenths) / 10).toFixed(1)} ms`;
}

function clockOffsetUs(sim: Simulation, index: number): number {
  const clock = sim.state.nodes[index]!.clock;
  // A clock never set off true time: nothing to say (and no sum to do).
  if (clock.offsetUs === 0 && clock.driftPpm === 0) return 0;
  return timeOfDayUs(clock, sim.nowUs) - sim.nowUs;
}

export function nodeLook(sim: Simulation, index: number): NodeLook {
  const node = sim.world.nodes[index]!;
  const state = sim.state.nodes[index]!;
  const overload = state.overload;
  const capacity =
    node.kind !== 'server'
      ? 0
      : overload && overload.queueCapacity >= 0
        ? overload.queueCapacity
        : node.queueCapacity;
  return {
    kind: node.kind,
    process: state.process,
    pausedUntilUs: state.process === 'paused' ? state.pausedUntilUs : -1,
    overloaded: overload !== null,
    waiting: node.kind === 'server' ? state.queue.length : 0,
    capacity,
    role: roleWords(sim, index),
    clock: clockWords(clockOffsetUs(sim, index)),
    leads: state.replica?.role === 'leader',
    hidden: false,
  };
}

/** A node while the truth is hidden: its kind, and nothing of its state. */
export const hiddenNodeLook = (kind: NodeKind): NodeLook => ({
  kind,
  process: 'running',
  pausedUntilUs: -1,
  overloaded: false,
  waiting: 0,
  capacity: 0,
  role: '',
  clock: '',
  leads: false,
  hidden: true,
});

export const sameNodeLook = (a: NodeLook, b: NodeLook): boolean =>
  a.kind === b.kind &&
  a.process === b.process &&
  a.pausedUntilUs === b.pausedUntilUs &&
  a.overloaded === b.overloaded &&
  a.waiting === b.waiting &&
  a.capacity === b.capacity &&
  a.role === b.role &&
  a.clock === b.clock &&
  a.leads === b.leads &&
  a.hidden === b.hidden;

/** A short span of time left, as a countdown reads: `62 ms`, `1.4 s`, `12 s`. */
export function formatLeft(us: number): string {
  if (us >= 10_000_000) return `${Math.ceil(us / 1_000_000)} s`;
  if (us >= 1_000_000) return `${(Math.ceil(us / 100_000) / 10).toFixed(1)} s`;
  return `${Math.ceil(us / 1000)} ms`;
}

/** The process state in words, as the node's text and accessible name say it. */
export function nodeStateWords(look: NodeLook): string {
  // "off" alone is terse for a screen reader; the drawing has the power glyph to say "machine".
  const words = look.process === 'off' ? 'machine off' : look.process;
  return look.overloaded ? `${words}, overloaded` : words;
}

/**
 * What a node believes of its part, written under its label (`leader · term 2`, `2 of 3 in
 * rotation`), or nothing: hidden, or its process gone (a crashed process believes nothing). A
 * paused one keeps its belief, frozen: its trouble is written above it, first.
 */
export function nodeRoleText(look: NodeLook): string | null {
  if (look.hidden || !look.role) return null;
  return look.process === 'running' || look.process === 'paused' ? look.role : null;
}

/** Whether the node's part is a leader's: written after a star, in bold. */
/** The clock's offset written under the node, or nothing: hidden, or a perfect clock. */
export const nodeClockText = (look: NodeLook): string | null =>
  look.hidden || !look.clock ? null : look.clock;

export const showsLeader = (look: NodeLook): boolean => look.leads && nodeRoleText(look) !== null;

/** Whether the text above a node counts down (and so must be written again every frame). */
export const countsDown = (look: NodeLook): boolean =>
  !look.hidden && look.process === 'paused' && look.pausedUntilUs >= 0;

/**
 * The text written above a node at virtual time `nowUs`: its trouble, or nothing when it runs
 * normally or the truth is hidden (its part goes under its label: nodeRoleText).
 */
export function nodeStatusText(look: NodeLook, nowUs: number): string | null {
  if (look.hidden) return null;
  switch (look.process) {
    case 'paused':
      return look.pausedUntilUs >= 0
        ? `paused ${formatLeft(Math.max(0, look.pausedUntilUs - nowUs))}`
        : 'paused';
    case 'crashed':
    case 'off':
    case 'restarting':
      return look.process;
    case 'running':
      return look.overloaded ? 'overloaded' : null;
  }
}

/** The accessible name: the label first (the contract), then the state in words, or that it is hidden. */
export function nodeName(label: string, look: NodeLook): string {
  if (look.hidden) return `${label}, state hidden`;
  const role = look.role ? `, ${look.role}` : '';
  return `${label}, ${nodeStateWords(look)}${role}${look.clock ? `, ${look.clock}` : ''}`;
}

/** One direction of a cable as drawn. */
export interface LaneLook {
  up: boolean;
  degraded: boolean;
  /** What a degrade changed, written on the lane: `+300 ms · loss 20%`. */
  change: string;
}

export function laneLook(state: DirectionState, base: LinkParams): LaneLook {
  return {
    up: state.up,
    degraded: state.degraded,
    change: state.degraded ? degradeText(state.params, base) : '',
  };
}

/** A lane while the truth is hidden: a plain lane, whatever it really is. */
export const HIDDEN_LANE: LaneLook = { up: true, degraded: false, change: '' };

export const sameLaneLook = (a: LaneLook, b: LaneLook): boolean =>
  a.up === b.up && a.degraded === b.degraded && a.change === b.change;

const ms = (us: number): string => `${Number((us / 1000).toPrecision(3))} ms`;

function bandwidth(mbps: number): string {
  if (mbps >= 1000) return `${Number((mbps / 1000).toPrecision(3))} Gbit/s`;
  return `${Number(mbps.toPrecision(3))} Mbit/s`;
}

/** What differs from the cable's own parameters, shortest words first. */
export function degradeText(params: LinkParams, base: LinkParams): string {
  const parts: string[] = [];
  const latencyChangeUs = params.latencyUs - base.latencyUs;
  if (latencyChangeUs !== 0)
    parts.push(`${latencyChangeUs > 0 ? '+' : '−'}${ms(Math.abs(latencyChangeUs))}`);
  if (params.jitterUs !== base.jitterUs) parts.push(`jitter ±${ms(params.jitterUs)}`);
  if (params.lossPercent !== base.lossPercent) parts.push(`loss ${params.lossPercent}%`);
  if (params.bandwidthMbps !== base.bandwidthMbps) parts.push(bandwidth(params.bandwidthMbps));
  return parts.length > 0 ? parts.join(' · ') : 'degraded';
}

/** One direction in words, for the cable's description: `client to switch: cut`. */
export function laneWords(from: string, to: string, look: LaneLook): string {
  const state = !look.up ? 'cut' : look.degraded ? `degraded, ${look.change}` : 'up';
  return `${from} to ${to}: ${state}`;
}

/** A cable's description: both directions in words, or, hidden, nothing of their state. */
export function cableWords(
  a: string,
  b: string,
  forward: LaneLook,
  backward: LaneLook,
  hidden: boolean,
): string {
  if (hidden) return `between ${a} and ${b}; state hidden`;
  return `${laneWords(a, b, forward)}; ${laneWords(b, a, backward)}`;
}

/** The accessible name of a cable: `cable client–switch` (en dash), its ends in scenario order. */
export const cableName = (a: string, b: string): string => `cable ${a}–${b}`;
