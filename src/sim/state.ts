/**
 * The live state of a simulation: plain data that changes as events run. Snapshots copy it;
 * the static world (world.ts) and the append-only trace (trace.ts) are kept apart.
 *
 * Request records are copied on write (see records.ts), so a snapshot shares them and copies
 * only the array that holds them.
 */

import type { LinkParams, ScheduledAction, WorkloadSettings } from '../scenario/types.ts';
import { copyEventQueue, createEventQueue, type EventQueue } from './event-queue.ts';
import { copyRng, createRng, type RngState } from './prng.ts';
import type { Cause, Outcome, ProcessState } from './vocabulary.ts';
import type { World } from './world.ts';
import {
  copyPhiDetector,
  createPhiDetector,
  type PhiDetectorState,
  type PhiOptions,
} from './detect/phi.ts';
import type { ReplicaNode } from '../scenario/types.ts';

/**
 * A follower's detector learns from heartbeats that come every heartbeatUs: it starts from that
 * guess, allows no extra pause (a replica wants to notice quickly), and never trusts a spread
 * below a fifth of the interval, so a steady network does not make it jumpy.
 */
export function phiOptions(node: ReplicaNode): Partial<PhiOptions> {
  return {
    model: 'normal',
    threshold: node.phiThreshold ?? 8,
    maxSampleSize: 100,
    minStdDeviationUs: Math.max(1, Math.round(node.heartbeatUs / 5)),
    acceptableHeartbeatPauseUs: 0,
    firstHeartbeatEstimateUs: node.heartbeatUs,
  };
}

/**
 * A request, its response, or a signal about a request that the network sent back to its client:
 * `refused` and `reset` are TCP RSTs from the server's operating system (no process listened; the
 * process died with the request), `unreachable` an ICMP destination unreachable from a router.
 */
export type MessageKind = 'request' | 'response' | SignalKind | ControlKind;
export type SignalKind = 'refused' | 'reset' | 'unreachable';
/**
 * Messages between machines that belong to no client request (their `request` is 0): a load
 * balancer's health check and its answer, and a crash-notification script's notice.
 */
export type ControlKind =
  | 'ntp'
  | 'ntp-reply'
  | 'check'
  | 'check-ok'
  | 'notice'
  | 'heartbeat'
  | 'stale'
  | 'write'
  | 'write-ok'
  | 'write-refused'
  | 'vote-request'
  | 'vote';

/** What is known about a message when it is sent; never changes. */
export interface MessageInfo {
  id: number;
  kind: MessageKind;
  /** Request id (1, 2, …; 0 for a control message) and attempt number (0 for the first try; a health check's number). */
  request: number;
  attempt: number;
  source: number;
  target: number;
  bytes: number;
  sentAtUs: number;
  /** For a request to a last-write-wins store: its client's time-of-day clock when sent. */
  stampUs?: number;
  /** A copy the transport sent again because the one before was lost: its number (1, 2, …). */
  retransmission?: number;
}

/**
 * Where an attempt stands, from the omniscient point of view. The cause of a timeout is read
 * from it at the moment the timeout fires (see causes.ts).
 */
export type AttemptPhase =
  | 'request in network'
  | 'request lost'
  | 'request refused'
  | 'at server'
  | 'in service'
  | 'response in network'
  | 'response lost'
  | 'response received';

export type RequestStatus = 'outstanding' | Outcome;

/** The signal sent back about an attempt, if any: none, on its way, lost, or received. */
export type SignalPhase = 'none' | 'in network' | 'lost' | 'received';

export interface AttemptRecord {
  sentAtUs: number;
  deadlineUs: number;
  /** The attempt's request message, and its response once the server answered (else -1). */
  requestMessage: number;
  responseMessage: number;
  phase: AttemptPhase;
  /** An RST or ICMP message about this attempt (its id in `signalMessage`, else -1). */
  signal: SignalPhase;
  signalMessage: number;
  /** The server a load balancer passed it to, or -1. */
  backend: number;
  /** Circuit-switched cables this attempt holds a slot on (a call), until it ends. */
  circuits: number[];
  status: RequestStatus;
  cause: Cause | null;
}

export interface RequestRecord {
  id: number;
  workload: number;
  client: number;
  server: number;
  sentAtUs: number;
  status: RequestStatus;
  cause: Cause | null;
  endedAtUs: number;
  attempts: AttemptRecord[];
  /** How many times the server's handler did the work (its side effect). */
  processedCount: number;
  processedAfterTimeout: boolean;
  lateResponse: boolean;
}

/** Work for a server's worker: a request message, or a job from an overload (`info` null). */
export interface QueueEntry {
  info: MessageInfo | null;
  sinceUs: number;
}

export interface WorkerState {
  entry: QueueEntry | null;
  doneAtUs: number;
  /** Service left when the process was paused; -1 while it runs. */
  remainingUs: number;
  /** Bumped whenever a scheduled completion must be forgotten. */
  epoch: number;
}

export interface OverloadState {
  intervalUs: number;
  serviceUs: number;
  queueCapacity: number;
  untilUs: number;
}

export interface NodeState {
  process: ProcessState;
  /** Bumped by crash, power off and restart, so an earlier boot timer is ignored. */
  epoch: number;
  /** Bumped by each pause and resume, so an earlier automatic resume is ignored. */
  pauseEpoch: number;
  pausedAtUs: number;
  pausedUntilUs: number;
  queue: QueueEntry[];
  workers: WorkerState[];
  /** The server's counter: how many times its handler did the work. */
  processed: number;
  /** Request ids seen with an idempotency key. */
  seenKeys: Record<number, true>;
  overload: OverloadState | null;
  overloadEpoch: number;
  /** Shallow health checks that came while the process was paused: answered when it resumes. */
  heldChecks: MessageInfo[];
  /** A load balancer's view of its backends; null for any other node. */
  balancer: BalancerState | null;
  /** A replica's role and term; null for any other node. */
  replica: ReplicaState | null;
  /** As storage: the highest fencing token it has accepted (0: none yet). */
  maxToken: number;
  /** As a last-write-wins store: the newest timestamp it has kept (-Infinity: none yet). */
  newestStampUs: number;
  clock: ClockState;
}

/** A machine's clocks (see clocks.ts): readings are derived from true time and these. */
export interface ClockState {
  offsetUs: number;
  driftPpm: number;
  /** When the current drift rate began. */
  sinceUs: number;
  /** What drift has added to the monotonic clock before the current rate began. */
  monotonicDriftUs: number;
  /** The time request awaited (its number, or -1) and the monotonic clock when it left. */
  syncSeq: number;
  syncSentMonoUs: number;
  /** When the clock was last set by a time server (-1: never), and by how much. */
  lastSyncUs: number;
  lastCorrectionUs: number;
  /** Until when the time server cannot be reached (-1: it can; MAX_SAFE_INTEGER: for good). */
  syncBlockedUntilUs: number;
}

/** What a replica believes: whether it leads, and in which term. */
export interface ReplicaState {
  role: 'leader' | 'follower';
  term: number;
  /** When it last heard a heartbeat of its term (a follower), or -1. */
  heardUs: number;
  /** Bumped to forget a planned election, heartbeat or write. */
  electionEpoch: number;
  leaderEpoch: number;
  /** A heartbeat or write that fell due while the process was paused: done when it resumes. */
  heartbeatDue: boolean;
  writeDue: boolean;
  /** A follower's phi-accrual detector, when the replica uses one (else null). */
  phi: PhiDetectorState | null;
  /** A leader's lease ends at this reading of its own monotonic clock (-1: no lease). */
  leaseUntilUs: number;
  /** The newest term it gave its vote in (once a term, to itself when it stands), or 0. */
  votedTerm: number;
  /** The term it last stood for election in, and the votes it has for it (its own included). */
  candidateTerm: number;
  votes: number;
}

/** What a load balancer believes about one backend, from its health checks. */
export interface BackendHealth {
  inRotation: boolean;
  failStreak: number;
  okStreak: number;
  /** The number of the check it awaits, or -1. */
  checkSeq: number;
}

export interface BalancerState {
  /** Round robin: the backend slot to try first for the next request. */
  next: number;
  backends: BackendHealth[];
  /** Health checks sent so far (numbers them). */
  checks: number;
  /** The link monitor's last poll (-1: none yet), and how many backend links it found down. */
  lastPollUs: number;
  linksDown: number;
}

/** A message on the wire: when it left the sending end and when it arrives (or dies, if lost). */
export interface WireMessage {
  id: number;
  departUs: number;
  arriveUs: number;
  lost: boolean;
}

export interface DirectionState {
  up: boolean;
  degraded: boolean;
  params: LinkParams;
  /** Messages waiting to be transmitted, oldest first. */
  queue: number[];
  /** The message being transmitted, or -1, and when its transmission began and ends. */
  sending: number;
  sendingSinceUs: number;
  sendingUntilUs: number;
  /** Messages on the wire, each never changed once put there. */
  inFlight: WireMessage[];
  /** A cable is first in, first out: nothing arrives before what was sent earlier. */
  lastArrivalUs: number;
  /** Bumped when the message being transmitted is dropped, so its completion is ignored. */
  sendEpoch: number;
  /** Bumped when the wire is cleared by a cut, so arrivals on it are ignored. */
  wireEpoch: number;
  /** A circuit's calls in progress (kept on the cable's first direction, 2c). */
  slotsBusy: number;
}

/** One stream per subsystem, so a change in one does not reshuffle the draws of the others. */
/** A workload's settings now (they can change during a run), and what it has sent. */
export interface WorkloadState extends WorkloadSettings {
  sent: number;
  /** Bumped when the sending pattern changes, so the send planned under the old one is ignored. */
  sendEpoch: number;
  /** Retries saved up under the workload's retry budget (see requests.ts). */
  retryTokens: number;
}

export interface RngStreams {
  /** Jitter and loss on cables. */
  network: RngState;
  /** Poisson gaps between requests. */
  workload: RngState;
  /** Service times. */
  service: RngState;
  /** Faults drawn at random; scheduled faults draw nothing yet. */
  faults: RngState;
  /** Jittered waits before retries. */
  retry: RngState;
  /** Randomised election timeouts. */
  election: RngState;
}

export interface SimState {
  nowUs: number;
  events: EventQueue;
  rng: RngStreams;
  nodes: NodeState[];
  directions: DirectionState[];
  /** Messages not yet delivered or dropped. */
  messages: Map<number, MessageInfo>;
  /** Lost requests and answers whose sender will send them again (see transport.ts), by id. */
  resends: Map<number, MessageInfo>;
  /** `requests[id - 1]`. */
  requests: RequestRecord[];
  /**
   * How many requests, from the first, are settled: ended, with nothing of theirs left
   * anywhere, so nothing will ever change them (see records.ts). Snapshots share those.
   */
  settledRequests: number;
  /**
   * The settled requests as slices that never change, one per snapshot that found new ones:
   * snapshots share the slices instead of copying every request they hold.
   */
  settledChunks: RequestRecord[][];
  workloads: WorkloadState[];
  nextMessageId: number;
  /** Actions applied through the API, in order, with the time they were applied. */
  liveActions: ScheduledAction[];
  eventsProcessed: number;
}

/** Retries a budget can save up: a burst of failures may use these at once, and no more. */
export const RETRY_BUDGET_CAP = 10;

export function createState(world: World, seed: number): SimState {
  const servers = world.nodes;
  return {
    nowUs: 0,
    events: createEventQueue(),
    rng: {
      network: createRng(seed, 'network'),
      workload: createRng(seed, 'workload'),
      service: createRng(seed, 'service'),
      faults: createRng(seed, 'faults'),
      retry: createRng(seed, 'retry'),
      election: createRng(seed, 'election'),
    },
    nodes: servers.map((node) => ({
      process: 'running',
      epoch: 0,
      pauseEpoch: 0,
      pausedAtUs: -1,
      pausedUntilUs: -1,
      queue: [],
      workers: Array.from({ length: node.kind === 'server' ? node.workers : 0 }, () => ({
        entry: null,
        doneAtUs: -1,
        remainingUs: -1,
        epoch: 0,
      })),
      processed: 0,
      seenKeys: {},
      overload: null,
      overloadEpoch: 0,
      heldChecks: [],
      balancer:
        node.kind === 'balancer'
          ? {
              next: 0,
              checks: 0,
              lastPollUs: -1,
              linksDown: 0,
              backends: node.backends.map(() => ({
                inRotation: true,
                failStreak: 0,
                okStreak: 0,
                checkSeq: -1,
              })),
            }
          : null,
      replica:
        node.kind === 'replica'
          ? {
              role: node.leader ? 'leader' : 'follower',
              term: 1,
              heardUs: -1,
              electionEpoch: 0,
              leaderEpoch: 0,
              heartbeatDue: false,
              writeDue: false,
              phi: node.phiThreshold === undefined ? null : createPhiDetector(phiOptions(node)),
              leaseUntilUs: -1,
              votedTerm: 0,
              candidateTerm: 0,
              votes: 0,
            }
          : null,
      maxToken: 0,
      newestStampUs: -Infinity,
      clock: {
        offsetUs: node.clock?.offsetUs ?? 0,
        driftPpm: node.clock?.driftPpm ?? 0,
        sinceUs: 0,
        monotonicDriftUs: 0,
        syncSeq: -1,
        syncSentMonoUs: 0,
        lastSyncUs: -1,
        lastCorrectionUs: 0,
        syncBlockedUntilUs: -1,
      },
    })),
    directions: world.directions.map((d) => ({
      up: true,
      degraded: false,
      params: { ...d.base },
      queue: [],
      sending: -1,
      sendingSinceUs: -1,
      sendingUntilUs: -1,
      inFlight: [],
      lastArrivalUs: 0,
      sendEpoch: 0,
      wireEpoch: 0,
      slotsBusy: 0,
    })),
    messages: new Map(),
    resends: new Map(),
    requests: [],
    settledRequests: 0,
    settledChunks: [],
    workloads: world.workloads.map((w) => ({
      mode: w.mode,
      intervalUs: w.intervalUs,
      timeoutUs: w.timeoutUs,
      retries: w.retries,
      sent: 0,
      sendEpoch: 0,
      retryTokens: RETRY_BUDGET_CAP,
    })),
    nextMessageId: 0,
    liveActions: [],
    eventsProcessed: 0,
  };
}

/**
 * A deep copy of everything that changes in place. Messages and events never change, and request
 * records are copied on write, so those are shared; the requests array itself is the caller's
 * to copy (see simulation.ts: snapshots copy only the unsettled part).
 */
export function copyState(state: SimState): SimState {
  return {
    nowUs: state.nowUs,
    events: copyEventQueue(state.events),
    rng: {
      network: copyRng(state.rng.network),
      workload: copyRng(state.rng.workload),
      service: copyRng(state.rng.service),
      faults: copyRng(state.rng.faults),
      retry: copyRng(state.rng.retry),
      election: copyRng(state.rng.election),
    },
    nodes: state.nodes.map((n) => ({
      ...n,
      queue: n.queue.slice(),
      workers: n.workers.map((w) => ({ ...w })),
      seenKeys: { ...n.seenKeys },
      overload: n.overload && { ...n.overload },
      heldChecks: n.heldChecks.slice(),
      balancer: n.balancer && {
        ...n.balancer,
        backends: n.balancer.backends.map((b) => ({ ...b })),
      },
      replica: n.replica && { ...n.replica, phi: n.replica.phi && copyPhiDetector(n.replica.phi) },
      clock: { ...n.clock },
    })),
    directions: state.directions.map((d) => ({
      ...d,
      params: { ...d.params },
      queue: d.queue.slice(),
      inFlight: d.inFlight.slice(),
    })),
    messages: new Map(state.messages),
    resends: new Map(state.resends),
    requests: state.requests,
    settledRequests: state.settledRequests,
    settledChunks: state.settledChunks.slice(),
    workloads: state.workloads.map((w) => ({ ...w })),
    nextMessageId: state.nextMessageId,
    liveActions: state.liveActions.slice(),
    eventsProcessed: state.eventsProcessed,
  };
}
