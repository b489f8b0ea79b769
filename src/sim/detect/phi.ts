/**
 * The φ accrual failure detector (Hayashibara, Défago, Yared and Katayama, "The φ accrual failure
 * detector", SRDS 2004), as Akka and Cassandra implement it (concepts.md D13).
 *
 * The detector keeps a window of heartbeat inter-arrival times and outputs, instead of a verdict,
 * a suspicion level φ(t) = -log10 P(the next heartbeat comes later than t after the last one),
 * for the caller to compare with its own threshold. Two models of the inter-arrival times:
 *
 * - 'normal', Akka's `PhiAccrualFailureDetector`: a normal distribution whose mean is the window's
 *   mean plus the acceptable heartbeat pause, and whose standard deviation is at least
 *   minStdDeviationUs; its tail is Akka's logistic approximation of the normal CDF.
 * - 'exponential', Cassandra's `FailureDetector.ArrivalWindow`: φ = (t / mean) log10(e).
 *
 * Both start as Akka does: the first heartbeat seeds the window with two intervals,
 * firstHeartbeatEstimateUs ± a quarter of it. Like Akka, a heartbeat that arrives when φ is
 * already at the threshold does not add its interval to the window, so that one outage does not
 * teach the detector that outages are normal (Cassandra instead drops intervals longer than
 * 2 s by default, twice its gossip interval; not modelled). Before the first heartbeat φ is 0:
 * a peer never heard from is not suspected.
 *
 * Deterministic: only + - * /, Math.sqrt (IEEE 754's correctly rounded square root) and
 * det-math's exp and log10. The state is plain data, mutated in place; a snapshot copies it
 * with `copyPhiDetector` or structuredClone.
 */

import { detExp, detLog10 } from '../det-math.ts';

export type PhiModel = 'normal' | 'exponential';

export interface PhiOptions {
  model: PhiModel;
  /** The conviction threshold: Akka and Cassandra use 8 (10 to 12 suggested on EC2). */
  threshold: number;
  /** Window size, in intervals: 1000 in Akka and Cassandra. */
  maxSampleSize: number;
  /** 'normal' only. Akka: 100 ms. Must be positive. */
  minStdDeviationUs: number;
  /** 'normal' only: added to the mean. Akka: 3 s. */
  acceptableHeartbeatPauseUs: number;
  /** The expected interval before any is seen. Akka: 1 s, the heartbeat interval. */
  firstHeartbeatEstimateUs: number;
}

export const DEFAULT_PHI_OPTIONS: Readonly<PhiOptions> = {
  model: 'normal',
  threshold: 8,
  maxSampleSize: 1000,
  minStdDeviationUs: 100_000,
  acceptableHeartbeatPauseUs: 3_000_000,
  firstHeartbeatEstimateUs: 1_000_000,
};

export interface PhiDetectorState {
  /** When the last heartbeat arrived, or null before the first. */
  lastHeartbeatUs: number | null;
  /** The window, a ring buffer: it grows to maxSampleSize, then `oldest` is overwritten. */
  intervalsUs: number[];
  oldest: number;
  /** The window's mean and population standard deviation, µs, updated by each heartbeat. */
  meanUs: number;
  stdDeviationUs: number;
  options: Readonly<PhiOptions>;
}

/** log10(e) and ln(10), as literals: the engines' Math constants are not needed. */
const LOG10_E = 0.4342944819032518;
const LN_10 = 2.302585092994046;

function checkOptions(o: PhiOptions): void {
  if (o.model !== 'normal' && o.model !== 'exponential') throw new RangeError('unknown model');
  if (!Number.isSafeInteger(o.maxSampleSize) || o.maxSampleSize < 1)
    throw new RangeError('maxSampleSize must be a whole number of at least 1');
  if (!(o.minStdDeviationUs > 0)) throw new RangeError('minStdDeviationUs must be positive');
  if (!(o.acceptableHeartbeatPauseUs >= 0) || !(o.firstHeartbeatEstimateUs > 0))
    throw new RangeError('acceptableHeartbeatPauseUs must be >= 0, firstHeartbeatEstimateUs > 0');
  if (Number.isNaN(o.threshold)) throw new RangeError('threshold must be a number');
}

/** A detector that has heard nothing yet. Missing options take Akka's defaults. */
export function createPhiDetector(options: Partial<PhiOptions> = {}): PhiDetectorState {
  const o: PhiOptions = { ...DEFAULT_PHI_OPTIONS, ...options };
  checkOptions(o);
  return {
    lastHeartbeatUs: null,
    intervalsUs: [],
    oldest: 0,
    meanUs: 0,
    stdDeviationUs: 0,
    options: o,
  };
}

function addInterval(state: PhiDetectorState, intervalUs: number): void {
  const window = state.intervalsUs;
  if (window.length < state.options.maxSampleSize) window.push(intervalUs);
  else {
    window[state.oldest] = intervalUs;
    state.oldest = (state.oldest + 1) % window.length;
  }
}

/** Two passes over the window: O(window) per heartbeat, but no drift from running sums. */
function updateStatistics(state: PhiDetectorState): void {
  const window = state.intervalsUs;
  let sum = 0;
  for (const x of window) sum += x;
  const mean = sum / window.length;
  let squares = 0;
  for (const x of window) squares += (x - mean) * (x - mean);
  state.meanUs = mean;
  state.stdDeviationUs = Math.sqrt(squares / window.length);
}

/** A heartbeat arrived at nowUs (not before the previous one). */
export function heartbeat(state: PhiDetectorState, nowUs: number): void {
  const last = state.lastHeartbeatUs;
  const o = state.options;
  if (last === null) {
    const quarterUs = o.firstHeartbeatEstimateUs / 4;
    addInterval(state, o.firstHeartbeatEstimateUs - quarterUs);
    addInterval(state, o.firstHeartbeatEstimateUs + quarterUs);
    updateStatistics(state);
  } else {
    if (!(nowUs >= last)) throw new RangeError(`heartbeat at ${nowUs} before the last, ${last}`);
    if (phiAfter(state, nowUs - last) < o.threshold) {
      addInterval(state, nowUs - last);
      updateStatistics(state);
    }
  }
  state.lastHeartbeatUs = nowUs;
}

/** φ when elapsedUs have passed since the last heartbeat. */
function phiAfter(state: PhiDetectorState, elapsedUs: number): number {
  const o = state.options;
  const t = Math.max(0, elapsedUs);
  if (o.model === 'exponential') return (t / Math.max(1, state.meanUs)) * LOG10_E;
  const mean = state.meanUs + o.acceptableHeartbeatPauseUs;
  const sd = Math.max(state.stdDeviationUs, o.minStdDeviationUs);
  // Akka's logistic approximation of the normal CDF, F(y) = 1 / (1 + e), and φ = -log10(1 - F),
  // written for each side of the mean so that neither form loses its digits to cancellation.
  const y = (t - mean) / sd;
  const e = detExp(-y * (1.5976 + 0.070566 * y * y));
  const p = t > mean ? -detLog10(e / (1 + e)) : -detLog10(1 - 1 / (1 + e));
  return p + 0; // -log10(1) is -0
}

/** The suspicion level at nowUs: 0 before the first heartbeat, then growing with the silence. */
export function phi(state: PhiDetectorState, nowUs: number): number {
  return state.lastHeartbeatUs === null ? 0 : phiAfter(state, nowUs - state.lastHeartbeatUs);
}

/**
 * How long after the last heartbeat φ reaches the threshold: the least whole number of µs at
 * which `phi` gives at least `threshold`, so that a timer set for then agrees with `phi`.
 * Infinity before the first heartbeat, or if φ never gets there.
 */
export function suspicionTimeUs(
  state: PhiDetectorState,
  threshold = state.options.threshold,
): number {
  if (Number.isNaN(threshold)) throw new RangeError('threshold must be a number');
  if (state.lastHeartbeatUs === null) return Infinity;
  const reached = (t: number): boolean => phiAfter(state, t) >= threshold;
  if (reached(0)) return 0;
  if (state.options.model === 'exponential') {
    // Closed form t = threshold · mean · ln 10, then a step or two to agree with phiAfter.
    let t = Math.ceil(threshold * Math.max(1, state.meanUs) * LN_10);
    if (!Number.isSafeInteger(t)) return Infinity;
    while (t > 1 && reached(t - 1)) t--;
    while (!reached(t)) t++;
    return t;
  }
  // φ grows with t: double until it is reached, then bisect (about 50 evaluations).
  let below = 0;
  let above = 1;
  while (!reached(above)) {
    below = above;
    above *= 2;
    if (above > Number.MAX_SAFE_INTEGER) return Infinity;
  }
  while (above - below > 1) {
    const mid = Math.floor((below + above) / 2);
    if (reached(mid)) above = mid;
    else below = mid;
  }
  return above;
}

/** A copy for a snapshot (the options are never changed, so they are shared). */
export function copyPhiDetector(state: PhiDetectorState): PhiDetectorState {
  return { ...state, intervalsUs: state.intervalsUs.slice() };
}
