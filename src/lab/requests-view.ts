/**
 * What the two panels show of each request, derived from the simulation and the trace reader.
 * `clientRow` reads only what the client itself knows; `truthRow` reads everything.
 */

import {
  requestLabel,
  type AttemptRecord,
  type Cause,
  type Outcome,
  type RequestRecord,
  type Simulation,
} from '../sim/index.ts';
import type { Aftermath } from '../sim/index.ts';
import { formatDuration } from './clock-format.ts';
import type { TraceReader } from './trace-reader.ts';

export interface ClientRow {
  request: number;
  /** `r3` */
  id: string;
  client: string;
  sentAtUs: number;
  /** The client's timer: `waiting` until the current attempt's deadline; `retrying` between attempts. */
  state: 'waiting' | 'retrying' | Outcome;
  deadlineUs: number;
  attempts: number;
  endedAtUs: number;
  /** A response came for an attempt the client had given up on: the client sees that too. */
  lateResponse: boolean;
}

export function clientRow(sim: Simulation, r: RequestRecord): ClientRow {
  const last = r.attempts[r.attempts.length - 1]!;
  const state =
    r.status !== 'outstanding' ? r.status : last.status === 'outstanding' ? 'waiting' : 'retrying';
  return {
    request: r.id,
    id: requestLabel(r.id),
    client: sim.world.nodes[r.client]!.label,
    sentAtUs: r.sentAtUs,
    state,
    deadlineUs: last.deadlineUs,
    attempts: r.attempts.length,
    endedAtUs: r.endedAtUs,
    lateResponse: r.lateResponse,
  };
}

export interface TruthRow {
  request: number;
  id: string;
  server: string;
  /** Still waiting for an outcome, or ended. */
  ended: boolean;
  /** When it was retried: what became of each attempt, in words. Empty for a single attempt. */
  attempts: string[];
  /** A retry was answered from the server's memory of its idempotency key. */
  deduped: boolean;
  /** A last-write-wins store dropped its write: by how much older its stamp was (µs), or null. */
  lwwLostUs: number | null;
  /** Where the request (or its response) is now, or where it ended. */
  journey: string;
  /** How it ended, once it has. */
  outcome: Outcome | null;
  cause: Cause | null;
  aftermaths: Aftermath[];
  processedCount: number;
}

export function truthRow(sim: Simulation, reader: TraceReader, r: RequestRecord): TruthRow {
  const aftermaths: Aftermath[] = [];
  if (r.processedAfterTimeout) aftermaths.push('processed after timeout');
  if (r.lateResponse) aftermaths.push('late response');
  if (r.processedCount >= 2) aftermaths.push('duplicate');
  return {
    request: r.id,
    id: requestLabel(r.id),
    server: sim.world.nodes[r.server]!.label,
    ended: r.status !== 'outstanding',
    attempts: r.attempts.length > 1 ? r.attempts.map(attemptWords) : [],
    deduped: reader.deduped.has(r.id),
    lwwLostUs: reader.lwwLost.get(r.id) ?? null,
    journey: journey(sim, reader, r.attempts[r.attempts.length - 1]!),
    outcome: r.status === 'outstanding' ? null : r.status,
    cause: r.cause,
    aftermaths,
    processedCount: r.processedCount,
  };
}

const label = (sim: Simulation, node: number) => sim.world.nodes[node]!.label;

function attemptWords(a: AttemptRecord, i: number): string {
  const which = `Attempt ${i + 1}`;
  if (a.status === 'ok') return `${which} was answered in time.`;
  if (a.status === 'timeout') return `${which} timed out: ${a.cause}.`;
  if (a.status !== 'outstanding') return `${which} ended: ${a.status}.`;
  return `${which} is waiting.`;
}

function cableText(sim: Simulation, direction: number): string {
  const d = sim.world.directions[direction]!;
  return `${label(sim, d.from)} → ${label(sim, d.to)}`;
}

/** Its place in a queue, in words. */
const inLine = (ahead: number): string => (ahead === 0 ? 'first in line' : `${ahead} ahead of it`);

/** Where a message is now, from the live state; null when it has ended. */
function whereNow(sim: Simulation, id: number): string | null {
  const { state } = sim;
  for (let d = 0; d < state.directions.length; d++) {
    const dir = state.directions[d]!;
    const cable = cableText(sim, d);
    if (dir.sending === id) return `being sent on the cable ${cable}`;
    const waiting = dir.queue.indexOf(id);
    if (waiting >= 0) return `waiting to be sent on ${cable}, ${inLine(waiting)}`;
    if (dir.inFlight.some((m) => m.id === id)) return `on the cable ${cable}`;
  }
  for (let n = 0; n < state.nodes.length; n++) {
    const node = state.nodes[n]!;
    const place = node.queue.findIndex((e) => e.info?.id === id);
    if (place >= 0) {
      const paused = node.process === 'paused' ? `, which is paused` : '';
      return `in ${label(sim, n)}'s queue${paused}, ${inLine(place)}`;
    }
    if (node.workers.some((w) => w.entry?.info?.id === id)) {
      return node.process === 'paused'
        ? `being processed by ${label(sim, n)}, which is paused`
        : `being processed by ${label(sim, n)}`;
    }
  }
  return null;
}

function journey(sim: Simulation, reader: TraceReader, attempt: AttemptRecord): string {
  const signal = signalJourney(sim, attempt);
  return signal
    ? `${messageJourney(sim, reader, attempt)} ${signal}`
    : messageJourney(sim, reader, attempt);
}

/** The RST or ICMP message sent back about an attempt: who sent it, and where it is or went. */
function signalJourney(sim: Simulation, attempt: AttemptRecord): string | null {
  const info = sim.trace.messages[attempt.signalMessage];
  if (!info) return null;
  const what = info.kind === 'unreachable' ? 'An ICMP destination unreachable' : 'An RST';
  const sent = `${what} came back from ${label(sim, info.source)}`;
  const now = whereNow(sim, info.id);
  if (now) return `${sent}; it is ${now}.`;
  if (attempt.signal === 'lost') return `${sent}, but it was lost on the way.`;
  if (attempt.signal !== 'received') return `${sent}.`;
  return attempt.status === 'timeout'
    ? `${sent} and reached the client after it had given up.`
    : `${sent} and reached the client.`;
}

function messageJourney(sim: Simulation, reader: TraceReader, attempt: AttemptRecord): string {
  const responding = attempt.responseMessage >= 0;
  const id = responding ? attempt.responseMessage : attempt.requestMessage;
  const what = responding ? 'The response is' : 'The request is';
  const now = whereNow(sim, id);
  if (now) return `${what} ${now}.`;
  const fate = reader.fates.get(id);
  if (!fate) return `${what} on its way.`;
  const at =
    fate.direction !== undefined
      ? `on the cable ${cableText(sim, fate.direction)}`
      : `at ${sim.world.nodes[sim.world.index.get(fate.node ?? '') ?? 0]!.label}`;
  switch (fate.type) {
    case 'dropped':
      // Turned away, not lost: a full circuit or an empty balancer refused it where it stood.
      if (fate.reason === 'no free circuit' || fate.reason === 'no backend in rotation')
        return `The request was turned away ${at}: ${fate.reason}.`;
      return `${responding ? 'The response' : 'The request'} was lost ${at}: ${fate.reason}.`;
    case 'aborted':
      return `The work was lost ${at}: ${fate.reason}.`;
    case 'received':
      return attempt.status !== 'ok'
        ? `The response reached the client ${formatDuration(fate.timeUs - attempt.deadlineUs)} after it had given up.`
        : 'The response reached the client in time.';
    case 'delivered':
      return `The request reached ${sim.world.nodes[sim.world.index.get(fate.node ?? '') ?? 0]!.label}.`;
  }
}
