/**
 * The round trips a client measured itself (concepts.md D1, D11, D12): for each attempt that
 * got a response, on time or late (the client sees late responses too), how long after sending
 * it the response came; and the attempts that got none at all, which only say "at least as
 * long as the client waited". Read from the client's own events in the trace and from its own
 * records (when it sent, when its timer was due), never from what happened elsewhere.
 *
 * From those samples alone, with no new run: how many responses a shorter timeout would have
 * given up on while the server was alive, and where TCP's adaptive estimator (RFC 6298) would
 * have put its timeout.
 */

import { addRttSample, createRtoEstimator, TRACE_TYPES, type Simulation } from '../sim/index.ts';

export interface RoundTrip {
  sentAtUs: number;
  arrivedAtUs: number;
  rttUs: number;
  /** The client had already given up on this attempt: a late response. */
  late: boolean;
}

export interface Unanswered {
  sentAtUs: number;
  /** How long the client waited in vain, so the round trip took at least this long (if ever). */
  waitedUs: number;
}

export interface RoundTrips {
  /** Responses the client received, in the order they arrived. */
  answered: RoundTrip[];
  /** Attempts that timed out and whose response has not come (up to now). */
  unanswered: Unanswered[];
  /**
   * Attempts a signal ended at once (connection refused or reset, host unreachable): the client
   * got an answer of sorts, but no round trip to measure.
   */
  refused: number;
}

const RECEIVE = TRACE_TYPES.indexOf('receive');

/**
 * The client whose round trips to show: the selected node when it is a client with a workload,
 * else the first client with one; null when no client has a workload.
 */
export function measuredClient(sim: Simulation, selectedId: string | null): string | null {
  const { world } = sim;
  const selected = selectedId === null ? undefined : world.index.get(selectedId);
  if (selected !== undefined && world.workloads.some((w) => w.clientIndex === selected)) {
    return selectedId;
  }
  const first = world.workloads[0];
  return first ? world.nodes[first.clientIndex]!.id : null;
}

/** What `clientId` measured up to the simulation's present moment. */
export function roundTrips(sim: Simulation, clientId: string): RoundTrips {
  const client = sim.world.index.get(clientId);
  if (client === undefined) return { answered: [], unanswered: [], refused: 0 };
  const { trace, state } = sim;
  const answered: RoundTrip[] = [];
  const received = new Set<number>();
  // Straight over the trace's columns: a long run has millions of rows, read ten times a second.
  const offset = trace.firstIndex;
  for (let i = 0; i < trace.length - offset; i++) {
    if (trace.type[i] !== RECEIVE || trace.b[i] !== client) continue;
    const message = trace.messages[trace.a[i]!];
    if (!message || message.kind !== 'response') continue;
    const attempt = state.requests[message.request - 1]?.attempts[message.attempt];
    if (!attempt) continue;
    const arrivedAtUs = trace.timeUs[i]!;
    received.add(message.id);
    answered.push({
      sentAtUs: attempt.sentAtUs,
      arrivedAtUs,
      rttUs: arrivedAtUs - attempt.sentAtUs,
      late: attempt.status !== 'ok',
    });
  }
  const unanswered: Unanswered[] = [];
  let refused = 0;
  for (const request of state.requests) {
    if (request.client !== client) continue;
    for (const a of request.attempts) {
      if (a.status === 'outstanding' || a.status === 'ok') continue;
      if (a.status !== 'timeout') refused++;
      else if (!received.has(a.responseMessage))
        unanswered.push({ sentAtUs: a.sentAtUs, waitedUs: a.deadlineUs - a.sentAtUs });
    }
  }
  return { answered, unanswered, refused };
}

/**
 * The nearest-rank percentile of sorted values: the smallest value that `p` (0 to 1) of them
 * do not exceed, so "p99 = 228 ms" reads "99% of round trips took at most 228 ms" and is always
 * a time that was measured. NaN when there are none.
 */
export function percentile(sortedUs: readonly number[], p: number): number {
  if (sortedUs.length === 0) return NaN;
  const rank = Math.ceil(p * sortedUs.length);
  return sortedUs[Math.min(sortedUs.length, Math.max(1, rank)) - 1]!;
}

export interface Percentiles {
  p50: number;
  p99: number;
  p999: number;
  max: number;
}

export function percentiles(sortedUs: readonly number[]): Percentiles {
  return {
    p50: percentile(sortedUs, 0.5),
    p99: percentile(sortedUs, 0.99),
    p999: percentile(sortedUs, 0.999),
    max: percentile(sortedUs, 1),
  };
}

export const sortedRtts = (answered: readonly RoundTrip[]): number[] =>
  answered.map((r) => r.rttUs).sort((a, b) => a - b);

/**
 * Responses that came later than `timeoutUs`: with that timeout the client would have given up
 * on each of them and declared a live server dead. Counted in sorted round trips.
 */
export function laterThan(sortedUs: readonly number[], timeoutUs: number): number {
  let lo = 0;
  let hi = sortedUs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sortedUs[mid]! <= timeoutUs) lo = mid + 1;
    else hi = mid;
  }
  return sortedUs.length - lo;
}

export interface RtoPoint {
  /** When the sample arrived, µs. */
  atUs: number;
  rttUs: number;
  srttUs: number;
  rtoUs: number;
}

/** The Linux floor (RTO_MIN, 200 ms) or a 1 ms one: what TCP's timeout may not go below. */
export type RtoFloor = 'linux' | '1ms';
export const RTO_FLOOR_US: Record<RtoFloor, number> = { linux: 200_000, '1ms': 1000 };

/** RFC 6298's estimator fed every round trip in arrival order: SRTT and RTO after each. */
export function rtoTrack(answered: readonly RoundTrip[], floorUs: number): RtoPoint[] {
  const estimator = createRtoEstimator({ minRtoUs: floorUs });
  return answered.map((r) => {
    const rtoUs = addRttSample(estimator, r.rttUs);
    return { atUs: r.arrivedAtUs, rttUs: r.rttUs, srttUs: estimator.srttUs, rtoUs };
  });
}

/**
 * Responses that came later than the adaptive timeout in force when their attempt was sent
 * (the RTO after every sample that had arrived by then; RFC 6298's initial 1 s before any):
 * the false timeouts the estimator would have caused.
 */
export function adaptiveLaterThan(answered: readonly RoundTrip[], track: readonly RtoPoint[]) {
  const initialUs = createRtoEstimator().rtoUs;
  let late = 0;
  for (const r of answered) {
    // The last sample that arrived no later than this attempt left.
    let lo = 0;
    let hi = track.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (track[mid]!.atUs <= r.sentAtUs) lo = mid + 1;
      else hi = mid;
    }
    const inForceUs = lo === 0 ? initialUs : track[lo - 1]!.rtoUs;
    if (r.rttUs > inForceUs) late++;
  }
  return late;
}

export interface TcpEstimate {
  /** TCP's timeout after the last sample, with the chosen floor; null before any sample. */
  finalUs: number | null;
  /** What the formula SRTT + 4 RTTVAR alone gives then (a 1 ms floor): is the floor binding? */
  formulaUs: number | null;
  /** Responses later than the timeout in force when they were sent. */
  late: number;
}

export function tcpEstimate(answered: readonly RoundTrip[], floorUs: number): TcpEstimate {
  const track = rtoTrack(answered, floorUs);
  const bare = floorUs === RTO_FLOOR_US['1ms'] ? track : rtoTrack(answered, RTO_FLOOR_US['1ms']);
  return {
    finalUs: track[track.length - 1]?.rtoUs ?? null,
    formulaUs: bare[bare.length - 1]?.rtoUs ?? null,
    late: adaptiveLaterThan(answered, track),
  };
}
