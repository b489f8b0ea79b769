/**
 * The scene's marks that say what happened to requests (the clients' timeouts and signalled
 * failures, signals' tags, late responses, each request's group) and the legend: see scene.ts.
 */

import type { Cause, SignalledOutcome } from '../../sim/index.ts';
import type { Label, Point, Segment } from './scene.ts';
import type { SignalKind } from './story.ts';

export interface SceneTimeout {
  key: string;
  request: string;
  attempt: number;
  at: Point;
  /** The mark across the client's lane. */
  bar: Segment;
  /** The bracket from the attempt's send to the timeout, beside the lane. */
  join: Segment | null;
  /** Only in the omniscient view: the client cannot know it. */
  cause: Cause | null;
  label: Label | null;
  /** The cause in words, under the label (omniscient view only). */
  causeLabel: Label | null;
}

/** An attempt a signal ended, marked on the client's lane like a timeout, in words. */
export interface SceneFailure {
  key: string;
  request: string;
  attempt: number;
  outcome: SignalledOutcome;
  at: Point;
  bar: Segment;
  /** Only in the omniscient view: the client knows the signal, not what lay behind it. */
  cause: Cause | null;
  /** `connection reset` */
  label: Label | null;
  causeLabel: Label | null;
}

/** What a signal is (`RST`, `ICMP`), written beside its arrow where it leaves its sender. */
export interface SceneSignalTag {
  key: string;
  message: number;
  request: string;
  /** A signal's, or `resent` on a copy a TCP-like transport sent again after a loss. */
  kind: SignalKind | 'resent';
  label: Label;
}

export interface SceneLate {
  key: string;
  request: string;
  at: Point;
  label: Label | null;
}

/**
 * A write a last-write-wins store dropped (concepts.md F9), on the store's lane where it handled
 * it: `dropped: stamped 20 ms earlier`. Omniscient view only: its client was told ok.
 */
export interface SceneLwwLoss {
  key: string;
  request: string;
  attempt: number;
  /** The store's node id. */
  node: string;
  skewUs: number;
  at: Point;
  label: Label | null;
}

/** A write's stamp, its client's clock at send (`stamp 80 ms`), beside its arrow's start. */
export interface SceneStamp {
  key: string;
  message: number;
  request: string;
  stampUs: number;
  /** The stamp is older than the newest the store kept: the write was dropped. */
  lost: boolean;
  label: Label;
}

export interface SceneRequest {
  /** `r3` */
  id: string;
  number: number;
  /** What happened to it, in words: the accessible name of its group of shapes. */
  name: string;
  /** Its id beside its first send, when there is room. */
  label: Label | null;
}

/** What a kind of mark means: drawn as a sample beside its words. */
export type LegendKind =
  | 'request'
  | 'response'
  | 'signal'
  | 'check'
  | 'notice'
  | 'link-poll'
  | 'heartbeat'
  | 'write'
  | 'sync'
  | 'fenced'
  | 'lww-lost'
  | 'queue'
  | 'service'
  | 'drop'
  | 'band'
  | 'cable'
  | 'timeout'
  | 'late'
  | 'future';

export interface SceneLegendItem {
  kind: LegendKind;
  /** Where the sample starts; the words follow it. */
  at: Point;
  text: string;
}
