/**
 * Reads the story of a stretch of time from the trace (rows from `trace.firstIndex` up to
 * `trace.known`: the history already computed, beyond the cursor after a seek back) and the
 * static world. Nothing here looks at the live simulation state.
 *
 * The work is bounded: rows are read only from a little before the window to a little after it
 * (a message that left before the window still shows where it crosses it), and at most
 * `maxHops` hops are kept; later messages are counted, not drawn.
 */

import { DROP_REASONS, settleUs, type Trace, type World } from '../../sim/index.ts';
import { BandReader } from './read-bands.ts';
import { ClientReader } from './read-clients.ts';
import { MessageReader } from './read-messages.ts';
import { ReplicaReader } from './read-replicas.ts';
import { emptyStory, type Story } from './story.ts';

const FIREWALL = DROP_REASONS.indexOf('firewall');
const blockedSync = (node: number, timeUs: number) => ({
  node,
  timeUs,
  correctionUs: 0,
  roundTripUs: -1,
  blocked: true,
});

export interface ReadOptions {
  fromUs: number;
  toUs: number;
  cursorUs: number;
  maxHops: number;
}

export function readStory(trace: Trace, world: World, options: ReadOptions): Story {
  const story = emptyStory();
  const lookUs = Math.max(options.toUs - options.fromUs, settleUs(world.scenario));
  story.readFromUs = Math.max(0, options.fromUs - lookUs);
  const stopUs = options.toUs + lookUs;
  const known = trace.known;
  const lastKnownUs = known > trace.firstIndex ? trace.timeOf(known - 1) : 0;
  story.knownUs = Math.max(options.cursorUs, lastKnownUs);
  const clients = new ClientReader(story, world);
  const messages = new MessageReader(story, world, options.maxHops, clients);
  const fromStart = story.readFromUs === 0 && trace.firstIndex === 0;
  const replicas = new ReplicaReader(story, world, fromStart);
  const bands = new BandReader(story);
  if (!fromStart) bands.seedFromActions(trace, world, story.readFromUs);
  const readers = { messages, clients, bands, replicas, story };
  let i = firstRowAtOrAfter(trace, story.readFromUs);
  for (; i < known && trace.timeOf(i) <= stopUs; i++) readRow(trace, i, readers);
  story.readToUs = i < known ? stopUs : story.knownUs;
  story.omittedMessages = messages.omittedCount;
  return story;
}

/** The first row at or after `timeUs` (rows are in time order). */
export function firstRowAtOrAfter(trace: Trace, timeUs: number): number {
  let lo = trace.firstIndex;
  let hi = trace.known;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (trace.timeOf(mid) < timeUs) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Readers {
  messages: MessageReader;
  clients: ClientReader;
  bands: BandReader;
  replicas: ReplicaReader;
  /** The load balancers' verdicts go straight into the story. */
  story: Story;
}

/** One row of the trace, handed to the reader it concerns. */
function readRow(trace: Trace, index: number, readers: Readers): void {
  const { timeUs: t, type, a, b, c } = trace.row(index);
  const { messages: m, clients, bands, replicas, story } = readers;
  switch (type) {
    case 'send':
      replicas.onSend(trace.messages[a], t);
      return m.onSend(trace, a, t);
    case 'link-enqueue':
      return m.startWait(a, m.sendingEnd(b), 'queue', t);
    case 'transmit':
      return m.onTransmit(a, b, t);
    case 'arrive':
      return m.onArrive(a, t);
    case 'server-enqueue':
      return m.startWait(a, b, 'queue', t);
    case 'deliver':
      replicas.onDeliver(a);
      return m.onDeliver(a, b, t);
    case 'process-start':
      return m.startWait(a, b, 'service', t);
    case 'process-end':
      return m.onServed(a, t);
    case 'process-abort':
      return m.onDropAtNode(a, b, c, t);
    case 'drop-in-cable':
      return m.onDropInCable(a, b, c, t);
    case 'drop-at-node':
      // A time request stopped by the firewall: the lane says so where its sync would have been.
      if (b === FIREWALL) story.clockSyncs.push(blockedSync(c, t));
      return m.onDropAtNode(a, c, b, t);
    case 'receive':
      return m.onReceive(a, b, t);
    case 'late-response':
      return clients.onLate(a, b);
    case 'timeout':
      return clients.onTimeout(a, b, c, t);
    case 'attempt-failed':
      return clients.onAttemptFailed(a, b, c, t);
    case 'outcome':
      return clients.onOutcome(a, b, c, t);
    case 'node-state':
      return bands.onNodeState(a, b, t);
    case 'overload-state':
      return bands.onOverload(a, b === 1, t);
    case 'cable-state':
      return bands.onCableState(a, b, t);
    case 'check':
      return void story.checks.push({ balancer: a, backend: b, timeUs: t, passed: c === 1 });
    case 'rotation':
      return void story.rotations.push({ balancer: a, backend: b, timeUs: t, inRotation: c === 1 });
    case 'link-poll':
      return void story.linkPolls.push({ balancer: a, timeUs: t, linksDown: b, takenOut: [] });
    case 'link-down':
      return onLinkDown(story, a, b, t);
    case 'role':
      return replicas.onRole(a, b === 1, c, t);
    case 'write':
    case 'fenced':
      return replicas.onWrite(a, b, c, type === 'write', t);
    case 'clock-sync':
      return void story.clockSyncs.push({ node: a, timeUs: t, correctionUs: b, roundTripUs: c });
    case 'lww-lost':
      return onLwwLost(story, a, b, c, t);
    case 'retransmit': {
      const copy = trace.messages[a];
      if (!copy || (copy.kind !== 'request' && copy.kind !== 'response')) return;
      const { request, attempt, kind } = copy;
      return void story.resends.push({ request, attempt, kind, timeUs: t });
    }
    default:
      return;
  }
}

/** A backend the link monitor found down: its poll's row comes just before, at the same time. */
function onLinkDown(story: Story, balancer: number, backend: number, timeUs: number): void {
  const poll = story.linkPolls.findLast((p) => p.balancer === balancer);
  if (poll?.timeUs === timeUs) poll.takenOut.push(backend);
}

/**
 * A write the store dropped: its row follows the process-end of the request it handled, at the
 * same time, so that service wait (just ended) says which attempt it was.
 */
function onLwwLost(story: Story, request: number, node: number, skewUs: number, t: number): void {
  const served = story.waits.findLast(
    (w) => w.request === request && w.node === node && w.what === 'service' && w.toUs === t,
  );
  story.lwwLosses.push({ request, attempt: served?.attempt ?? 0, node, timeUs: t, skewUs });
}
