/**
 * Per-request results of a run, in the words of the command line's contract: id, client,
 * server, send time, client-visible outcome, cause, how many times the server processed it,
 * and what happened after the client gave up.
 */

import type { Simulation } from './simulation.ts';
import type { RequestRecord } from './state.ts';
import { CAUSES, OUTCOMES, type Cause, type Outcome } from './vocabulary.ts';

export interface RequestResult {
  /** `r1`, `r2`, … */
  id: string;
  client: string;
  server: string;
  sentAtUs: number;
  /** `pending` while the run has not yet decided it. */
  outcome: Outcome | 'pending';
  cause: Cause | null;
  attempts: number;
  processedCount: number;
  processedAfterTimeout: boolean;
  lateResponse: boolean;
  duplicate: boolean;
}

/** How many requests ended each way (`ok`, `timeout`, `connection refused`, …) or are `pending`. */
export type Counts = Record<Outcome | 'pending', number> & {
  requests: number;
  /** The causes behind the timeouts. */
  causes: Record<Cause, number>;
  processedAfterTimeout: number;
  lateResponse: number;
  duplicate: number;
};

export const requestLabel = (id: number): string => `r${id}`;

export function requestResult(sim: Simulation, r: RequestRecord): RequestResult {
  return {
    id: requestLabel(r.id),
    client: sim.world.nodes[r.client]!.id,
    server: sim.world.nodes[r.server]!.id,
    sentAtUs: r.sentAtUs,
    outcome: r.status === 'outstanding' ? 'pending' : r.status,
    cause: r.cause,
    attempts: r.attempts.length,
    processedCount: r.processedCount,
    processedAfterTimeout: r.processedAfterTimeout,
    lateResponse: r.lateResponse,
    duplicate: r.processedCount >= 2,
  };
}

export function results(sim: Simulation): { requests: RequestResult[]; counts: Counts } {
  const requests = sim.state.requests.map((r) => requestResult(sim, r));
  const counts: Counts = {
    requests: requests.length,
    ...(Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>),
    pending: 0,
    causes: Object.fromEntries(CAUSES.map((c) => [c, 0])) as Record<Cause, number>,
    processedAfterTimeout: 0,
    lateResponse: 0,
    duplicate: 0,
  };
  for (const r of requests) {
    counts[r.outcome]++;
    if (r.cause && r.outcome === 'timeout') counts.causes[r.cause]++;
    if (r.processedAfterTimeout) counts.processedAfterTimeout++;
    if (r.lateResponse) counts.lateResponse++;
    if (r.duplicate) counts.duplicate++;
  }
  return { requests, counts };
}
