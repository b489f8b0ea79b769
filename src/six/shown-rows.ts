/**
 * Which requests a small world shows: the latest few, and the featured one (r3) always once it
 * is sent, so the request the six worlds are about never scrolls out of a tile.
 */

export function shownRows<T extends { label: string }>(
  records: readonly T[],
  featured: string,
  count: number,
): T[] {
  const latest = records.slice(Math.max(0, records.length - count));
  const pinned = records.find((r) => r.label === featured);
  if (!pinned || latest.includes(pinned)) return latest;
  return [pinned, ...latest.slice(1)];
}
