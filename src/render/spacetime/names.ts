/**
 * Each request's story in one line of words: the accessible name of its group of shapes in the
 * diagram, read by a screen reader and used by the tests. The omniscient name tells where the
 * messages went and died, and why a signal came back; the client's name only what the client
 * saw (a signal only as the outcome its operating system reported).
 */

import { requestLabel, type World } from '../../sim/index.ts';
import { cutByRequest } from './cut-by-request.ts';
import { formatSpan } from './scale.ts';
import {
  failureTruth,
  isSignalKind,
  refuserOf,
  requestDropOf,
  SIGNAL_TAG,
} from './signal-words.ts';
import type {
  Drop,
  Failure,
  Hop,
  LwwLoss,
  Receive,
  Resend,
  Send,
  Story,
  Timeout,
  Wait,
} from './story.ts';

/** A request's part of the story. */
export interface RequestParts {
  sends: Send[];
  hops: Hop[];
  waits: Wait[];
  drops: Drop[];
  receives: Receive[];
  timeouts: Timeout[];
  failures: Failure[];
  lwwLosses: LwwLoss[];
  resends: Resend[];
}

/** The story cut by request, in one pass. */
export function partsByRequest(story: Story): Map<number, RequestParts> {
  const { sends, hops, waits, drops, receives, timeouts, failures, lwwLosses, resends } = story;
  return cutByRequest({
    sends,
    hops,
    waits,
    drops,
    receives,
    timeouts,
    failures,
    lwwLosses,
    resends,
  });
}

/**
 * `r3: request client → server, dropped at switch (cable cut), timed out (request lost)`, or
 * `r3: request client → server, dropped at server (process crashed), connection reset: the
 * server process crashed while serving it`
 */
export function omniscientName(world: World, request: number, parts: RequestParts): string {
  const label = (node: number) => world.nodes[node]?.label ?? '?';
  const attempts = parts.sends.map((send) => {
    // Through a load balancer: the server it chose is the one that matters.
    const server = send.backend ?? send.server;
    const via = send.backend === null ? '' : `${label(send.server)} → `;
    const words: string[] = [
      send.attempt === 0
        ? `request ${label(send.client)} → ${via}${label(server)}`
        : `retry ${send.attempt}${send.backend === null ? '' : ` → ${label(server)}`}`,
    ];
    const mine = <T extends { attempt: number }>(list: T[]) =>
      list.filter((x) => x.attempt === send.attempt);
    const drops = mine(parts.drops);
    const requestDrop = drops.find((d) => d.kind === 'request');
    const responseDrop = drops.find((d) => d.kind === 'response');
    const signalDrop = drops.find((d) => isSignalKind(d.kind));
    if (requestDrop) words.push(dropWords(requestDrop, label));
    const resent = (kind: Resend['kind']) => mine(parts.resends).filter((r) => r.kind === kind);
    if (resent('request').length > 0) words.push(resentWords('request', resent('request')));
    const waited = mine(parts.waits).find(
      (w) => w.kind === 'request' && w.what === 'queue' && w.node === server,
    );
    if (waited && (waited.toUs === null || waited.toUs - waited.fromUs >= 1000)) {
      words.push(
        waited.toUs === null
          ? `waiting at ${label(server)}`
          : `waited ${formatSpan(waited.toUs - waited.fromUs)} at ${label(server)}`,
      );
    }
    if (responseDrop) words.push(`response ${dropWords(responseDrop, label)}`);
    if (resent('response').length > 0) words.push(resentWords('response', resent('response')));
    if (signalDrop) words.push(`${signalWord(signalDrop)} ${dropWords(signalDrop, label)}`);
    const receives = mine(parts.receives);
    const receive = receives.find((r) => r.kind === 'response');
    const timeout = mine(parts.timeouts)[0];
    const failure = mine(parts.failures)[0];
    if (receive && !receive.late)
      words.push(`answered in ${formatSpan(receive.timeUs - send.timeUs)}`);
    if (timeout) words.push(timeout.cause ? `timed out (${timeout.cause})` : 'timed out');
    if (failure) {
      const from = failure.signal?.source;
      const sender = from === undefined ? null : label(from);
      const dropped = requestDropOf(parts.drops, request, failure.attempt);
      const refuser = refuserOf(dropped);
      const truth = failureTruth(failure.outcome, label(server), sender, refuser);
      words.push(`${failure.outcome}: ${truth}`);
    }
    if (receive?.late) words.push('late response');
    // The client heard ok; only the omniscient view knows the store threw the write away.
    const lost = mine(parts.lwwLosses)[0];
    if (lost) {
      words.push(
        `ok, but its write was dropped: stamped ${formatSpan(lost.skewUs)} earlier than the newest`,
      );
    }
    const ignored = receives.find((r) => isSignalKind(r.kind) && !r.ended);
    if (ignored) words.push(`${signalWord(ignored)} after the timeout, ignored`);
    return words.join(', ');
  });
  return `${requestLabel(request)}: ${attempts.join('; ') || 'under way'}`;
}

/**
 * `r3: sent at 500 ms, timed out at 600 ms, late response at 800 ms`, or
 * `r4: sent at 750 ms, connection refused at 777 ms`
 */
export function clientName(request: number, parts: RequestParts): string {
  const attempts = parts.sends.map((send) => {
    const sent = send.attempt === 0 ? 'sent' : `retry ${send.attempt} sent`;
    const words = [`${sent} at ${moment(send.timeUs)}`];
    const receive = parts.receives.find((r) => r.attempt === send.attempt && r.kind === 'response');
    const timeout = parts.timeouts.find((t) => t.attempt === send.attempt);
    const failure = parts.failures.find((f) => f.attempt === send.attempt);
    if (receive && !receive.late) words.push(`answered at ${moment(receive.timeUs)}`);
    if (timeout) words.push(`timed out at ${moment(timeout.timeUs)}`);
    if (failure) words.push(`${failure.outcome} at ${moment(failure.timeUs)}`);
    if (receive?.late) words.push(`late response at ${moment(receive.timeUs)}`);
    return words.join(', ');
  });
  return `${requestLabel(request)}: ${attempts.join('; ') || 'under way'}`;
}

/** `request sent again by TCP`, `response sent again by TCP 2×`. */
function resentWords(kind: Resend['kind'], resends: Resend[]): string {
  const times = resends.length > 1 ? ` ${resends.length}×` : '';
  return `${kind} sent again by TCP${times}`;
}

function dropWords(drop: Drop, label: (node: number) => string): string {
  if (drop.hop) {
    const where = `between ${label(drop.hop.from)} and ${label(drop.hop.to)}`;
    return drop.reason === 'loss' ? `lost ${where}` : `dropped ${where} (${drop.reason})`;
  }
  return `dropped at ${label(drop.node ?? -1)} (${drop.reason})`;
}

/** A signal by what it is on the wire: `RST`, `ICMP`. */
const signalWord = (m: { kind: Drop['kind'] }): string =>
  isSignalKind(m.kind) ? SIGNAL_TAG[m.kind] : m.kind;

/** A moment of the run: `0 ms`, `500 ms`, `1.25 s`. */
const moment = (us: number): string => (us === 0 ? '0 ms' : formatSpan(us));
