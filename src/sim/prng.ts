/**
 * The seeded random generator of the simulation: sfc32 (Chris Doty-Humphrey's small fast
 * chaotic generator, 128-bit state, passes PractRand), seeded through splitmix32.
 *
 * Its state is four plain int32 numbers, so a snapshot of the simulation captures it exactly.
 * Each subsystem draws from its own stream (see `RngStreams`), so that a change in one part of
 * a scenario (a new fault) does not reshuffle the random numbers of the others (the workload).
 *
 * Only IEEE-exact operations are used (integer arithmetic, one division by a power of two), so
 * the same seed gives the same draws in every JavaScript engine.
 */

/** The four 32-bit words of an sfc32 generator. Mutated in place by each draw. */
export type RngState = [number, number, number, number];

const TWO_TO_32 = 4294967296;

/** One splitmix32 step: a good 32-bit mixer, used to spread a seed over the sfc32 state. */
function splitmix32(x: number): number {
  let z = (x + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** FNV-1a hash of a stream name, so that each stream of one seed starts somewhere else. */
function hashName(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  }
  return h >>> 0;
}

/**
 * A generator for one stream of one seed. `seed` is a whole number from 0 to 2^53 - 1.
 *
 * The seed's low and high 32 bits and the stream name's hash each fill one word of the state
 * through splitmix32, which is a bijection; the fourth word is sfc32's counter. So distinct
 * seeds (and streams with distinct hashes) start from distinct states.
 */
export function createRng(seed: number, stream: string): RngState {
  const low = seed >>> 0;
  const high = Math.floor(seed / TWO_TO_32) >>> 0;
  const state: RngState = [
    splitmix32(low) | 0,
    splitmix32(high ^ 0x5bd1e995) | 0,
    splitmix32(hashName(stream)) | 0,
    1,
  ];
  // sfc32's authors run it a few rounds first, so that similar seeds diverge.
  for (let i = 0; i < 15; i++) nextUint32(state);
  return state;
}

/** The next 32-bit unsigned integer of the stream. */
export function nextUint32(s: RngState): number {
  let [a, b, c, d] = s;
  const t = (((a + b) | 0) + d) | 0;
  d = (d + 1) | 0;
  a = b ^ (b >>> 9);
  b = (c + (c << 3)) | 0;
  c = (c << 21) | (c >>> 11);
  c = (c + t) | 0;
  s[0] = a;
  s[1] = b;
  s[2] = c;
  s[3] = d;
  return t >>> 0;
}

/** A uniform number in [0, 1), with 32 bits of resolution. */
export function nextUnit(s: RngState): number {
  return nextUint32(s) / TWO_TO_32;
}

/** A uniform whole number from `min` to `max`, both included. */
export function uniformInt(s: RngState, min: number, max: number): number {
  if (max <= min) return min;
  const span = max - min + 1;
  return min + Math.floor((nextUint32(s) / TWO_TO_32) * span);
}

/**
 * True with the given probability (0 to 1). The probability is turned into a 32-bit
 * threshold, so a probability of 0 never fires and 1 always does.
 */
export function chance(s: RngState, probability: number): boolean {
  if (probability <= 0) return false;
  if (probability >= 1) return true;
  return nextUint32(s) < Math.floor(probability * TWO_TO_32);
}

/** A copy of a generator's state, for snapshots. */
export function copyRng(s: RngState): RngState {
  return [s[0], s[1], s[2], s[3]];
}
