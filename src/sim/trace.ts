/**
 * The trace: an append-only record of everything that happened, in the order it happened.
 * The event log, the client's view and (later) the space-time diagram read from it, never
 * from live node objects.
 *
 * Events are stored in columns of typed arrays (about 21 bytes an event), not as objects, so a
 * long run does not fill the heap with millions of small objects. The trace stops recording at
 * `capEvents` (2,000,000 by default, about 42 MB) and says so in `truncated`; the simulation
 * itself runs on.
 */

import type { ScheduledAction } from '../scenario/types.ts';
import type { MessageInfo } from './state.ts';

/** Event types, with what their three integer columns hold. */
export const TRACE_TYPES = [
  'send', // message, source node
  'link-enqueue', // message, direction, queue length after
  'transmit', // message, direction
  'arrive', // message, node
  'server-enqueue', // message, node, queue length after
  'deliver', // message, node: the application has it
  'drop-in-cable', // message, drop reason, direction
  'drop-at-node', // message, drop reason, node
  'process-start', // message (-1: overload job), node, worker
  'process-end', // message (-1: overload job), node, worker
  'process-abort', // message (-1: overload job), node, drop reason
  'receive', // message, client node
  'timeout', // request, attempt, cause
  'retry', // request, attempt
  'outcome', // request, outcome (index into OUTCOMES), cause or -1
  'late-response', // request, attempt
  'processed-after-timeout', // request, attempt
  'duplicate', // request, processed count
  'dedup', // request, node
  'node-state', // node, process state
  'cable-state', // direction, cable state
  'action', // index into `actions`, 1 applied or 0 ignored
  'job-arrive', // node, queue length after
  'job-drop', // node
  'overload-state', // node, 1 started or 0 ended
  'attempt-failed', // request, attempt, outcome (a signal ended it: index into OUTCOMES)
  'retry-denied', // request, the attempt the retry budget did not allow
  'check', // load balancer, backend node, 1 passed or 0 failed
  'rotation', // load balancer, backend node, 1 back in rotation or 0 out
  'role', // replica, 1 leader or 0 follower, term
  'write', // storage, writer, fencing token: the write was accepted
  'fenced', // storage, writer, fencing token: the write was refused, its token too old
  'link-poll', // load balancer, backend links found down
  'link-down', // load balancer, backend: the monitor found its link down
  'lww-lost', // request, store, how much older its stamp was than the newest kept (µs)
  'clock-sync', // node, how far its clock was set (µs, negative: back), the round trip (µs)
  'retransmit', // new message, the lost one it replaces, its number (1 for the first resend)
] as const;
export type TraceType = (typeof TRACE_TYPES)[number];

const code = Object.fromEntries(TRACE_TYPES.map((t, i) => [t, i])) as Record<TraceType, number>;

export const DEFAULT_TRACE_CAP_EVENTS = 2_000_000;

export class Trace {
  /** Events before this index are not held (the trace was restored from a snapshot). */
  firstIndex = 0;
  /** Events recorded up to now: the state of the simulation is the state after these. */
  length = 0;
  /**
   * Events known to be true, which may go beyond `length` after a seek back in time: the
   * history already computed. A replay re-records the same events; the first one that differs
   * (an action taken in the past) ends what was known.
   */
  known = 0;
  truncated = false;
  readonly capEvents: number;
  timeUs: Float64Array;
  type: Uint8Array;
  a: Int32Array;
  b: Int32Array;
  c: Int32Array;
  /** Every message sent, by id. */
  messages: MessageInfo[] = [];
  /** Every action applied, scheduled or live, in the order applied (up to `actionCount` now). */
  actions: ScheduledAction[] = [];
  actionCount = 0;

  constructor(capEvents = DEFAULT_TRACE_CAP_EVENTS) {
    this.capEvents = capEvents;
    const initial = Math.min(4096, capEvents);
    this.timeUs = new Float64Array(initial);
    this.type = new Uint8Array(initial);
    this.a = new Int32Array(initial);
    this.b = new Int32Array(initial);
    this.c = new Int32Array(initial);
  }

  record(timeUs: number, type: TraceType, a: number, b = 0, c = 0): void {
    const i = this.length - this.firstIndex;
    const t = code[type];
    if (this.length < this.known) {
      const same =
        this.timeUs[i] === timeUs &&
        this.type[i] === t &&
        this.a[i] === a &&
        this.b[i] === b &&
        this.c[i] === c;
      if (same) {
        this.length++;
        return;
      }
      this.known = this.length;
    }
    if (i >= this.timeUs.length && !this.grow()) return;
    this.timeUs[i] = timeUs;
    this.type[i] = t;
    this.a[i] = a;
    this.b[i] = b;
    this.c[i] = c;
    this.length++;
    this.known = this.length;
  }

  /** Keep a message's details for decoding events about it (while events are recorded). */
  noteMessage(info: MessageInfo): void {
    if (!this.truncated) this.messages[info.id] = info;
  }

  /** Note an action about to be applied; returns its index for the `action` event. */
  addAction(action: ScheduledAction): number {
    const index = this.actionCount++;
    const before = this.actions[index];
    if (before !== undefined && JSON.stringify(before) !== JSON.stringify(action)) {
      // Another action than the known history had here: that history is over.
      this.known = Math.min(this.known, this.length);
    }
    this.actions[index] = action;
    return index;
  }

  private grow(): boolean {
    const size = this.timeUs.length;
    if (size >= this.capEvents) {
      this.truncated = true;
      return false;
    }
    const next = Math.min(size * 2, this.capEvents);
    const growInto = <T extends Float64Array | Uint8Array | Int32Array>(old: T, fresh: T): T => {
      fresh.set(old);
      return fresh;
    };
    this.timeUs = growInto(this.timeUs, new Float64Array(next));
    this.type = growInto(this.type, new Uint8Array(next));
    this.a = growInto(this.a, new Int32Array(next));
    this.b = growInto(this.b, new Int32Array(next));
    this.c = growInto(this.c, new Int32Array(next));
    return true;
  }

  typeOf(index: number): TraceType {
    return TRACE_TYPES[this.type[index - this.firstIndex]!]!;
  }

  timeOf(index: number): number {
    return this.timeUs[index - this.firstIndex]!;
  }

  row(index: number): { timeUs: number; type: TraceType; a: number; b: number; c: number } {
    const i = index - this.firstIndex;
    return {
      timeUs: this.timeUs[i]!,
      type: TRACE_TYPES[this.type[i]!]!,
      a: this.a[i]!,
      b: this.b[i]!,
      c: this.c[i]!,
    };
  }

  /**
   * Go back to just after `length` events, `messageCount` messages and `actionCount` actions
   * (restoring an earlier snapshot), keeping what is known beyond them. When the trace does
   * not hold that moment (a fresh simulation), it starts over there.
   */
  rewind(length: number, messageCount: number, actionCount: number): void {
    if (length > this.known || length < this.firstIndex) {
      this.firstIndex = length;
      this.known = length;
      this.truncated = false;
    }
    this.length = length;
    if (this.length - this.firstIndex < this.capEvents) this.truncated = false;
    // Make room (as holes) for what a fresh trace never saw.
    if (this.messages.length < messageCount) this.messages.length = messageCount;
    if (this.actions.length < actionCount) this.actions.length = actionCount;
    this.actionCount = actionCount;
  }
}
