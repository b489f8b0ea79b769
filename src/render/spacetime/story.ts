/**
 * What the space-time diagram tells, in time and nodes (no pixels yet): every hop of every
 * message, where messages waited and died, the states of the nodes and cables, the clients'
 * timeouts, the attempts a signal ended, and late responses. Read from the trace and the static
 * world only, never from live node objects (ShiViz's model stage; the pixels are layout.ts's
 * job).
 */

import type {
  Cause,
  DropReason,
  MessageInfo,
  Outcome,
  ProcessState,
  SignalledOutcome,
} from '../../sim/index.ts';

export type MessageKind = MessageInfo['kind'];
/** What the network sends back about a request: an RST (refused, reset) or an ICMP message. */
export type SignalKind = Extract<MessageKind, 'refused' | 'reset' | 'unreachable'>;

/**
 * The request number of a control message (a health check, its answer or refusal, a crash
 * notice): it belongs to no client request, so it is drawn apart and never named as one.
 */
export const CONTROL_REQUEST = 0;

export const isControl = (m: { request: number }): boolean => m.request === CONTROL_REQUEST;

/** One leg of a message: from one node to the next along a cable. */
export interface Hop {
  message: number;
  request: number;
  attempt: number;
  kind: MessageKind;
  /** Node indexes. */
  from: number;
  to: number;
  /** When it began to go out on the cable. */
  departUs: number;
  /** When it arrived or died on the way; null while it is still on its way. */
  endUs: number | null;
  /** Died on the way: at `fraction` (0…1) of the way from `from` to `to`. */
  diedAt: number | null;
  /** Died on arrival at `to` (a machine off, a server that refused it, a cut cable beyond). */
  diedOnArrival: boolean;
  /** The last leg of a response that reached its client after the client gave up. */
  late: boolean;
}

/** Time a message spent at a node: in a queue (a cable's or a server's), or being served. */
export interface Wait {
  message: number;
  request: number;
  attempt: number;
  kind: MessageKind;
  node: number;
  what: 'queue' | 'service';
  fromUs: number;
  /** null while it still waits. */
  toUs: number | null;
  /** It ended because the message died there. */
  died: boolean;
}

export interface Drop {
  message: number;
  request: number;
  attempt: number;
  kind: MessageKind;
  timeUs: number;
  reason: DropReason;
  /** Died at a node: its index; died on a cable: the hop it died on. */
  node: number | null;
  hop: Hop | null;
}

export type BandState = Exclude<ProcessState, 'running'> | 'overloaded';

/** A stretch of time a node was not simply running. */
export interface Band {
  node: number;
  state: BandState;
  fromUs: number;
  toUs: number | null;
}

/** A stretch of time one direction of a cable was cut or degraded. */
export interface CableBand {
  direction: number;
  state: 'cut' | 'degraded';
  fromUs: number;
  toUs: number | null;
}

export interface Send {
  message: number;
  request: number;
  attempt: number;
  client: number;
  /** The node the client sent it to (a server, or a load balancer). */
  server: number;
  timeUs: number;
  /** The server a load balancer passed it on to, once read; null when there was none. */
  backend: number | null;
}

/** A response or a signal reaching its client. */
export interface Receive {
  message: number;
  request: number;
  attempt: number;
  kind: MessageKind;
  /** The node that sent it: the server, or the machine or router that signalled. */
  source: number;
  client: number;
  timeUs: number;
  /** A response after the client gave up on its attempt. */
  late: boolean;
  /** A signal that ended its attempt (one after a timeout ends nothing: nobody listens). */
  ended: boolean;
}

export interface Timeout {
  request: number;
  attempt: number;
  client: number;
  sentUs: number;
  timeUs: number;
  cause: Cause | null;
}

/** An attempt a signal ended: the client knows which signal, and nothing more. */
export interface Failure {
  request: number;
  attempt: number;
  client: number;
  timeUs: number;
  outcome: SignalledOutcome;
  /** The signal that ended it, when it was read (not left out to keep the drawing bounded). */
  signal: Receive | null;
}

/** A load balancer's verdict on one health check of a backend (concepts.md C2). */
export interface CheckResult {
  balancer: number;
  backend: number;
  timeUs: number;
  passed: boolean;
}

/** A backend taken out of a balancer's rotation, or put back in. */
export interface RotationChange {
  balancer: number;
  backend: number;
  timeUs: number;
  inRotation: boolean;
}

/**
 * A poll of a balancer's link monitor (over its own management network: no message on our
 * cables): how many backend links it found down, and the backends it took out for it.
 */
export interface LinkPoll {
  balancer: number;
  timeUs: number;
  linksDown: number;
  takenOut: number[];
}

/** A replica that took the lead, stepped down, or followed a newer term (concepts.md C3). */
export interface RoleChange {
  node: number;
  timeUs: number;
  leader: boolean;
  term: number;
  /** What it was before, when known (null for a replica's first role in what was read). */
  wasLeader: boolean | null;
  /** Not a change of role: it stood for election in `term` (asked the others for votes). */
  stands?: boolean;
}

/** A write a storage took, or refused for its old fencing token (concepts.md G7). */
export interface StoreWrite {
  /** The write message (-1 when it was not read). */
  message: number;
  storage: number;
  writer: number;
  timeUs: number;
  token: number;
  accepted: boolean;
  /** The newest token the storage had taken before, when known (0 when none was read). */
  newest: number;
}

/**
 * A write a last-write-wins store dropped (concepts.md F9): stamped, by its writer's clock,
 * earlier than the newest it had kept, though it may have come later in true time.
 */
export interface LwwLoss {
  request: number;
  attempt: number;
  /** The store. */
  node: number;
  /** When the store handled it (its service ended). */
  timeUs: number;
  /** How much earlier its stamp was than the newest kept. */
  skewUs: number;
}

/** A clock set by its time server's answer (concepts.md F4): by how much, and the round trip. */
export interface Resend {
  request: number;
  attempt: number;
  kind: 'request' | 'response';
  timeUs: number;
}

export interface ClockSync {
  node: number;
  timeUs: number;
  /** How far the clock was set, in µs (negative: back). */
  correctionUs: number;
  roundTripUs: number;
  /** The question never left: the time server was out of reach (a `firewall` drop). */
  blocked?: boolean;
}

export interface RequestStory {
  request: number;
  client: number;
  server: number;
  sentUs: number;
  outcome: Outcome | null;
  endedUs: number | null;
  cause: Cause | null;
}

export interface Story {
  /**
   * The part of the trace read, in time: [readFromUs, readToUs]. What is still going on at
   * readToUs (a message on its way, a queue, a pause) is drawn up to there, open-ended.
   */
  readFromUs: number;
  readToUs: number;
  /** The end of what is known: the time of the last event known (or the cursor, if later). */
  knownUs: number;
  hops: Hop[];
  waits: Wait[];
  drops: Drop[];
  bands: Band[];
  cableBands: CableBand[];
  sends: Send[];
  receives: Receive[];
  timeouts: Timeout[];
  failures: Failure[];
  checks: CheckResult[];
  rotations: RotationChange[];
  linkPolls: LinkPoll[];
  roles: RoleChange[];
  storeWrites: StoreWrite[];
  lwwLosses: LwwLoss[];
  clockSyncs: ClockSync[];
  /** Copies a TCP-like transport sent again after a loss (not new sends: the attempt is one). */
  resends: Resend[];
  /** Each request message's stamp (its client's time of day at send), for an LWW store. */
  stamps: Map<number, number>;
  requests: Map<number, RequestStory>;
  /** Messages left out to keep the drawing bounded (see `maxHops`). */
  omittedMessages: number;
}

export const emptyStory = (): Story => ({
  readFromUs: 0,
  readToUs: 0,
  knownUs: 0,
  hops: [],
  waits: [],
  drops: [],
  bands: [],
  cableBands: [],
  sends: [],
  receives: [],
  timeouts: [],
  failures: [],
  checks: [],
  rotations: [],
  linkPolls: [],
  roles: [],
  storeWrites: [],
  lwwLosses: [],
  clockSyncs: [],
  resends: [],
  stamps: new Map(),
  requests: new Map(),
  omittedMessages: 0,
});
