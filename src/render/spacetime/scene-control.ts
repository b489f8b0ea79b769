/**
 * The scene's marks of the traffic that belongs to no request: the load balancers' (concepts.md
 * C2: health checks, their answers and refusals, crash notices, the checks that failed, the
 * link monitor's polls and the backends taken out of rotation or put back) and a replicated
 * service's (C3, G7: heartbeats, writes with their tokens, changes of role, stale writes taken
 * or refused); and the clocks set by their time server (F4). Drawn apart, under the requests, never a request's group. See scene.ts.
 */

import type { Label, Point, SceneArrow, SceneDrop, SceneWait, Segment } from './scene.ts';

/** A hop of a control message: as a request's arrow, without a request. */
export type ControlArrow = Omit<SceneArrow, 'request'>;
export type ControlWait = Omit<SceneWait, 'request'>;
export type ControlDrop = Omit<SceneDrop, 'request'>;

/** A health check the balancer counted as failed (no answer in time, or an RST), on its lane. */
export interface SceneCheckFailure {
  key: string;
  /** Node ids. */
  balancer: string;
  backend: string;
  at: Point;
  /** `server 2 check failed`, where there is room. */
  label: Label | null;
}

/** A backend taken out of the balancer's rotation, or put back: a bar across its lane. */
export interface SceneRotation {
  key: string;
  balancer: string;
  backend: string;
  inRotation: boolean;
  bar: Segment;
  /** `server 2 out of rotation`, `server 2 back in rotation`. */
  label: Label | null;
}

/**
 * A poll of a balancer's link monitor, on its lane: it travels the management network, not our
 * cables, so it is a mark and not an arrow. Its words, when it took a backend out, are the
 * rotation's (`link monitor: server 2’s link down, out of rotation`), said once.
 */
export interface SceneLinkPoll {
  key: string;
  balancer: string;
  at: Point;
  /** Backend links it found down (taken out now, or already out). */
  linksDown: number;
  /** Node ids of the backends it took out of rotation. */
  takenOut: string[];
}

/** `notice`, written beside a crash notice's arrow where it leaves the server. */
export interface SceneControlTag {
  key: string;
  message: number;
  label: Label;
}

/** A replica's change of role or term: a bar across its lane, with words. */
export interface SceneRole {
  key: string;
  node: string;
  leader: boolean;
  term: number;
  /** It led and now follows. */
  stepsDown: boolean;
  bar: Segment;
  /** `replica b leads, term 2`, `replica a steps down, term 2`, `replica c follows term 2`. */
  label: Label | null;
}

/**
 * A write with a token older than one the storage had taken, on the storage's lane: taken (two
 * leaders have written) or refused (fenced).
 */
export interface SceneStoreMark {
  key: string;
  /** Node ids. */
  storage: string;
  writer: string;
  token: number;
  /** The newest token the storage had taken before (0: none known). */
  newest: number;
  accepted: boolean;
  at: Point;
  /** A refused write's fence across the lane. */
  bar: Segment;
  /** `two leaders: took token 1 after 2`, `refused token 1 (newest 2)`. */
  label: Label | null;
}

/** A write's token (`t2`), beside its arrow where it reaches the storage. */
export interface SceneToken {
  key: string;
  message: number;
  token: number;
  /** Older than one the storage had taken: drawn in the danger colour. */
  stale: boolean;
  label: Label;
}

/** A clock set by its time server's answer, on its node's lane: a small clock face, with words. */
export interface SceneClockSync {
  key: string;
  node: string;
  /** µs; negative: set back. */
  correctionUs: number;
  at: Point;
  /** `clock set back 80.9 ms`; null for a small one beside the first (or where there is no room). */
  label: Label | null;
  /** The time request was blocked: no face (the ✕ of its drop is there), only the words. */
  blocked: boolean;
}

export interface SceneControl {
  arrows: ControlArrow[];
  waits: ControlWait[];
  drops: ControlDrop[];
  checkFailures: SceneCheckFailure[];
  rotations: SceneRotation[];
  linkPolls: SceneLinkPoll[];
  tags: SceneControlTag[];
  roles: SceneRole[];
  storeMarks: SceneStoreMark[];
  tokens: SceneToken[];
  clockSyncs: SceneClockSync[];
}

export const emptyControl = (): SceneControl => ({
  arrows: [],
  waits: [],
  drops: [],
  checkFailures: [],
  rotations: [],
  linkPolls: [],
  tags: [],
  roles: [],
  storeMarks: [],
  tokens: [],
  clockSyncs: [],
});
