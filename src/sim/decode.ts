/**
 * Trace rows decoded into readable events, for the event log, the client's view, tests and
 * (later) the space-time diagram. Decoding reads the trace and the static world only.
 */

import type { ScheduledAction } from '../scenario/types.ts';
import type { MessageInfo } from './state.ts';
import type { Trace, TraceType } from './trace.ts';
import {
  CABLE_STATES,
  CAUSES,
  DROP_REASONS,
  OUTCOMES,
  PROCESS_STATES,
  type CableState,
  type Cause,
  type DropReason,
  type Outcome,
  type ProcessState,
} from './vocabulary.ts';
import type { World } from './world.ts';

export interface TraceEvent {
  index: number;
  timeUs: number;
  type: TraceType;
  message?: MessageInfo;
  /** Node id. */
  node?: string;
  /** Direction index, for events on a cable (see world.directions). */
  direction?: number;
  reason?: DropReason;
  /** Request id (1, 2, …) and attempt (0 for the first). */
  request?: number;
  attempt?: number;
  cause?: Cause;
  outcome?: Outcome;
  processState?: ProcessState;
  cableState?: CableState;
  action?: ScheduledAction;
  applied?: boolean;
  queueLength?: number;
  worker?: number;
  processedCount?: number;
  overloaded?: boolean;
  /** For a load balancer's `check` and `rotation`: the backend's id, and passed / back in. */
  backend?: string;
  passed?: boolean;
  /** For a replica's `role`: whether it now leads, and its term (also a write's token). */
  leader?: boolean;
  term?: number;
  /** For a storage's `write` and `fenced`: the replica that wrote. */
  writer?: string;
  /** For `lww-lost`: how much older the dropped write's stamp was than the newest kept. */
  skewUs?: number;
}

export function decodeEvent(trace: Trace, world: World, index: number): TraceEvent {
  const { timeUs, type, a, b, c } = trace.row(index);
  const e: TraceEvent = { index, timeUs, type };
  const nodeId = (i: number) => world.nodes[i]?.id;
  const withMessage = (id: number) => {
    if (id >= 0) e.message = trace.messages[id];
  };
  switch (type) {
    case 'send':
    case 'arrive':
    case 'deliver':
    case 'receive':
      withMessage(a);
      e.node = nodeId(b);
      break;
    case 'link-enqueue':
    case 'transmit':
      withMessage(a);
      e.direction = b;
      if (type === 'link-enqueue') e.queueLength = c;
      break;
    case 'server-enqueue':
      withMessage(a);
      e.node = nodeId(b);
      e.queueLength = c;
      break;
    case 'drop-in-cable':
    case 'drop-at-node':
      withMessage(a);
      e.reason = DROP_REASONS[b];
      if (type === 'drop-in-cable') e.direction = c;
      else e.node = nodeId(c);
      break;
    case 'process-start':
    case 'process-end':
      withMessage(a);
      e.node = nodeId(b);
      e.worker = c;
      break;
    case 'process-abort':
      withMessage(a);
      e.node = nodeId(b);
      e.reason = DROP_REASONS[c];
      break;
    case 'timeout':
      e.request = a;
      e.attempt = b;
      e.cause = CAUSES[c];
      break;
    case 'retry':
    case 'retry-denied':
    case 'late-response':
    case 'processed-after-timeout':
      e.request = a;
      e.attempt = b;
      break;
    case 'outcome':
      e.request = a;
      e.outcome = OUTCOMES[b];
      if (c >= 0) e.cause = CAUSES[c];
      break;
    case 'attempt-failed':
      e.request = a;
      e.attempt = b;
      e.outcome = OUTCOMES[c];
      break;
    case 'duplicate':
      e.request = a;
      e.processedCount = b;
      break;
    case 'dedup':
      e.request = a;
      e.node = nodeId(b);
      break;
    case 'node-state':
      e.node = nodeId(a);
      e.processState = PROCESS_STATES[b];
      break;
    case 'cable-state':
      e.direction = a;
      e.cableState = CABLE_STATES[b];
      break;
    case 'action':
      e.action = trace.actions[a];
      e.applied = b === 1;
      break;
    case 'job-arrive':
      e.node = nodeId(a);
      e.queueLength = b;
      break;
    case 'job-drop':
      e.node = nodeId(a);
      break;
    case 'overload-state':
      e.node = nodeId(a);
      e.overloaded = b === 1;
      break;
    case 'check':
    case 'rotation':
      e.node = nodeId(a);
      e.backend = nodeId(b);
      e.passed = c === 1;
      break;
    case 'clock-sync':
      e.node = nodeId(a);
      e.skewUs = b;
      e.queueLength = c;
      break;
    case 'lww-lost':
      e.request = a;
      e.node = nodeId(b);
      e.skewUs = c;
      break;
    case 'link-poll':
      e.node = nodeId(a);
      e.queueLength = b;
      break;
    case 'link-down':
      e.node = nodeId(a);
      e.backend = nodeId(b);
      break;
    case 'retransmit':
      // The copy sent again: its message says whose, which request, and which copy.
      withMessage(a);
      e.node = nodeId(e.message?.source ?? -1);
      e.request = e.message?.request;
      e.attempt = e.message?.attempt;
      break;
    case 'role':
      e.node = nodeId(a);
      e.leader = b === 1;
      e.term = c;
      break;
    case 'write':
    case 'fenced':
      e.node = nodeId(a);
      e.writer = nodeId(b);
      e.term = c;
      break;
  }
  return e;
}

/** Every event the trace holds, decoded. */
export function decodeTrace(trace: Trace, world: World): TraceEvent[] {
  const events: TraceEvent[] = [];
  for (let i = trace.firstIndex; i < trace.length; i++) events.push(decodeEvent(trace, world, i));
  return events;
}
