/**
 * What a client knows: only what it saw itself. The requests it sent, the responses it got
 * (on time, or late for an attempt it had given up on), the signals that ended an attempt
 * (connection refused, reset, host unreachable) and its own timers firing. Never
 * messages in flight, other nodes' states, or why a timeout happened.
 *
 * Derived from the trace alone, so two runs can be compared by what their client saw.
 */

import type { Trace } from './trace.ts';
import { OUTCOMES, type SignalledOutcome } from './vocabulary.ts';
import type { World } from './world.ts';

export interface ClientObservation {
  timeUs: number;
  what: 'sent' | 'response' | 'timeout' | 'late response' | SignalledOutcome;
  /** `r3` */
  request: string;
  /** 0 for the first attempt. */
  attempt: number;
}

export function clientView(trace: Trace, world: World, clientId: string): ClientObservation[] {
  const client = world.index.get(clientId);
  const seen: ClientObservation[] = [];
  // Which requests are this client's, learnt from its own sends.
  const mine = new Set<number>();
  const attemptOf = new Map<number, number>();
  for (let i = trace.firstIndex; i < trace.length; i++) {
    const { timeUs, type, a, b, c } = trace.row(i);
    const note = (what: ClientObservation['what'], request: number, attempt: number) =>
      seen.push({ timeUs, what, request: `r${request}`, attempt });
    switch (type) {
      case 'send': {
        const m = trace.messages[a];
        if (m && m.kind === 'request' && m.source === client) {
          mine.add(m.request);
          attemptOf.set(m.request, m.attempt);
          note('sent', m.request, m.attempt);
        }
        break;
      }
      case 'outcome':
        // Only an ok outcome is a thing seen; a final timeout is the timer below.
        if (mine.has(a) && b === 0) note('response', a, attemptOf.get(a) ?? 0);
        break;
      case 'timeout':
        if (mine.has(a)) note('timeout', a, b);
        break;
      case 'attempt-failed':
        // An RST or ICMP message reached the client: it knows which, and nothing more.
        if (mine.has(a)) note(OUTCOMES[c] as SignalledOutcome, a, b);
        break;
      case 'late-response':
        if (mine.has(a)) note('late response', a, b);
        break;
    }
  }
  return seen;
}
