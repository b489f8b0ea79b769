/**
 * Reading the messages' part of the story: each message (a request, a response or a signal)
 * tracked from its send, hop by hop and wait by wait, to its delivery, its drop or its receipt.
 * Up to `maxHops` hops are kept; messages sent after that are only counted. What the clients
 * send and receive goes on to the client reader.
 */

import { DROP_REASONS, type Trace, type World } from '../../sim/index.ts';
import type { ClientReader } from './read-clients.ts';
import type { Hop, MessageKind, Receive, Story, Wait } from './story.ts';

/** What is known of one message while reading. */
interface Track {
  message: number;
  request: number;
  attempt: number;
  kind: MessageKind;
  /** The node that sent it. */
  source: number;
  /** On the wire now (a hop without an end yet). */
  wire: Hop | null;
  /** The last hop that arrived, with its node. */
  last: Hop | null;
  /** Waiting now (a cable's queue, a server's queue, or being served). */
  wait: Wait | null;
}

export class MessageReader {
  private readonly tracks = new Map<number, Track>();
  private readonly omitted = new Set<number>();
  private readonly story: Story;
  private readonly world: World;
  private readonly maxHops: number;
  private readonly clients: ClientReader;

  constructor(story: Story, world: World, maxHops: number, clients: ClientReader) {
    this.story = story;
    this.world = world;
    this.maxHops = maxHops;
    this.clients = clients;
  }

  /** Served: what follows is its response, a message of its own. */
  onServed(message: number, t: number): void {
    this.endWait(message, t, false);
    this.tracks.delete(message);
  }

  /**
   * Handed to the software of the node it was sent to. A request at a server (or a deep health
   * check, which waits for a worker like one) is served now; anything else ends here: a load
   * balancer passes a request on, and a server answers a shallow check, as messages of their own.
   */
  onDeliver(message: number, node: number, t: number): void {
    const track = this.tracks.get(message);
    if (!track) return;
    const source = this.world.nodes[track.source];
    const deepCheck = track.kind === 'check' && source?.kind === 'balancer' && source.deepCheck;
    const served = track.kind === 'request' && this.world.kinds[node] !== 'balancer';
    if (served || deepCheck) this.startWait(message, node, 'service', t);
    else this.onServed(message, t);
  }

  /** The node a cable direction leaves from, where a message waits to be sent on it. */
  sendingEnd(direction: number): number {
    return this.world.directions[direction]!.from;
  }

  get omittedCount(): number {
    return this.omitted.size;
  }

  onSend(trace: Trace, message: number, t: number): void {
    const info = trace.messages[message];
    if (!info) return;
    if (this.story.hops.length >= this.maxHops) {
      this.omitted.add(message);
      return;
    }
    this.tracks.set(message, {
      message,
      request: info.request,
      attempt: info.attempt,
      kind: info.kind,
      source: info.source,
      wire: null,
      last: null,
      wait: null,
    });
    // A copy its sender's TCP sent again is the same attempt, not a new send.
    if (info.kind !== 'request' || info.retransmission !== undefined) return;
    if (info.stampUs !== undefined) this.story.stamps.set(message, info.stampUs);
    this.clients.onRequestMessage({
      message,
      request: info.request,
      attempt: info.attempt,
      client: info.source,
      server: info.target,
      timeUs: t,
    });
  }

  startWait(message: number, node: number, what: Wait['what'], t: number): void {
    const track = this.tracks.get(message);
    if (!track) return;
    // Being served right after waiting at the same node: the queue ends as service begins.
    if (track.wait && track.wait.what === what && track.wait.node === node) return;
    this.endWait(message, t, false);
    const wait: Wait = { ...ids(track), node, what, fromUs: t, toUs: null, died: false };
    track.wait = wait;
    this.story.waits.push(wait);
  }

  endWait(message: number, t: number, died: boolean): void {
    const track = this.tracks.get(message);
    if (!track?.wait) return;
    track.wait.toUs = t;
    track.wait.died = died;
    track.wait = null;
  }

  onTransmit(message: number, direction: number, t: number): void {
    const track = this.tracks.get(message);
    if (!track) return;
    this.endWait(message, t, false);
    const d = this.world.directions[direction]!;
    const hop: Hop = {
      ...ids(track),
      from: d.from,
      to: d.to,
      departUs: t,
      endUs: null,
      diedAt: null,
      diedOnArrival: false,
      late: false,
    };
    track.wire = hop;
    this.story.hops.push(hop);
  }

  onArrive(message: number, t: number): void {
    const track = this.tracks.get(message);
    if (!track?.wire) return;
    track.wire.endUs = t;
    track.last = track.wire;
    track.wire = null;
  }

  onDropInCable(message: number, reason: number, direction: number, t: number): void {
    const track = this.tracks.get(message);
    if (!track) return;
    const hop = track.wire;
    if (hop && this.world.directions[direction]!.from === hop.from) {
      // On the wire: a loss dies halfway (as the simulation has it); a cut cable or a flush
      // catches it where it had got to, judged by the cable's own latency.
      const latencyUs = this.world.directions[direction]!.base.latencyUs;
      const lost = DROP_REASONS[reason] === 'loss';
      const fraction = lost ? 0.5 : latencyUs > 0 ? (t - hop.departUs) / latencyUs : 0.5;
      hop.endUs = t;
      hop.diedAt = Math.min(0.9, Math.max(0.1, fraction));
      track.wire = null;
      this.addDrop(track, reason, t, null, hop);
      return;
    }
    // Never left the sending node: a cut cable at the door, a full queue, a flushed queue.
    this.addDrop(track, reason, t, this.world.directions[direction]!.from, null);
  }

  onDropAtNode(message: number, node: number, reason: number, t: number): void {
    const track = this.tracks.get(message);
    if (!track) return;
    if (track.wire) {
      // It arrived at a machine that could not take it: the hop ends in the drop.
      track.wire.endUs = t;
      track.wire.diedOnArrival = true;
      track.last = track.wire;
      track.wire = null;
    }
    this.addDrop(track, reason, t, node, null);
  }

  private addDrop(
    track: Track,
    reason: number,
    t: number,
    node: number | null,
    hop: Hop | null,
  ): void {
    if (track.wait) this.endWait(track.message, t, true);
    // Dropped the moment it arrived: the arrow itself ends in the mark.
    if (node !== null && track.last && track.last.to === node && track.last.endUs === t) {
      track.last.diedOnArrival = true;
    }
    this.story.drops.push({ ...ids(track), timeUs: t, reason: DROP_REASONS[reason]!, node, hop });
    this.tracks.delete(track.message);
  }

  onReceive(message: number, client: number, t: number): void {
    const track = this.tracks.get(message);
    if (!track) return;
    this.endWait(message, t, false);
    const receive: Receive = {
      ...ids(track),
      source: track.source,
      client,
      timeUs: t,
      late: false,
      ended: false,
    };
    this.clients.onReceive(receive, track.last);
    this.tracks.delete(message);
  }
}

const ids = (track: Track) => ({
  message: track.message,
  request: track.request,
  attempt: track.attempt,
  kind: track.kind,
});
