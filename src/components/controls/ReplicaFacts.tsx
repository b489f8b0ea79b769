import { formatDuration } from '../../lab/clock-format.ts';
import type { Simulation } from '../../sim/index.ts';
import { replicaRows } from './replica-facts.ts';

/** A replica's beliefs, or what a storage its replicas write to has taken. */
export function ReplicaFacts({ sim, id }: { sim: Simulation; id: string }) {
  const rows = replicaRows(sim, id, formatDuration);
  if (rows.length === 0) return null;
  return (
    <dl className="ctl-facts">
      {rows.map((row) => (
        <div key={row.name}>
          <dt>{row.name}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
