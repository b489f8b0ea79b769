/**
 * Reading the clients' part of the story: what each client sent and got back, its timers, the
 * attempts a signal ended, and how each request ended. The message reader hands it the sends
 * and receipts it tracked; the rest comes from the clients' own rows of the trace.
 */

import { CAUSES, OUTCOMES, type SignalledOutcome, type World } from '../../sim/index.ts';
import type { Hop, Receive, Send, Story } from './story.ts';

export class ClientReader {
  private readonly story: Story;
  private readonly world: World;
  /** Each attempt's send, by `request:attempt`. */
  private readonly sent = new Map<string, Send>();
  /** The last thing a client received, with the hop that brought it. */
  private lastReceive: { receive: Receive; hop: Hop | null } | null = null;

  constructor(story: Story, world: World) {
    this.story = story;
    this.world = world;
  }

  /**
   * A request message sent: by its client (an attempt), or by a load balancer passing the
   * attempt on (a message of its own, whose target is the backend that got it).
   */
  onRequestMessage(sent: Omit<Send, 'backend'>): void {
    const kind = this.world.kinds[sent.client];
    if (kind === 'client') return this.onRequestSent({ ...sent, backend: null });
    const send = this.sent.get(`${sent.request}:${sent.attempt}`);
    if (kind === 'balancer' && send) send.backend = sent.server;
  }

  private onRequestSent(send: Send): void {
    this.story.sends.push(send);
    this.sent.set(`${send.request}:${send.attempt}`, send);
    if (this.story.requests.has(send.request)) return;
    this.story.requests.set(send.request, {
      request: send.request,
      client: send.client,
      server: send.server,
      sentUs: send.timeUs,
      outcome: null,
      endedUs: null,
      cause: null,
    });
  }

  onReceive(receive: Receive, hop: Hop | null): void {
    this.story.receives.push(receive);
    this.lastReceive = { receive, hop };
  }

  /** The response just received came after the client gave up on its attempt. */
  onLate(request: number, attempt: number): void {
    const last = this.lastReceive;
    if (!last || last.receive.request !== request || last.receive.attempt !== attempt) return;
    last.receive.late = true;
    if (last.hop) last.hop.late = true;
  }

  onTimeout(request: number, attempt: number, cause: number, t: number): void {
    const story = this.story.requests.get(request);
    if (!story) return;
    this.story.timeouts.push({
      request,
      attempt,
      client: story.client,
      sentUs: this.sent.get(`${request}:${attempt}`)?.timeUs ?? story.sentUs,
      timeUs: t,
      cause: CAUSES[cause] ?? null,
    });
  }

  /** A signal ended an attempt: it is the receipt just read (same request, attempt and time). */
  onAttemptFailed(request: number, attempt: number, outcome: number, t: number): void {
    const story = this.story.requests.get(request);
    if (!story) return;
    const last = this.lastReceive?.receive;
    const signal =
      last && last.request === request && last.attempt === attempt && last.timeUs === t
        ? last
        : null;
    if (signal) signal.ended = true;
    this.story.failures.push({
      request,
      attempt,
      client: story.client,
      timeUs: t,
      outcome: OUTCOMES[outcome] as SignalledOutcome,
      signal,
    });
  }

  onOutcome(request: number, outcome: number, cause: number, t: number): void {
    const story = this.story.requests.get(request);
    if (!story) return;
    story.outcome = OUTCOMES[outcome] ?? null;
    story.endedUs = t;
    story.cause = cause >= 0 ? (CAUSES[cause] ?? null) : null;
  }
}
