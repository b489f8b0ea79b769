/**
 * The signals the network sometimes sends back about a request (concepts.md C1): an RST from the
 * server machine's operating system when no process listens (`connection refused`) or when the
 * process died holding the request (`connection reset`), and an ICMP destination unreachable
 * from a router that knows its route is down (`host unreachable`). They travel back like any
 * message, so they take a round trip and can be lost. Silence stays the general case: a paused
 * process, a machine that is off, a switch that drops, send nothing.
 */

import type { SimContext } from './context.ts';
import { sendMessage } from './network.ts';
import { writableRequest } from './records.ts';
import { endAttempt } from './requests.ts';
import type { MessageInfo, MessageKind, SignalKind } from './state.ts';
import { causeOfTimeout } from './causes.ts';
import type { SignalledOutcome } from './vocabulary.ts';

/** An RST is bare IP and TCP headers; an ICMP message also quotes the start of the packet. */
const SIGNAL_BYTES: Record<SignalKind, number> = { refused: 40, reset: 40, unreachable: 56 };

export const SIGNAL_OUTCOME: Record<SignalKind, SignalledOutcome> = {
  refused: 'connection refused',
  reset: 'connection reset',
  unreachable: 'host unreachable',
};

export const isSignal = (kind: MessageKind): kind is SignalKind =>
  kind === 'refused' || kind === 'reset' || kind === 'unreachable';

/**
 * Node `from` answers the message `about` with a signal back to its sender (for a request passed
 * on by a load balancer, `to` is the balancer). A health check is answered the same way.
 */
export function sendSignal(
  ctx: SimContext,
  about: MessageInfo,
  kind: SignalKind,
  from: number,
  to = about.source,
): void {
  const { state } = ctx;
  // The sender's transport hears why its message died, and does not send it again.
  state.resends.delete(about.id);
  const info: MessageInfo = {
    id: state.nextMessageId++,
    kind,
    request: about.request,
    attempt: about.attempt,
    source: from,
    target: to,
    bytes: SIGNAL_BYTES[kind],
    sentAtUs: state.nowUs,
  };
  if (about.request > 0) {
    const record = writableRequest(ctx, about.request).attempts[about.attempt]!;
    record.signal = 'in network';
    record.signalMessage = info.id;
  }
  sendMessage(ctx, info);
}

/** A signal reached its client: the attempt ends now, unless the client had already given up. */
export function receiveSignal(ctx: SimContext, info: MessageInfo): void {
  const { state } = ctx;
  if (!isSignal(info.kind)) throw new Error(`message ${info.id} is not a signal`);
  state.messages.delete(info.id);
  ctx.trace.record(state.nowUs, 'receive', info.id, info.target);
  // An RST about a control message (a write-ok to a replica that has crashed): nothing to end.
  if (info.request === 0) return;
  const record = writableRequest(ctx, info.request).attempts[info.attempt]!;
  record.signal = 'received';
  // After a timeout the client closed that connection: nobody is listening for this.
  if (record.status !== 'outstanding') return;
  // The cause is where the request ended, as for a timeout: at a dead process (remote crashed),
  // or somewhere on the way (request lost: a router, a busy circuit, a balancer with nobody).
  const request = state.requests[info.request - 1]!;
  const server = record.backend >= 0 ? record.backend : request.server;
  const cause = causeOfTimeout(record.phase, state.nodes[server]!.process);
  endAttempt(ctx, info.request, info.attempt, SIGNAL_OUTCOME[info.kind], cause);
}
