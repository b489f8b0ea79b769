/**
 * A scenario: everything needed to reproduce a run. Plain JSON; the command line reads it,
 * links carry it, and `validateScenario` turns untrusted input into one of these.
 *
 * Times are whole microseconds (`…Us`); probabilities are percentages (`lossPercent`).
 */

export const SCENARIO_VERSION = 1;

export type NodeKind = 'client' | 'server' | 'switch' | 'router' | 'balancer' | 'replica';

/**
 * Switches and routers pass messages on; clients and servers send and receive them. A router
 * also knows its routes: when its link towards a destination is down it says so (ICMP).
 */
export const forwards = (kind: NodeKind): boolean => kind === 'switch' || kind === 'router';

export type ServiceTime =
  | { kind: 'constant'; us: number }
  | { kind: 'uniform'; minUs: number; maxUs: number }
  | { kind: 'exponential'; meanUs: number };

interface NodeBase {
  /** Stable identifier used by cables, workloads and actions. */
  id: string;
  /** The name people see; unique in a scenario. */
  label: string;
  /** Position in the drawing, when someone placed the node by hand. */
  x?: number;
  y?: number;
  /**
   * The machine's time-of-day clock (concepts.md F2, F3): how far it is from true time when the
   * run starts, and how fast it drifts (parts per million; quartz is typically within ±200).
   * Absent: a perfect clock.
   */
  clock?: ClockSettings;
}

export interface ClockSettings {
  offsetUs: number;
  driftPpm: number;
  /**
   * NTP-like synchronisation (concepts.md F4): every intervalUs the machine asks `server` for
   * its time and sets its own clock to that plus half the round trip. Absent: never synced.
   */
  sync?: { server: string; intervalUs: number };
}

export interface ClientNode extends NodeBase {
  kind: 'client';
}

export interface ServerNode extends NodeBase {
  kind: 'server';
  /** Requests served at once. */
  workers: number;
  /** Requests that may wait for a worker; one more is dropped. */
  queueCapacity: number;
  service: ServiceTime;
  /** How long a restart takes before the process runs again. */
  restartUs: number;
  /**
   * A script on the machine that tells the load balancers at once when the process crashes
   * (the machine stays up to run it), instead of leaving them to notice by health checks.
   */
  notifyOnCrash?: boolean;
  /**
   * Storage that checks fencing tokens: it refuses a write whose token is lower than one it has
   * already accepted, so a deposed leader cannot write after its successor has.
   */
  fencing?: boolean;
  /**
   * Last write wins: each request carries its client's time-of-day clock, and the server keeps
   * only a write stamped later than the newest it has; an older stamp is silently dropped.
   */
  lww?: boolean;
}

export interface SwitchNode extends NodeBase {
  kind: 'switch';
}

export interface RouterNode extends NodeBase {
  kind: 'router';
}

/**
 * A load balancer: clients send it their requests and it passes each on to the next of its
 * backends that is in rotation, and the answer back. It checks each backend's health every
 * checkIntervalUs: a check unanswered after checkTimeoutUs (or refused) fails; after
 * unhealthyAfter failures in a row the backend leaves rotation, after healthyAfter successes
 * it comes back.
 */
export interface BalancerNode extends NodeBase {
  kind: 'balancer';
  /** Server ids, in the order requests go round them. */
  backends: string[];
  checkIntervalUs: number;
  checkTimeoutUs: number;
  unhealthyAfter: number;
  healthyAfter: number;
  /**
   * A deep check waits in the server's queue and is served like a request, so a server too busy
   * to serve fails it; a shallow one is answered at once by a thread of its own.
   */
  deepCheck: boolean;
  /**
   * A monitor that polls the switches' management interfaces every this long for the state of
   * each backend's link (down when its cable is cut or its machine loses power) and takes a
   * backend with a dead link out of rotation at once. Absent: no monitor.
   */
  linkMonitorUs?: number;
}

/**
 * One node of a single-leader replicated service (concepts.md C3). The leader sends every peer
 * a heartbeat every heartbeatUs and writes to its storage every writeIntervalUs, each write
 * carrying its term as a fencing token. A follower that hears no heartbeat for
 * electionTimeoutUs promotes itself, with the next term. There is no vote: the first follower
 * to time out takes over (followers further down the list wait a little longer).
 */
export interface ReplicaNode extends NodeBase {
  kind: 'replica';
  /** Leads when the run starts (one replica should). */
  leader: boolean;
  heartbeatUs: number;
  electionTimeoutUs: number;
  /** The server it writes to while it leads. */
  storage: string;
  writeIntervalUs: number;
  /**
   * A script on the machine that tells the other replicas at once when this one's process
   * crashes, naming the first of them as successor, so nobody waits for an election timeout.
   */
  notifyOnCrash?: boolean;
  /**
   * A follower suspects the leader with a phi-accrual detector (Akka, Cassandra) instead of a
   * fixed election timeout: it learns how heartbeats arrive and takes over when the suspicion
   * phi passes this threshold (8 is Akka's default). Absent: the fixed timeout.
   */
  phiThreshold?: number;
  /**
   * The leader holds a lease (concepts.md G4): each write the storage accepts renews it for this
   * long, by the leader's own monotonic clock, and the leader checks it before every write. A
   * pause between the check and the write defeats it. Absent: no lease.
   */
  leaseUs?: number;
}

export type ScenarioNode =
  ClientNode | ServerNode | SwitchNode | RouterNode | BalancerNode | ReplicaNode;

/** The properties of one direction of a cable. Both directions start with the same values. */
export interface LinkParams {
  /** One-way propagation delay. */
  latencyUs: number;
  /** Each message's delay varies uniformly within ± this. */
  jitterUs: number;
  /** Probability that a message is lost on the wire, 0 to 100. */
  lossPercent: number;
  /** Transmission rate; a message of B bytes occupies the wire for B·8/bandwidthMbps µs. */
  bandwidthMbps: number;
  /** Messages that may wait to be transmitted at the sending end; one more is dropped. */
  queueCapacity: number;
}

export interface Cable extends LinkParams {
  a: string;
  b: string;
  /**
   * Circuit-switched (concepts.md E1): each direction has this many reserved slots, each a
   * fixed share of the bandwidth. A message takes a free slot and crosses in a constant time
   * (its size at the slot's rate, plus the latency: no queue, no jitter, no loss); when every
   * slot is taken the call is refused at once. Absent: packet-switched, shared and queued.
   */
  circuitSlots?: number;
}

export type WorkloadMode = 'interval' | 'poisson' | 'on-demand';

export interface Workload {
  client: string;
  server: string;
  /** `interval`: every intervalUs; `poisson`: exponential gaps with mean intervalUs; `on-demand`: only when asked. */
  mode: WorkloadMode;
  intervalUs: number;
  /** Time of the first request. */
  startUs: number;
  /** Most requests to send; 0 means no limit. */
  count: number;
  timeoutUs: number;
  /** Further attempts after a timeout. */
  retries: number;
  /** Wait before the first retry; each later retry waits backoffMultiplier times longer. */
  backoffUs: number;
  backoffMultiplier: number;
  /**
   * Full jitter: each wait is drawn uniformly from 0 to the backoff, so clients that failed
   * together do not retry together (concepts.md D17).
   */
  backoffJitter: boolean;
  /**
   * Retries as a share of requests: each request earns this percentage of a retry, and a retry
   * spends one (at most RETRY_BUDGET_CAP saved). 100 means no budget.
   */
  retryBudgetPercent: number;
  /** Attempts of one request carry the same key, so the server can do the work only once. */
  idempotencyKey: boolean;
  /**
   * A TCP-like transport (concepts.md A5, D8): a request or answer lost on the way is sent again
   * by its sender's operating system this long after it left, then twice as long, and so on,
   * while the client still waits. 0: none, a lost message stays lost.
   */
  retransmitUs: number;
  requestBytes: number;
  responseBytes: number;
}

/** A cable as an action names it: its two ends, and optionally the sending end of one direction. */
export interface CableTarget {
  cable: [string, string];
  /** Only the direction that leaves this node; both directions when absent. */
  from?: string;
}

/** The fault vocabulary, plus sending a request. Applied at a scheduled time or now. */
export type Action =
  | ({ kind: 'cut' } & CableTarget)
  | ({ kind: 'restore' } & CableTarget)
  | ({ kind: 'degrade' } & CableTarget & Partial<Omit<LinkParams, 'queueCapacity'>>)
  | { kind: 'pause'; node: string; durationUs?: number }
  | { kind: 'resume'; node: string }
  | { kind: 'crash'; node: string }
  | { kind: 'power-off'; node: string }
  | { kind: 'restart'; node: string }
  | {
      kind: 'overload';
      node: string;
      /** Extra work arrives every intervalUs, from outside the drawing. */
      intervalUs: number;
      /** Service time of all work during the overload; the server's own when absent. */
      serviceUs?: number;
      queueCapacity?: number;
      /** The overload stops after this long; it lasts until the server restarts when absent. */
      durationUs?: number;
    }
  | { kind: 'send-request'; client: string }
  /** A clock jumps by byUs (negative: backwards), as when NTP steps it. */
  | { kind: 'clock-step'; node: string; byUs: number }
  /** A clock starts to drift at a new rate. */
  | { kind: 'clock-drift'; node: string; driftPpm: number }
  /**
   * The machine's time server stops answering it (a firewall change, say): its clock drifts
   * unchecked for durationUs, or for the rest of the run when absent. Nothing else notices.
   */
  | { kind: 'sync-unreachable'; node: string; durationUs?: number }
  | ({ kind: 'set-workload'; client: string } & Partial<WorkloadSettings>);

/** What of a client's workload can change during a run. */
export type WorkloadSettings = Pick<Workload, 'mode' | 'intervalUs' | 'timeoutUs' | 'retries'>;

export type ActionKind = Action['kind'];

export type ScheduledAction = Action & { atUs: number };

export interface Scenario {
  version: typeof SCENARIO_VERSION;
  name: string;
  description: string;
  seed: number;
  /** Clients send requests until this time; the run then lets every request finish. */
  durationUs: number;
  nodes: ScenarioNode[];
  cables: Cable[];
  workloads: Workload[];
  schedule: ScheduledAction[];
}
