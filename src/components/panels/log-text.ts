/**
 * The event log's sentences, as pure functions of a log entry, so they can be tested without a
 * browser. Until the truth is revealed the log holds only what the client could know and what
 * the user did: outcomes without their cause, late responses, and the user's own actions. The
 * cause, what only the server knows (`processed after timeout`, `duplicate`) and the faults the
 * scenario's schedule injects are left out entirely: the log must not leak them.
 */

import { formatClock, formatDuration } from '../../lab/clock-format.ts';
import { outcomeTone, type OutcomeTone } from '../../lab/outcome-tone.ts';
import type { LogEntry } from '../../lab/trace-reader.ts';
import type { Action, CableTarget, ScheduledAction } from '../../scenario/types.ts';
import { requestLabel, type Cause, type Outcome } from '../../sim/index.ts';

/** A node's label from its id (actions name nodes by id; people read labels). */
export type LabelOf = (nodeId: string) => string;

export interface LogLineParts {
  /** Stable within a run: the trace index of the event. */
  key: number;
  kind:
    | OutcomeTone
    | 'action'
    | 'aftermath'
    | 'rotation'
    | 'role'
    | 'storage'
    | 'link-down'
    | 'lww-lost'
    | 'retransmit';
  time: string;
  /** `r3`, or null for an action. */
  request: string | null;
  /** How the request ended, for an outcome's line. */
  outcome: Outcome | null;
  /** The outcome (`timeout`), the aftermath (`late response`) or the action's sentence. */
  words: string;
  /** Only when revealed, and only for a timeout. */
  cause: Cause | null;
}

export interface LogContext {
  revealed: boolean;
  labelOf: LabelOf;
  /** Whether the user clicked this action (rather than the scenario's schedule holding it). */
  byUser: (action: ScheduledAction) => boolean;
}

/** What the client itself sees after a timeout; the rest is the truth. */
const CLIENT_VISIBLE_AFTERMATHS = new Set(['late response']);

/** One log line, or null when the line is part of the hidden truth. */
export function logLineParts(entry: LogEntry, context: LogContext): LogLineParts | null {
  const base = { key: entry.index, time: formatClock(entry.timeUs) };
  switch (entry.kind) {
    case 'outcome':
      return {
        ...base,
        kind: outcomeTone(entry.outcome),
        request: requestLabel(entry.request),
        outcome: entry.outcome,
        words: entry.outcome,
        cause: context.revealed ? entry.cause : null,
      };
    case 'aftermath':
      if (!context.revealed && !CLIENT_VISIBLE_AFTERMATHS.has(entry.what)) return null;
      return {
        ...base,
        kind: 'aftermath',
        request: requestLabel(entry.request),
        outcome: null,
        words: entry.what,
        cause: null,
      };
    case 'role':
    case 'storage':
      // What the replicas believe and what their storage took: the truth, not the client's.
      if (!context.revealed) return null;
      return {
        ...base,
        kind: entry.kind,
        request: null,
        outcome: null,
        words: replicationWords(entry, context.labelOf),
        cause: null,
      };
    case 'lww-lost':
      // The client heard ok: only the truth knows its write is gone.
      if (!context.revealed) return null;
      return {
        ...base,
        kind: 'lww-lost',
        request: requestLabel(entry.request),
        outcome: null,
        words: `write dropped by ${context.labelOf(entry.store)}: last write wins, and its clock stamp was ${formatDuration(entry.skewUs)} older than the newest kept`,
        cause: null,
      };
    case 'retransmit':
      // TCP hides the loss from the client's program, which sees only the wait.
      if (!context.revealed) return null;
      return {
        ...base,
        kind: 'retransmit',
        request: requestLabel(entry.request),
        outcome: null,
        words: `${entry.what} lost; ${context.labelOf(entry.sender)}’s TCP sent it again${entry.copy > 1 ? ` (${ordinal(entry.copy)} time)` : ''}`,
        cause: null,
      };
    case 'link-down':
      if (!context.revealed) return null;
      return {
        ...base,
        kind: 'link-down',
        request: null,
        outcome: null,
        words: `${context.labelOf(entry.balancer)}’s link monitor found ${context.labelOf(entry.backend)}’s link down`,
        cause: null,
      };
    case 'rotation':
      // The balancer's own decision: not what the client sees, so part of the truth.
      if (!context.revealed) return null;
      return {
        ...base,
        kind: 'rotation',
        request: null,
        outcome: null,
        words: `${context.labelOf(entry.balancer)} ${entry.inRotation ? 'put' : 'took'} ${context.labelOf(entry.backend)} ${entry.inRotation ? 'back into' : 'out of'} rotation`,
        cause: null,
      };
    case 'action':
      // The class did not see the schedule pause the server: that is part of what to guess.
      if (!context.revealed && !context.byUser(entry.action)) return null;
      return {
        ...base,
        kind: 'action',
        request: null,
        outcome: null,
        words: actionSentence(entry.action, entry.applied, context),
        cause: null,
      };
  }
}

function replicationWords(
  entry: Extract<LogEntry, { kind: 'role' | 'storage' }>,
  labelOf: LabelOf,
): string {
  if (entry.kind === 'role') {
    if (entry.leader) return `${labelOf(entry.node)} took over as leader (term ${entry.term})`;
    return entry.wasLeader
      ? `${labelOf(entry.node)} stepped down (term ${entry.term})`
      : `${labelOf(entry.node)} now follows term ${entry.term}`;
  }
  const writer = labelOf(entry.writer);
  const storage = labelOf(entry.storage);
  return entry.accepted
    ? `${storage} took ${writer}’s write with token ${entry.token} after one with token ${entry.newest}: two leaders wrote`
    : `${storage} refused ${writer}’s write: its token ${entry.token} is older than ${entry.newest}`;
}

/**
 * What the log's footer says when a run hit one of its bounds: the trace full (nothing more is
 * read, though the simulation goes on), or as many requests sent as a run may.
 */
export function limitNotes(limits: {
  traceFull: boolean;
  requestsCapped: boolean;
  traceCapEvents: number;
  maxRequests: number;
}): string[] {
  const count = (n: number) => n.toLocaleString('en-US');
  const notes: string[] = [];
  if (limits.traceFull) {
    notes.push(
      `The record is full (${count(limits.traceCapEvents)} events): the log and panels stop here while the run goes on.`,
    );
  }
  if (limits.requestsCapped) {
    notes.push(
      `This run has sent ${count(limits.maxRequests)} requests, its limit; no more are sent.`,
    );
  }
  return notes;
}

/** The line as text, exactly as the log shows it: `1.100 s · r3 timeout — remote paused`. */
export function logLineText(parts: LogLineParts): string {
  const request = parts.request ? `${parts.request} ` : '';
  const cause = parts.cause ? ` — ${parts.cause}` : '';
  return `${parts.time} · ${request}${parts.words}${cause}`;
}

/** `You cut the cable switch–server`, `The schedule paused process server for 300 ms`. */
export function actionSentence(
  action: ScheduledAction,
  applied: boolean,
  context: Pick<LogContext, 'labelOf' | 'byUser'>,
): string {
  const who = context.byUser(action) ? 'You' : 'The schedule';
  // The reason an action did not apply is not kept in the trace; saying so is enough.
  const effect = applied ? '' : ' (no effect)';
  return `${who} ${actionPhrase(action, context.labelOf)}${effect}`;
}

/** The action as a past-tense phrase, with node labels: `paused process server for 300 ms`. */
export function actionPhrase(action: Action, labelOf: LabelOf): string {
  switch (action.kind) {
    case 'cut':
      return `cut ${cableText(action, labelOf)}`;
    case 'restore':
      return `restored ${cableText(action, labelOf)}`;
    case 'degrade':
      return `degraded ${cableText(action, labelOf)}${degradeText(action)}`;
    case 'pause':
      return action.durationUs === undefined
        ? `paused process ${labelOf(action.node)}`
        : `paused process ${labelOf(action.node)} for ${formatDuration(action.durationUs)}`;
    case 'resume':
      return `resumed process ${labelOf(action.node)}`;
    case 'crash':
      return `crashed process ${labelOf(action.node)}`;
    case 'power-off':
      return `powered off ${labelOf(action.node)}`;
    case 'restart':
      return `restarted ${labelOf(action.node)}`;
    case 'overload':
      return `overloaded ${labelOf(action.node)}: ${overloadText(action)}`;
    case 'send-request':
      return `sent a request from ${labelOf(action.client)}`;
    case 'set-workload':
      return `changed ${labelOf(action.client)}'s workload${workloadText(action)}`;
    case 'clock-step':
      return `stepped ${labelOf(action.node)}'s clock ${action.byUs < 0 ? 'back' : 'forward'} by ${formatDuration(Math.abs(action.byUs))}`;
    case 'clock-drift':
      return `set ${labelOf(action.node)}'s clock drifting at ${action.driftPpm} ppm`;
    case 'sync-unreachable':
      return action.durationUs === undefined
        ? `cut ${labelOf(action.node)} off from its time server`
        : `cut ${labelOf(action.node)} off from its time server for ${formatDuration(action.durationUs)}`;
  }
}

/** `the cable switch–server`, or one direction: `the cable switch–server, server → switch only`. */
function cableText(target: CableTarget, labelOf: LabelOf): string {
  const [a, b] = target.cable;
  const cable = `the cable ${labelOf(a)}–${labelOf(b)}`;
  if (target.from === undefined) return cable;
  const to = target.from === a ? b : a;
  return `${cable}, ${labelOf(target.from)} → ${labelOf(to)} only`;
}

function degradeText(action: Extract<Action, { kind: 'degrade' }>): string {
  const parts: string[] = [];
  if (action.latencyUs !== undefined) parts.push(`latency ${formatDuration(action.latencyUs)}`);
  if (action.jitterUs !== undefined) parts.push(`jitter ±${formatDuration(action.jitterUs)}`);
  if (action.lossPercent !== undefined) parts.push(`loss ${action.lossPercent}%`);
  if (action.bandwidthMbps !== undefined) parts.push(`${action.bandwidthMbps} Mbit/s`);
  return parts.length ? `: ${parts.join(', ')}` : '';
}

function overloadText(action: Extract<Action, { kind: 'overload' }>): string {
  const parts = [`a job every ${formatDuration(action.intervalUs)}`];
  if (action.serviceUs !== undefined)
    parts.push(`${formatDuration(action.serviceUs)} of work each`);
  if (action.queueCapacity !== undefined) parts.push(`queue of ${action.queueCapacity}`);
  parts.push(
    action.durationUs === undefined
      ? 'until it restarts'
      : `for ${formatDuration(action.durationUs)}`,
  );
  return parts.join(', ');
}

function workloadText(action: Extract<Action, { kind: 'set-workload' }>): string {
  const parts: string[] = [];
  const every = action.intervalUs === undefined ? '' : formatDuration(action.intervalUs);
  if (action.mode === 'on-demand') parts.push('on demand only');
  else if (action.mode === 'poisson') parts.push(every ? `on average every ${every}` : 'random');
  else if (every) parts.push(`every ${every}`);
  if (action.timeoutUs !== undefined) parts.push(`timeout ${formatDuration(action.timeoutUs)}`);
  if (action.retries !== undefined) {
    parts.push(action.retries === 1 ? '1 retry' : `${action.retries} retries`);
  }
  return parts.length ? `: ${parts.join(', ')}` : '';
}

/**
 * The actions the user clicked, by identity: those applied live in this run, and, after a reset,
 * the tail of the schedule the controller recorded them into (the same objects the trace holds).
 */
export function userActions(
  live: readonly ScheduledAction[],
  schedule: readonly ScheduledAction[],
  recorded: number,
): Set<ScheduledAction> {
  return new Set([...live, ...(recorded > 0 ? schedule.slice(-recorded) : [])]);
}

/** `2nd`, `3rd`, `4th`: how many times a copy was sent again. */
function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}
