import type { LongRun } from '../../hpc/sweep.ts';
import { formatCount, formatMinutes, formatShare } from './hpc-format.ts';

/** The sweep's numbers, behind a disclosure: the plot's points as a table. */
export function SweepTable({ sweep }: { sweep: readonly LongRun[] }) {
  return (
    <details className="hpc-numbers">
      <summary>The numbers</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">Nodes</th>
            <th scope="col">Machine MTBF</th>
            <th scope="col">Young’s τ</th>
            <th scope="col">Job, simulated</th>
            <th scope="col">Job, formula</th>
            <th scope="col">Service capacity</th>
          </tr>
        </thead>
        <tbody>
          {sweep.map((r) => (
            <tr key={r.nodes}>
              <th scope="row">{formatCount(r.nodes)}</th>
              <td>{formatMinutes(r.mtbfS)}</td>
              <td>{formatMinutes(r.intervalS)}</td>
              <td>{formatShare(r.jobUseful)}</td>
              <td>{r.formulaUseful > 0 ? formatShare(r.formulaUseful) : 'below 0'}</td>
              <td>{formatShare(r.serviceCapacity)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
