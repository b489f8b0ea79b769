import type { WorkPoint } from './model.ts';

/**
 * The line cut at the horizon: the points up to it, and one more on the horizon, between the
 * last point before it and the first after (a run's last step usually ends past the horizon).
 */
export function clipAt(points: readonly WorkPoint[], horizonS: number): WorkPoint[] {
  const kept: WorkPoint[] = [];
  for (const point of points) {
    if (point.tS <= horizonS) {
      kept.push(point);
      continue;
    }
    const last = kept[kept.length - 1];
    if (last && last.tS < horizonS) {
      const share = (horizonS - last.tS) / (point.tS - last.tS);
      kept.push({ tS: horizonS, valueS: last.valueS + share * (point.valueS - last.valueS) });
    }
    break;
  }
  return kept;
}
