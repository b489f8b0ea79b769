/**
 * The space-time diagram as plain shapes in pixels: what layout.ts produces from the trace and
 * what svg.ts and the React component draw. Every number is rounded to a tenth of a pixel, so
 * two scenes can be compared with `toEqual` and golden files stay stable.
 */

import type { NodeKind } from '../../scenario/types.ts';
import type { DropReason } from '../../sim/index.ts';
import type {
  SceneFailure,
  SceneLate,
  SceneLegendItem,
  SceneLwwLoss,
  SceneRequest,
  SceneSignalTag,
  SceneStamp,
  SceneTimeout,
} from './scene-marks.ts';
import type { SceneControl } from './scene-control.ts';
import type { BandState, MessageKind } from './story.ts';

export type * from './scene-marks.ts';
export type * from './scene-control.ts';

export type Orientation = 'time-across' | 'time-down';

/** Everything, or only what one client could see. */
export type DiagramView = 'omniscient' | { client: string };

export interface Point {
  x: number;
  y: number;
}

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Label {
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
}

export interface SceneLane {
  id: string;
  kind: NodeKind;
  line: Segment;
  title: Label;
}

export interface SceneTick {
  us: number;
  grid: Segment;
  label: Label;
}

/** A node not simply running: paused, crashed, off, restarting, or overloaded. */
export interface SceneBand {
  key: string;
  node: string;
  state: BandState;
  rect: Rect;
  /** Still so where what is known ends. */
  open: boolean;
  label: Label | null;
}

/** A cable cut or degraded, in the gap between its two nodes' lanes. */
export interface SceneCableBand {
  key: string;
  /** `switch → server`, or `switch – server` when both directions are alike. */
  cable: string;
  state: 'cut' | 'degraded';
  rect: Rect;
  open: boolean;
  label: Label | null;
}

/**
 * How an arrow ends: an arrowhead (it arrived), a drop mark (it died there), a late mark (a
 * response after the client gave up), open (still on its way where what is known ends), or
 * cut (it goes on beyond the edge of the window).
 */
export type ArrowEnd = 'head' | 'drop' | 'late' | 'open' | 'cut';

export interface SceneArrow {
  key: string;
  /** The message's id in the trace. */
  message: number;
  /** `r3` */
  request: string;
  kind: MessageKind;
  attempt: number;
  /** Node ids; `network` for what the client's view cannot see. */
  from: string;
  to: string;
  line: Segment;
  end: ArrowEnd;
}

/** Time a message spent at a node, drawn along the node's lane. */
export interface SceneWait {
  key: string;
  message: number;
  request: string;
  kind: MessageKind;
  what: 'queue' | 'service';
  node: string;
  line: Segment;
  open: boolean;
  died: boolean;
}

export interface SceneDrop {
  key: string;
  message: number;
  request: string;
  kind: MessageKind;
  reason: DropReason;
  at: Point;
  /** On a cable between two nodes, rather than at a node. */
  onWire: boolean;
}

export interface Scene {
  /** What the drawing shows, in words: the SVG's title. */
  title: string;
  widthPx: number;
  heightPx: number;
  orientation: Orientation;
  view: 'omniscient' | 'client';
  /** The client whose view this is (null for the omniscient view). */
  client: string | null;
  fromUs: number;
  toUs: number;
  cursorUs: number;
  /** The end of what is known (beyond the cursor after a seek back). */
  knownUs: number;
  /** Where time runs: lanes, arrows and the cursor stay inside it. */
  plot: Rect;
  lanes: SceneLane[];
  ticks: SceneTick[];
  bands: SceneBand[];
  cableBands: SceneCableBand[];
  waits: SceneWait[];
  arrows: SceneArrow[];
  drops: SceneDrop[];
  timeouts: SceneTimeout[];
  failures: SceneFailure[];
  signalTags: SceneSignalTag[];
  lates: SceneLate[];
  /** Writes a last-write-wins store dropped, and the writes' stamps (omniscient view only). */
  lwwLosses: SceneLwwLoss[];
  stamps: SceneStamp[];
  requests: SceneRequest[];
  /** The load balancers' own traffic and verdicts (omniscient view only). */
  control: SceneControl;
  /** In the client's view: the network, which it cannot see into. */
  fog: { rect: Rect; labels: Label[] } | null;
  /** The current time, when it is inside the window. */
  cursor: Segment | null;
  /** The known future, after the cursor: drawn lighter. */
  future: Rect | null;
  /** What each kind of mark in the drawing means. */
  legend: SceneLegendItem[];
  /** Messages not drawn, to keep the drawing bounded. */
  omittedMessages: number;
  /** Words about them (`120 messages not drawn`), or null. */
  omittedLabel: Label | null;
}
