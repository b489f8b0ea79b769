/**
 * Reading a replicated service's part of the story (concepts.md C3, G7): each replica's changes
 * of role and term, and each write its storage took or refused. What a row leaves out (what the
 * replica was before, the newest token the storage had taken) is remembered from the rows read
 * before it: from the very start of the run the scenario says who leads, in term 1, and a
 * replica that sends heartbeats or writes believes it leads.
 */

import type { MessageInfo, World } from '../../sim/index.ts';
import type { Story } from './story.ts';

/** Every replica's term when the run starts (see the simulation's state). */
const FIRST_TERM = 1;

export class ReplicaReader {
  private readonly story: Story;
  /** Each replica's role as last read. */
  private readonly leads = new Map<number, boolean>();
  /** Each storage's newest accepted token as far as read. */
  private readonly newest = new Map<number, number>();
  /** The message last handed to a node's software: a storage's verdict follows its write's. */
  private delivered = -1;
  /** `node:term` of each candidacy already marked. */
  private readonly stood = new Set<string>();

  /** `fromStart`: the rows read begin with the run's first, so its first roles are known. */
  constructor(story: Story, world: World, fromStart: boolean) {
    this.story = story;
    if (!fromStart) return;
    world.nodes.forEach((node, i) => {
      if (node.kind !== 'replica') return;
      this.leads.set(i, node.leader);
      // The first leader is marked at the start, so a window from 0 says who leads.
      if (node.leader) {
        story.roles.push({ node: i, timeUs: 0, leader: true, term: FIRST_TERM, wasLeader: null });
      }
    });
  }

  onRole(node: number, leader: boolean, term: number, t: number): void {
    const wasLeader = this.leads.get(node) ?? null;
    this.leads.set(node, leader);
    this.story.roles.push({ node, timeUs: t, leader, term, wasLeader });
  }

  onSend(info: MessageInfo | undefined, t: number): void {
    if (info?.kind === 'heartbeat' || info?.kind === 'write') this.leads.set(info.source, true);
    // A candidacy asks every peer at once: one mark for the first question of each term.
    if (info?.kind !== 'vote-request') return;
    const key = `${info.source}:${info.attempt}`;
    if (this.stood.has(key)) return;
    this.stood.add(key);
    const wasLeader = this.leads.get(info.source) ?? null;
    const { source: node, attempt: term } = info;
    this.story.roles.push({ node, timeUs: t, leader: false, term, wasLeader, stands: true });
  }

  onDeliver(message: number): void {
    this.delivered = message;
  }

  onWrite(storage: number, writer: number, token: number, accepted: boolean, t: number): void {
    const newest = this.newest.get(storage) ?? 0;
    if (accepted) this.newest.set(storage, Math.max(newest, token));
    const message = this.delivered;
    this.story.storeWrites.push({ message, storage, writer, timeUs: t, token, accepted, newest });
  }
}
