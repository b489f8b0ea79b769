/**
 * TCP's retransmission-timeout estimator (Jacobson/Karels, as specified by RFC 6298), in whole
 * microseconds, for the "adaptive timeouts" lessons (concepts.md D12).
 *
 * - Until the first sample, RTO is the initial value (RFC 6298 (2.1): 1 s).
 * - First sample R: SRTT = R, RTTVAR = R/2 (2.2).
 * - Later samples R: RTTVAR = (1 - β) RTTVAR + β |SRTT - R|, then SRTT = (1 - α) SRTT + α R (2.3),
 *   in that order: RTTVAR measures the deviation from the old SRTT.
 * - After each sample RTO = SRTT + max(G, K RTTVAR), clamped to [minRtoUs, maxRtoUs] (2.4, 2.5).
 * - On each expiry of the timer, RTO doubles, up to maxRtoUs (5.5); the next valid sample
 *   recomputes it from SRTT and RTTVAR, which undoes the back-off.
 *
 * Karn's rule (RFC 6298 section 3): an acknowledgement of data that was sent more than once is
 * ambiguous (it may answer any of the copies), so it must not be fed as a sample; `karnSampleUs`
 * does that check. The back-off kept until a valid sample arrives is the other half of Karn's
 * algorithm, and follows from `backOff` and `addRttSample`.
 *
 * Rounding: the state holds whole microseconds. Each smoothing step moves SRTT or RTTVAR by its
 * exact amount rounded up in magnitude (towards its target), so that it always moves at least
 * 1 µs and reaches a steady target exactly: rounding to nearest would leave SRTT stuck up to
 * 4 µs from a constant RTT (an eighth of 4 µs rounds to 0) and RTTVAR stuck at 2 µs. The first
 * RTTVAR = R/2 rounds halves up, and K RTTVAR rounds up, so RTO never falls below the formula.
 *
 * The state is plain numbers, mutated in place (like the generator state in prng.ts); a snapshot
 * copies it with `copyRtoEstimator` or structuredClone.
 */

export interface RtoOptions {
  /** Gain of the smoothed RTT; RFC 6298: 1/8. */
  alpha: number;
  /** Gain of the smoothed mean deviation; RFC 6298: 1/4. */
  beta: number;
  /** Deviations of margin above SRTT; RFC 6298: 4. */
  k: number;
  /** Floor; RFC 6298 (2.4): 1 s (SHOULD). Linux uses 200 ms. */
  minRtoUs: number;
  /** Cap; RFC 6298 (2.5): at least 60 s. Linux uses 120 s. */
  maxRtoUs: number;
  /** RTO before the first sample; RFC 6298 (2.1): 1 s. Clamped to [minRtoUs, maxRtoUs]. */
  initialRtoUs: number;
  /**
   * Clock granularity G, the least margin over SRTT. The simulated clock ticks in µs, but a
   * real TCP timer does not: we take 1 ms, the tick of Linux at HZ = 1000 (its TCP timestamps
   * are in ms, too). It keeps RTO at least one tick above a perfectly steady RTT, whose RTTVAR
   * decays to 0, so that a "1 ms floor" preset still waits for a steady ACK; with G = 1 µs any
   * jitter at all would fire spurious retransmissions.
   */
  clockGranularityUs: number;
}

export const DEFAULT_RTO_OPTIONS: Readonly<RtoOptions> = {
  alpha: 1 / 8,
  beta: 1 / 4,
  k: 4,
  minRtoUs: 1_000_000,
  maxRtoUs: 60_000_000,
  initialRtoUs: 1_000_000,
  clockGranularityUs: 1000,
};

export interface RtoEstimatorState {
  /** Smoothed RTT, µs (0 before the first sample). */
  srttUs: number;
  /** Smoothed mean deviation of the RTT, µs (0 before the first sample). */
  rttvarUs: number;
  /** The retransmission timeout to arm now, µs. */
  rtoUs: number;
  /** How many samples were taken. */
  samples: number;
  options: Readonly<RtoOptions>;
}

function checkOptions(o: RtoOptions): void {
  const gainOk = (g: number): boolean => g > 0 && g <= 1;
  const usOk = (us: number): boolean => Number.isFinite(us) && us >= 0;
  if (!gainOk(o.alpha) || !gainOk(o.beta)) throw new RangeError('alpha and beta must be in (0, 1]');
  if (!(o.k > 0) || !Number.isFinite(o.k)) throw new RangeError('k must be a positive number');
  if (![o.minRtoUs, o.maxRtoUs, o.initialRtoUs, o.clockGranularityUs].every(usOk))
    throw new RangeError('durations must be finite and not negative');
  if (o.minRtoUs > o.maxRtoUs) throw new RangeError('minRtoUs must not exceed maxRtoUs');
}

const clampRto = (o: RtoOptions, rtoUs: number): number =>
  Math.min(o.maxRtoUs, Math.max(o.minRtoUs, rtoUs));

/** An estimator with no samples yet. Missing options take RFC 6298's values. */
export function createRtoEstimator(options: Partial<RtoOptions> = {}): RtoEstimatorState {
  const o: RtoOptions = { ...DEFAULT_RTO_OPTIONS, ...options };
  checkOptions(o);
  return { srttUs: 0, rttvarUs: 0, rtoUs: clampRto(o, o.initialRtoUs), samples: 0, options: o };
}

/** from + gain (to - from), with the step rounded up in magnitude (see the header). */
function smooth(fromUs: number, toUs: number, gain: number): number {
  const step = gain * (toUs - fromUs);
  return fromUs + Math.sign(step) * Math.ceil(Math.abs(step));
}

/**
 * Take one RTT measurement (whole µs; a fraction is rounded to nearest). The caller applies
 * Karn's rule first: see `karnSampleUs`. Returns the new RTO.
 */
export function addRttSample(state: RtoEstimatorState, rttUs: number): number {
  if (!(rttUs >= 0) || !Number.isFinite(rttUs)) throw new RangeError(`bad RTT sample ${rttUs}`);
  const r = Math.round(rttUs);
  const o = state.options;
  if (state.samples === 0) {
    state.srttUs = r;
    state.rttvarUs = Math.round(r / 2);
  } else {
    state.rttvarUs = smooth(state.rttvarUs, Math.abs(state.srttUs - r), o.beta);
    state.srttUs = smooth(state.srttUs, r, o.alpha);
  }
  state.samples++;
  const marginUs = Math.max(o.clockGranularityUs, Math.ceil(o.k * state.rttvarUs));
  state.rtoUs = clampRto(o, state.srttUs + marginUs);
  return state.rtoUs;
}

/** The timer expired: double RTO, up to the cap (RFC 6298 (5.5)). Returns the new RTO. */
export function backOff(state: RtoEstimatorState): number {
  state.rtoUs = Math.min(state.options.maxRtoUs, state.rtoUs * 2);
  return state.rtoUs;
}

/**
 * Karn's rule: the RTT sample that an acknowledgement gives, or null when the acknowledged data
 * was transmitted more than once, since the ACK may then answer any copy: timing it from the
 * first send would inflate the estimate, from the last send deflate it.
 */
export function karnSampleUs(
  transmissions: number,
  sentAtUs: number,
  ackedAtUs: number,
): number | null {
  return transmissions === 1 ? ackedAtUs - sentAtUs : null;
}

/** A copy for a snapshot (the options are never changed, so they are shared). */
export function copyRtoEstimator(state: RtoEstimatorState): RtoEstimatorState {
  return { ...state };
}
