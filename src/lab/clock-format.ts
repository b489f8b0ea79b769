/** The virtual clock as people read it: `1.250 s`, `85.0 ms`. */
export function formatClock(us: number): string {
  if (us >= 1_000_000) return `${(us / 1_000_000).toFixed(3)} s`;
  return `${(us / 1000).toFixed(1)} ms`;
}

/** A short duration: `100 ms`, `1.5 s`, `250 µs`. */
export function formatDuration(us: number): string {
  if (us >= 1_000_000) return `${Number((us / 1_000_000).toPrecision(3))} s`;
  if (us >= 1000) return `${Number((us / 1000).toPrecision(3))} ms`;
  return `${us} µs`;
}
