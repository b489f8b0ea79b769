/**
 * A simulation: create it from a validated scenario, run it to a time or for a number of
 * events, step one event, act on it now, read its state and trace, snapshot and restore it.
 *
 * Everything runs on virtual time in whole microseconds. Events run in (time, sequence) order
 * and all randomness comes from the seeded streams in the state, so the same scenario and seed
 * give the same run, event for event, in Node and in every browser.
 */

import type { Action, Scenario, ScheduledAction } from '../scenario/types.ts';
import { applyAction, type ActionResult } from './actions.ts';
import { EventKind, type SimContext } from './context.ts';
import { LATE_SEQ, peekEvent, popEvent, pushEventAt } from './event-queue.ts';
import { onCheckTimeout, onHealthCheck, onLinkPoll, startBalancers } from './balancer.ts';
import { onClockSync, startClockSync } from './clocks.ts';
import { onArrive, onLost, onTransmitted } from './network.ts';
import {
  onElectionTimeout,
  onReplicaHeartbeat,
  onReplicaWrite,
  startReplicas,
} from './replication.ts';
import { onAutoResume, onBootDone } from './process.ts';
import { backoffUs, onRetry, onTimeout } from './requests.ts';
import { onSend, startWorkloads } from './workloads.ts';
import { onJobArrival, onOverloadEnd, onServiceDone } from './server.ts';
import { advanceSettled, shareAllRecords } from './records.ts';
import {
  copyState,
  createState,
  type MessageInfo,
  type RequestRecord,
  type SimState,
} from './state.ts';
import { Trace } from './trace.ts';
import { onRetransmit } from './transport.ts';
import { createWorld, type World } from './world.ts';

export interface SimulationOptions {
  /** Overrides the scenario's seed. */
  seed?: number;
  /** Most trace events to keep (see trace.ts). */
  traceCapEvents?: number;
}

/**
 * The requests of a snapshot: the settled ones, in slices shared with the live state and other
 * snapshots (they never change), then the rest.
 */
export interface SnapshotRequests {
  settledChunks: RequestRecord[][];
  rest: RequestRecord[];
}

/** The whole live state as plain data (the message map as an array). */
export interface Snapshot {
  state: Omit<SimState, 'messages' | 'resends' | 'requests' | 'settledChunks'> & {
    messages: MessageInfo[];
    resends: MessageInfo[];
    requests: SnapshotRequests;
  };
  traceLength: number;
  traceMessages: number;
  traceActions: number;
}

export interface Simulation {
  readonly world: World;
  readonly trace: Trace;
  readonly seed: number;
  /** The live state. Read it; change it only through the methods here. */
  readonly state: SimState;
  readonly nowUs: number;
  /** When everything the scenario asks for is done (see `endOf`). */
  readonly endUs: number;
  /** Time of the next pending event, or null when nothing is pending. */
  nextEventUs(): number | null;
  /** Run one event. False when nothing is pending. */
  step(): boolean;
  /** Run every event up to and including `timeUs` (at most `maxEvents`), then stand at `timeUs`. */
  runUntil(timeUs: number, maxEvents?: number): number;
  /** Run at most `count` events. */
  runEvents(count: number): number;
  /** Apply an action now; it is recorded with the time it was applied. */
  apply(action: Action): ActionResult;
  snapshot(): Snapshot;
  restore(snapshot: Snapshot): void;
}

export function createSimulation(scenario: Scenario, options: SimulationOptions = {}): Simulation {
  const world = createWorld(scenario);
  const seed = options.seed ?? scenario.seed;
  const trace = new Trace(options.traceCapEvents);
  const ctx: SimContext = {
    world,
    state: createState(world, seed),
    trace,
    writable: new WeakSet(),
  };
  scheduleStart(ctx);
  const endUs = endOf(scenario);

  const step = (): boolean => {
    const event = popEvent(ctx.state.events);
    if (!event) return false;
    ctx.state.nowUs = event.timeUs;
    ctx.state.eventsProcessed++;
    dispatch(ctx, event.kind, event.a, event.b, event.c);
    return true;
  };

  return {
    world,
    trace,
    seed,
    get state() {
      return ctx.state;
    },
    get nowUs() {
      return ctx.state.nowUs;
    },
    endUs,
    nextEventUs: () => peekEvent(ctx.state.events)?.timeUs ?? null,
    step,
    runUntil(timeUs, maxEvents = Infinity) {
      let count = 0;
      while (count < maxEvents) {
        const next = peekEvent(ctx.state.events);
        if (!next || next.timeUs > timeUs) {
          ctx.state.nowUs = Math.max(ctx.state.nowUs, timeUs);
          break;
        }
        step();
        count++;
      }
      return count;
    },
    runEvents(count) {
      let done = 0;
      while (done < count && step()) done++;
      return done;
    },
    apply(action) {
      const timed: ScheduledAction = { ...action, atUs: ctx.state.nowUs };
      ctx.state.liveActions.push(timed);
      return applyRecorded(ctx, timed);
    },
    snapshot() {
      advanceSettled(ctx.state);
      const state = copyState(ctx.state);
      shareAllRecords(ctx);
      const { settledChunks, ...rest } = state;
      return {
        state: {
          ...rest,
          messages: [...state.messages.values()],
          resends: [...state.resends.values()],
          requests: { settledChunks, rest: state.requests.slice(state.settledRequests) },
        },
        traceLength: trace.length,
        traceMessages: trace.messages.length,
        traceActions: trace.actionCount,
      };
    },
    restore(snapshot) {
      const { settledChunks, rest } = snapshot.state.requests;
      const copy = copyState({
        ...snapshot.state,
        messages: new Map(snapshot.state.messages.map((m) => [m.id, m])),
        resends: new Map(snapshot.state.resends.map((m) => [m.id, m])),
        // concat copies arrays as blocks; flat() goes element by element, several times slower.
        requests: ([] as RequestRecord[]).concat(...settledChunks, rest),
        settledChunks,
      });
      ctx.state = copy;
      shareAllRecords(ctx);
      trace.rewind(snapshot.traceLength, snapshot.traceMessages, snapshot.traceActions);
      // A fresh trace never saw the messages still on their way; note them for decoding.
      for (const info of heldMessages(copy)) trace.messages[info.id] ??= info;
    },
  };
}

function heldMessages(state: SimState): MessageInfo[] {
  const held = [...state.messages.values()];
  for (const node of state.nodes) {
    for (const worker of node.workers) if (worker.entry?.info) held.push(worker.entry.info);
  }
  return held;
}

function applyRecorded(ctx: SimContext, action: ScheduledAction): ActionResult {
  const index = ctx.trace.addAction(action);
  const result = applyAction(ctx, action);
  ctx.trace.record(ctx.state.nowUs, 'action', index, result.applied ? 1 : 0);
  return result;
}

/**
 * The schedule and the workloads' first requests. A scheduled action runs after everything else
 * of its microsecond, exactly as an action taken live at that time does (after `runUntil(t)`
 * has run every event up to t), so a recorded action replays the same history.
 */
function scheduleStart(ctx: SimContext): void {
  ctx.world.scenario.schedule.forEach((entry, i) => {
    const event = {
      timeUs: entry.atUs,
      seq: LATE_SEQ + i,
      kind: EventKind.action,
      a: i,
      b: 0,
      c: 0,
    };
    pushEventAt(ctx.state.events, event);
  });
  startWorkloads(ctx);
  startBalancers(ctx);
  startReplicas(ctx);
  startClockSync(ctx);
}

function dispatch(ctx: SimContext, kind: number, a: number, b: number, c: number): void {
  switch (kind) {
    case EventKind.action:
      applyRecorded(ctx, ctx.world.scenario.schedule[a]!);
      return;
    case EventKind.send:
      return onSend(ctx, a, b);
    case EventKind.retry:
      return onRetry(ctx, a);
    case EventKind.timeout:
      return onTimeout(ctx, a, b);
    case EventKind.transmitted:
      return onTransmitted(ctx, a, b);
    case EventKind.arrive:
      return onArrive(ctx, a, b, c);
    case EventKind.lost:
      return onLost(ctx, a, b, c);
    case EventKind.serviceDone:
      return onServiceDone(ctx, a, b, c);
    case EventKind.autoResume:
      return onAutoResume(ctx, a, b);
    case EventKind.bootDone:
      return onBootDone(ctx, a, b);
    case EventKind.jobArrival:
      return onJobArrival(ctx, a, b);
    case EventKind.healthCheck:
      return onHealthCheck(ctx, a, b);
    case EventKind.checkTimeout:
      return onCheckTimeout(ctx, a, b, c);
    case EventKind.replicaHeartbeat:
      return onReplicaHeartbeat(ctx, a, b);
    case EventKind.replicaWrite:
      return onReplicaWrite(ctx, a, b);
    case EventKind.electionTimeout:
      return onElectionTimeout(ctx, a, b);
    case EventKind.linkPoll:
      return onLinkPoll(ctx, a);
    case EventKind.clockSync:
      return onClockSync(ctx, a);
    case EventKind.retransmit:
      return onRetransmit(ctx, a);
    case EventKind.overloadEnd:
      return onOverloadEnd(ctx, a, b);
    default:
      throw new Error(`unknown event kind ${kind}`);
  }
}

/**
 * When a run has done everything its scenario asks: every scheduled action applied and every
 * request, including one sent by the last action, given time to end.
 */
export function endOf(scenario: Scenario): number {
  const lastActionUs = scenario.schedule.reduce((last, a) => Math.max(last, a.atUs), 0);
  return Math.max(scenario.durationUs, lastActionUs) + settleUs(scenario);
}

/**
 * The longest a request can stay open after it was sent: every attempt's timeout plus the
 * waits between them. A run to `durationUs + settleUs` lets every request end.
 */
export function settleUs(scenario: Scenario): number {
  let longest = 0;
  // Settings the schedule gives a workload later count too, mixed: an attempt sent under one
  // timeout may be retried under other settings.
  const later = scenario.schedule.filter((a) => a.kind === 'set-workload');
  for (const w of scenario.workloads) {
    const mine = later.filter((a) => a.client === w.client);
    const timeoutUs = Math.max(w.timeoutUs, ...mine.map((a) => a.timeoutUs ?? 0));
    const retries = Math.max(w.retries, ...mine.map((a) => a.retries ?? 0));
    let total = timeoutUs * (retries + 1);
    for (let retry = 1; retry <= retries; retry++) {
      total += backoffUs(w.backoffUs, w.backoffMultiplier, retry);
    }
    longest = Math.max(longest, total);
  }
  return longest;
}
