/**
 * Reads the trace as it grows, a few events per frame, and keeps what the lab shows: how each
 * message ended (for the journey in the truth panel), the event log, and recent drops and
 * outcomes (for the marks that flash on the graph). It reads only the trace and the world.
 */

import type { ScheduledAction } from '../scenario/types.ts';
import {
  decodeEvent,
  type Cause,
  type DropReason,
  type Outcome,
  type Simulation,
  type TraceEvent,
} from '../sim/index.ts';

export interface Fate {
  type: 'dropped' | 'delivered' | 'received' | 'aborted';
  timeUs: number;
  reason?: DropReason;
  /** Where it ended: a node id, or a direction index for a drop on a cable. */
  node?: string;
  direction?: number;
}

export type LogEntry =
  | {
      index: number;
      timeUs: number;
      kind: 'outcome';
      request: number;
      client: string;
      outcome: Outcome;
      cause: Cause | null;
    }
  | { index: number; timeUs: number; kind: 'action'; action: ScheduledAction; applied: boolean }
  | {
      index: number;
      timeUs: number;
      kind: 'role';
      node: string;
      leader: boolean;
      /** It led until now (else it only moved to a newer term as a follower). */
      wasLeader: boolean;
      term: number;
    }
  | { index: number; timeUs: number; kind: 'link-down'; balancer: string; backend: string }
  | {
      index: number;
      timeUs: number;
      kind: 'retransmit';
      request: number;
      /** Node id of the sender whose transport sent the lost copy again. */
      sender: string;
      what: 'request' | 'response';
      /** 1 for the first copy sent again. */
      copy: number;
    }
  | {
      index: number;
      timeUs: number;
      kind: 'lww-lost';
      request: number;
      store: string;
      /** How much older its stamp was than the newest the store had kept. */
      skewUs: number;
    }
  | {
      index: number;
      timeUs: number;
      kind: 'storage';
      /** Node ids. */
      storage: string;
      writer: string;
      token: number;
      /** The highest token the storage had accepted before. */
      newest: number;
      accepted: boolean;
    }
  | {
      index: number;
      timeUs: number;
      kind: 'rotation';
      /** Node ids. */
      balancer: string;
      backend: string;
      inRotation: boolean;
    }
  | {
      index: number;
      timeUs: number;
      kind: 'aftermath';
      request: number;
      what: 'processed after timeout' | 'late response' | 'duplicate';
    };

/** Something to flash on the graph for a moment: where a message died, or how a request ended. */
export type Flash =
  | {
      kind: 'drop';
      timeUs: number;
      message: number;
      request: number;
      reason: DropReason;
      node?: string;
      direction?: number;
    }
  | { kind: 'outcome'; timeUs: number; request: number; client: string; outcome: Outcome };

/** The log keeps the latest entries only, so a long run does not grow the page without end. */
export const LOG_LIMIT = 500;
const FLASH_LIMIT = 200;

export class TraceReader {
  readonly fates = new Map<number, Fate>();
  /** Requests whose retry the server answered from its idempotency key. */
  readonly deduped = new Set<number>();
  /** Writes a last-write-wins store dropped, and how much older their stamps were (µs). */
  readonly lwwLost = new Map<number, number>();
  log: LogEntry[] = [];
  flashes: Flash[] = [];
  /** The highest fencing token each storage has accepted, to tell a stale write. */
  private readonly newestToken = new Map<string, number>();
  /** Which replicas lead, as the trace has said so far (the scenario says who starts). */
  private readonly leading = new Map<string, boolean>();
  private read: number;
  private readonly sim: Simulation;

  constructor(sim: Simulation) {
    this.sim = sim;
    this.read = sim.trace.firstIndex;
  }

  /** Read what the trace gained since last time. True when anything the lab shows changed. */
  update(): boolean {
    const trace = this.sim.trace;
    let changed = false;
    for (; this.read < trace.length; this.read++) {
      changed = this.take(decodeEvent(trace, this.sim.world, this.read)) || changed;
    }
    if (this.log.length > LOG_LIMIT) this.log = this.log.slice(-LOG_LIMIT);
    if (this.flashes.length > FLASH_LIMIT) this.flashes = this.flashes.slice(-FLASH_LIMIT);
    return changed;
  }

  /** Only what matters goes in the log: a refused write, or one older than what was taken. */
  private storageWrite(e: TraceEvent): boolean {
    const newest = this.newestToken.get(e.node!) ?? 0;
    const accepted = e.type === 'write';
    if (accepted) this.newestToken.set(e.node!, Math.max(newest, e.term!));
    if (accepted && e.term! >= newest) return false;
    this.log.push({
      index: e.index,
      timeUs: e.timeUs,
      kind: 'storage',
      storage: e.node!,
      writer: e.writer!,
      token: e.term!,
      newest,
      accepted,
    });
    return true;
  }

  private startsLeading(id: string): boolean {
    const node = this.sim.world.nodes[this.sim.world.index.get(id) ?? -1];
    return node?.kind === 'replica' && node.leader;
  }

  private take(e: TraceEvent): boolean {
    const m = e.message;
    switch (e.type) {
      case 'drop-in-cable':
      case 'drop-at-node':
        this.fates.set(m!.id, {
          type: 'dropped',
          timeUs: e.timeUs,
          reason: e.reason!,
          node: e.node,
          direction: e.direction,
        });
        this.flashes.push({
          kind: 'drop',
          timeUs: e.timeUs,
          message: m!.id,
          request: m!.request,
          reason: e.reason!,
          node: e.node,
          direction: e.direction,
        });
        return true;
      case 'deliver':
        this.fates.set(m!.id, { type: 'delivered', timeUs: e.timeUs, node: e.node });
        return true;
      case 'receive':
        this.fates.set(m!.id, { type: 'received', timeUs: e.timeUs, node: e.node });
        return true;
      case 'process-abort':
        if (m)
          this.fates.set(m.id, {
            type: 'aborted',
            timeUs: e.timeUs,
            reason: e.reason!,
            node: e.node,
          });
        return true;
      case 'outcome': {
        const request = this.sim.state.requests[e.request! - 1]!;
        const client = this.sim.world.nodes[request.client]!.id;
        this.log.push({
          index: e.index,
          timeUs: e.timeUs,
          kind: 'outcome',
          request: e.request!,
          client,
          outcome: e.outcome!,
          cause: e.cause ?? null,
        });
        this.flashes.push({
          kind: 'outcome',
          timeUs: e.timeUs,
          request: e.request!,
          client,
          outcome: e.outcome!,
        });
        return true;
      }
      case 'action':
        if (e.action)
          this.log.push({
            index: e.index,
            timeUs: e.timeUs,
            kind: 'action',
            action: e.action,
            applied: e.applied!,
          });
        return true;
      case 'processed-after-timeout':
      case 'late-response':
      case 'duplicate': {
        const what =
          e.type === 'late-response'
            ? 'late response'
            : e.type === 'duplicate'
              ? 'duplicate'
              : 'processed after timeout';
        this.log.push({
          index: e.index,
          timeUs: e.timeUs,
          kind: 'aftermath',
          request: e.request!,
          what,
        });
        return true;
      }
      case 'dedup':
        this.deduped.add(e.request!);
        return true;
      case 'lww-lost':
        this.lwwLost.set(e.request!, e.skewUs!);
        this.log.push({
          index: e.index,
          timeUs: e.timeUs,
          kind: 'lww-lost',
          request: e.request!,
          store: e.node!,
          skewUs: e.skewUs!,
        });
        return true;
      case 'retransmit':
        this.log.push({
          index: e.index,
          timeUs: e.timeUs,
          kind: 'retransmit',
          request: e.request!,
          sender: e.node!,
          what: e.message?.kind === 'response' ? 'response' : 'request',
          copy: e.message?.retransmission ?? 1,
        });
        return true;
      case 'link-down':
        this.log.push({
          index: e.index,
          timeUs: e.timeUs,
          kind: 'link-down',
          balancer: e.node!,
          backend: e.backend!,
        });
        return true;
      case 'role': {
        const wasLeader = this.leading.get(e.node!) ?? this.startsLeading(e.node!);
        this.leading.set(e.node!, e.leader!);
        this.log.push({
          index: e.index,
          timeUs: e.timeUs,
          kind: 'role',
          node: e.node!,
          leader: e.leader!,
          wasLeader,
          term: e.term!,
        });
        return true;
      }
      case 'write':
      case 'fenced':
        return this.storageWrite(e);
      case 'rotation':
        this.log.push({
          index: e.index,
          timeUs: e.timeUs,
          kind: 'rotation',
          balancer: e.node!,
          backend: e.backend!,
          inRotation: e.passed!,
        });
        return true;
      case 'node-state':
      case 'cable-state':
      case 'overload-state':
      case 'send':
      case 'timeout':
        return true;
      default:
        return false;
    }
  }
}
