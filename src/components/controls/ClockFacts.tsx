import { formatClock, formatDuration } from '../../lab/clock-format.ts';
import type { Simulation } from '../../sim/index.ts';
import { clockRows } from './clock-facts.ts';

/** A machine's time-of-day and monotonic clocks, when they are not perfect. */
export function ClockFacts({ sim, id }: { sim: Simulation; id: string }) {
  const rows = clockRows(sim, id, formatClock, formatDuration);
  if (rows.length === 0) return null;
  return (
    <dl className="ctl-facts" aria-label="Clocks">
      {rows.map((row) => (
        <div key={row.name}>
          <dt>{row.name}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
