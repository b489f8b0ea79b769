/**
 * What "go on" (Space, →, Page Down: a clicker's one button) does on the six worlds, so a
 * lecturer can run the whole demonstration with one button: play; playing stops by itself
 * where r3 times out; the next press reveals the six stories (clickers have no Enter key);
 * the next plays on to the end, where the aftermath (late responses, work done anyway) shows.
 */

export type Beat = 'play' | 'pause' | 'reveal';

export interface BeatState {
  playing: boolean;
  revealed: boolean;
  /** r3 has ended (timed out) by the time on screen. */
  featuredEnded: boolean;
}

export function nextBeat({ playing, revealed, featuredEnded }: BeatState): Beat {
  if (playing) return 'pause';
  if (featuredEnded && !revealed) return 'reveal';
  return 'play';
}
