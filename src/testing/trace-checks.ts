/**
 * Invariants checked over a finished run, from its trace and state. Each check returns the
 * violations it found, as sentences, so a failing property test says what went wrong.
 */

import { decodeTrace, traceHash, type Simulation, type TraceEvent } from '../sim/index.ts';
import type { Cause, ProcessState } from '../sim/vocabulary.ts';

const TERMINAL = new Set(['deliver', 'receive', 'drop-in-cable', 'drop-at-node']);
const SIGNAL_KINDS = new Set(['refused', 'reset', 'unreachable']);

/** The id of the server an attempt went to: behind a load balancer, the backend it chose. */
function serverOf(sim: Simulation, request: number, attempt: number): string {
  const record = sim.state.requests[request - 1]!;
  const backend = record.attempts[attempt]!.backend;
  return sim.world.nodes[backend >= 0 ? backend : record.server]!.id;
}
const CRASH_REASONS = new Set(['process crashed', 'machine off', 'restarting']);

/** A fingerprint of a run: a hash of every trace row, and the requests' records. */
export function fingerprint(sim: Simulation): string {
  return `${traceHash(sim.trace)}:${sim.trace.length}:${JSON.stringify(sim.state.requests)}`;
}

/**
 * The live state as plain data, without how snapshots happened to slice the settled requests:
 * equal for two simulations in the same state however they got there.
 */
export function plainState(sim: Simulation) {
  const { requests, settledRequests: _sliced, ...state } = sim.snapshot().state;
  return { ...state, requests: requests.settledChunks.flat().concat(requests.rest) };
}

export function timeNeverGoesBack(events: TraceEvent[]): string[] {
  for (let i = 1; i < events.length; i++) {
    if (events[i]!.timeUs < events[i - 1]!.timeUs)
      return [`event ${i} at ${events[i]!.timeUs} µs follows one at ${events[i - 1]!.timeUs} µs`];
  }
  return [];
}

/** Every message ends delivered or dropped exactly once, or is still on its way; nothing happens to it before it is sent. */
export function everyMessageAccountedFor(sim: Simulation, events: TraceEvent[]): string[] {
  const problems: string[] = [];
  const sentAt = new Map<number, number>();
  const ended = new Map<number, number>();
  for (const e of events) {
    const m = e.message;
    if (!m || e.type.startsWith('process-')) continue;
    if (e.type === 'send') {
      sentAt.set(m.id, e.index);
      continue;
    }
    if (!sentAt.has(m.id)) problems.push(`message ${m.id}: ${e.type} before it was sent`);
    if (e.timeUs < m.sentAtUs)
      problems.push(
        `message ${m.id}: ${e.type} at ${e.timeUs} µs, before its send at ${m.sentAtUs} µs`,
      );
    if (ended.has(m.id)) problems.push(`message ${m.id}: ${e.type} after it already ended`);
    if (TERMINAL.has(e.type)) ended.set(m.id, e.index);
  }
  for (const id of sentAt.keys()) {
    const live = sim.state.messages.has(id);
    if (live && ended.has(id)) problems.push(`message ${id} ended but is still held as in flight`);
    if (!live && !ended.has(id))
      problems.push(`message ${id} was sent and neither delivered, dropped, nor in flight`);
  }
  return problems;
}

/**
 * A message still on its way is somewhere: waiting on or crossing a cable, or in the queue of a
 * server whose process is running or paused. Nothing hides in a dead server.
 */
export function liveMessagesAreSomewhere(sim: Simulation): string[] {
  const problems: string[] = [];
  const held = new Set<number>();
  for (const d of sim.state.directions) {
    for (const id of [
      ...d.queue,
      ...d.inFlight.map((m) => m.id),
      ...(d.sending >= 0 ? [d.sending] : []),
    ])
      held.add(id);
  }
  sim.state.nodes.forEach((node, i) => {
    const alive = node.process === 'running' || node.process === 'paused';
    if (!alive && node.queue.length > 0)
      problems.push(`${sim.world.nodes[i]!.id} is ${node.process} but holds a queue`);
    for (const entry of node.queue) if (entry.info) held.add(entry.info.id);
    // A paused server answers shallow health checks when it wakes: it holds them until then.
    for (const check of node.heldChecks) held.add(check.id);
  });
  for (const id of sim.state.messages.keys()) {
    if (!held.has(id)) problems.push(`message ${id} is in flight but nowhere`);
  }
  for (const id of held)
    if (!sim.state.messages.has(id)) problems.push(`message ${id} is held but not in flight`);
  return problems;
}

/** Every request ends with exactly one outcome; a timeout has exactly one of the six causes. */
export function everyRequestEndsOnce(sim: Simulation, events: TraceEvent[]): string[] {
  const problems: string[] = [];
  const outcomes = new Map<number, TraceEvent[]>();
  const lastTimeoutCause = new Map<number, Cause | undefined>();
  // How each request's last failed attempt ended: by its timer or by a signal.
  const lastFailure = new Map<number, string | undefined>();
  for (const e of events) {
    if (e.type === 'outcome') outcomes.set(e.request!, [...(outcomes.get(e.request!) ?? []), e]);
    if (e.type === 'timeout') lastTimeoutCause.set(e.request!, e.cause);
    if (e.type === 'timeout') lastFailure.set(e.request!, 'timeout');
    if (e.type === 'attempt-failed') lastFailure.set(e.request!, e.outcome);
  }
  for (const r of sim.state.requests) {
    const mine = outcomes.get(r.id) ?? [];
    if (r.status === 'outstanding') {
      if (mine.length > 0) problems.push(`r${r.id} is outstanding but has an outcome`);
      continue;
    }
    if (mine.length !== 1) problems.push(`r${r.id} has ${mine.length} outcomes`);
    const e = mine[0];
    if (e && e.outcome !== r.status)
      problems.push(`r${r.id}: trace says ${e.outcome}, record says ${r.status}`);
    if (r.status === 'timeout') {
      if (!r.cause) problems.push(`r${r.id} timed out with no cause`);
      if (e?.cause !== r.cause)
        problems.push(`r${r.id}: trace cause ${e?.cause}, record ${r.cause}`);
      if (lastTimeoutCause.get(r.id) !== r.cause)
        problems.push(`r${r.id}: final cause is not its last attempt's`);
    } else if (r.status === 'ok') {
      if (r.cause !== null || e?.cause !== undefined)
        problems.push(`r${r.id} is ok but has a cause`);
    } else {
      if (!r.cause || e?.cause !== r.cause) problems.push(`r${r.id} ended by a signal, no cause`);
    }
    if (r.status !== 'ok' && lastFailure.get(r.id) !== r.status)
      problems.push(`r${r.id} ended ${r.status}, but its last attempt ended otherwise`);
  }
  return problems;
}

/**
 * A signal tells the truth: `connection refused` only when the request reached its server's
 * machine and found no process, `connection reset` only when the process died holding it,
 * `host unreachable` only when a router dropped it; and each ended attempt got at most one.
 */
export function signalsTellTheTruth(sim: Simulation, events: TraceEvent[]): string[] {
  const problems: string[] = [];
  const requestEvents = new Map<string, TraceEvent[]>();
  const key = (request: number, attempt: number) => `${request}/${attempt}`;
  const signalsSent = new Map<string, number>();
  for (const e of events) {
    const m = e.message;
    if (m?.kind === 'request') {
      const k = key(m.request, m.attempt);
      requestEvents.set(k, [...(requestEvents.get(k) ?? []), e]);
    }
    // Signals that reach for a client (a balancer relays a backend's signal: that is one).
    const toClient = m && m.request > 0 && m.target === sim.state.requests[m.request - 1]!.client;
    if (e.type === 'send' && m && toClient && SIGNAL_KINDS.has(m.kind)) {
      const k = key(m.request, m.attempt);
      signalsSent.set(k, (signalsSent.get(k) ?? 0) + 1);
    }
    if (e.type !== 'attempt-failed') continue;
    const seen = lastCopy(requestEvents.get(key(e.request!, e.attempt!)) ?? []);
    const server = serverOf(sim, e.request!, e.attempt!);
    const drop = seen.find((x) => x.type === 'drop-at-node');
    const atServer = seen.some((x) => x.type === 'server-enqueue');
    const aborted = seen.some((x) => x.type === 'process-abort');
    const truth =
      drop && sim.world.kinds[sim.world.index.get(drop.node!)!] === 'router'
        ? 'host unreachable'
        : drop?.reason === 'no backend in rotation' || drop?.reason === 'no free circuit'
          ? 'connection refused'
          : aborted || (atServer && drop?.node === server)
            ? 'connection reset'
            : drop?.node === server &&
                (drop.reason === 'process crashed' || drop.reason === 'restarting')
              ? 'connection refused'
              : 'nothing to signal';
    if (truth !== e.outcome)
      problems.push(
        `r${e.request} attempt ${e.attempt}: ${e.outcome}, but the trace shows ${truth}`,
      );
  }
  for (const [k, n] of signalsSent)
    if (n > 1) problems.push(`attempt ${k} was signalled ${n} times`);
  return problems;
}

/** Process states over time, from the trace. */
function stateTracker(sim: Simulation) {
  const states = new Map<string, ProcessState>(sim.world.nodes.map((n) => [n.id, 'running']));
  return {
    see(e: TraceEvent) {
      if (e.type === 'node-state') states.set(e.node!, e.processState!);
    },
    of: (node: string) => states.get(node)!,
  };
}

/** While a process is paused its messages wait: none is dropped unless the machine or process dies. */
export function pausedProcessLosesNothing(sim: Simulation, events: TraceEvent[]): string[] {
  const problems: string[] = [];
  const states = stateTracker(sim);
  for (const e of events) {
    const paused = e.node !== undefined && states.of(e.node) === 'paused';
    // Random scenarios never come near the paused buffer's limit, so 'buffer full' counts too.
    if (paused && e.type === 'drop-at-node' && !CRASH_REASONS.has(e.reason!)) {
      problems.push(
        `message ${e.message?.id} dropped (${e.reason}) at paused ${e.node} at ${e.timeUs} µs`,
      );
    }
    if (paused && e.type === 'process-abort' && !CRASH_REASONS.has(e.reason!)) {
      problems.push(`work aborted at paused ${e.node} at ${e.timeUs} µs`);
    }
    states.see(e);
  }
  return problems;
}

/**
 * Each timeout's cause, derived again from the trace alone and compared with the simulation's:
 * where was the attempt's request, and its response, when the timer fired?
 */
export function causesMatchTheTruth(sim: Simulation, events: TraceEvent[]): string[] {
  const problems: string[] = [];
  const states = stateTracker(sim);
  const fate = new Map<string, TraceEvent[]>();
  const key = (request: number, attempt: number, kind: string) => `${request}/${attempt}/${kind}`;
  for (const e of events) {
    if (e.type === 'timeout') {
      const expected = derive(e.request!, e.attempt!);
      if (expected !== e.cause)
        problems.push(
          `r${e.request} attempt ${e.attempt}: cause ${e.cause}, but the trace shows ${expected}`,
        );
    }
    if (e.message) {
      const k = key(e.message.request, e.message.attempt, e.message.kind);
      fate.set(k, [...(fate.get(k) ?? []), e]);
    }
    states.see(e);
  }
  return problems;

  function derive(request: number, attempt: number): Cause {
    const req = lastCopy(fate.get(key(request, attempt, 'request')) ?? []);
    const server = serverOf(sim, request, attempt);
    const drop = req.find((e) => e.type.startsWith('drop'));
    if (drop)
      return drop.node === server && CRASH_REASONS.has(drop.reason!)
        ? 'remote crashed'
        : 'request lost';
    if (req.some((e) => e.type === 'process-abort')) return 'remote crashed';
    const atServer = req.some((e) => e.type === 'server-enqueue');
    const done = req.some((e) => e.type === 'process-end');
    if (!atServer) return 'request queued';
    if (!done) return states.of(server) === 'paused' ? 'remote paused' : 'request queued';
    const res = lastCopy(fate.get(key(request, attempt, 'response')) ?? []);
    return res.some((e) => e.type.startsWith('drop')) ? 'response lost' : 'response delayed';
  }
}

/**
 * What happened to the copy of a message sent last: a transport that resends lost messages
 * (transport.ts), or a load balancer passing a request on, sends it again; the earlier copies'
 * fates are over.
 */
function lastCopy(events: TraceEvent[]): TraceEvent[] {
  const last = events.findLastIndex((e) => e.type === 'send');
  return last < 0 ? events : events.slice(last);
}

/** All of the above, for one finished run. */
export function checkRun(sim: Simulation): string[] {
  const events = decodeTrace(sim.trace, sim.world);
  return [
    ...timeNeverGoesBack(events),
    ...everyMessageAccountedFor(sim, events),
    ...liveMessagesAreSomewhere(sim),
    ...everyRequestEndsOnce(sim, events),
    ...pausedProcessLosesNothing(sim, events),
    ...causesMatchTheTruth(sim, events),
    ...signalsTellTheTruth(sim, events),
  ];
}
