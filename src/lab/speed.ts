/**
 * Playback speed: how much virtual time passes per second of real time, from 0.01× to 100×
 * on a log scale. A slider moves linearly in [0, 1]; the speed is 10^(4p - 2).
 */

export const SPEED_MIN = 0.01;
export const SPEED_MAX = 100;
/** A 5 ms hop takes 100 ms to watch; a 100 ms timeout, 2 s. */
export const SPEED_DEFAULT = 0.05;

export const speedFromSlider = (p: number): number => 10 ** (4 * Math.min(1, Math.max(0, p)) - 2);
export const sliderFromSpeed = (speed: number): number => (Math.log10(speed) + 2) / 4;

/** Snap to 1, 2 or 5 times a power of ten, so the label reads cleanly. */
export function niceSpeed(speed: number): number {
  const exponent = Math.floor(Math.log10(speed));
  const base = 10 ** exponent;
  const steps = [1, 2, 5, 10];
  const step = steps.reduce((best, s) =>
    Math.abs(s * base - speed) < Math.abs(best * base - speed) ? s : best,
  );
  return Number((step * base).toPrecision(2));
}

/**
 * "0.05× real time (1 s takes 20 s)" — so that nobody reads 0.05 as twenty times faster.
 */
export function speedLabel(speed: number): string {
  const times = `${speed.toLocaleString('en-US', { maximumSignificantDigits: 2 })}× real time`;
  if (speed === 1) return `${times} (as fast as real life)`;
  if (speed < 1) return `${times} (1 s takes ${formatSeconds(1 / speed)})`;
  return `${times} (${formatSeconds(speed)} pass each second)`;
}

function formatSeconds(s: number): string {
  return `${s.toLocaleString('en-US', { maximumSignificantDigits: 3 })} s`;
}
