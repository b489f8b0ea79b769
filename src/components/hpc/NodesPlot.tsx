import { scaleLinear, scaleLog } from 'd3-scale';
import { useRef } from 'react';
import type { LongRun } from '../../hpc/sweep.ts';
import { useElementSize } from '../graph/useElementSize.ts';
import { linePath } from './plot-path.ts';

interface Props {
  sweep: readonly LongRun[];
  /** The machine set now, and its job at the chosen interval: the marked point. */
  current: LongRun;
  description: string;
}

const [LEFT_PX, RIGHT_PX, TOP_PX, BOTTOM_PX] = [44, 16, 10, 28];
const DECADES = [1, 10, 100, 1000, 10_000, 100_000];
const SHARES = [0, 0.25, 0.5, 0.75, 1];
const decadeLabel = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));

/**
 * Useful work against the number of nodes (log): the service's capacity, the job simulated at
 * Young's interval for each size, the first-order formula for it (cut at zero, where it says
 * the job cannot progress), and the job at the chosen interval on the machine set now.
 */
export function NodesPlot({ sweep, current, description }: Props) {
  const boxRef = useRef<HTMLDivElement>(null);
  const { width, height } = useElementSize(boxRef);
  const x = scaleLog()
    .domain([1, 100_000])
    .range([LEFT_PX, width - RIGHT_PX]);
  const y = scaleLinear()
    .domain([0, 1])
    .range([height - BOTTOM_PX, TOP_PX]);
  const line = (value: (r: LongRun) => number) =>
    linePath(sweep.map((r) => [x(r.nodes), y(Math.max(0, Math.min(1, value(r))))] as const));
  return (
    <div className="hpc-plot" ref={boxRef}>
      {width > 0 && height > 0 && (
        <svg width={width} height={height} role="img" aria-label={description}>
          <g aria-hidden="true">
            {DECADES.map((n) => (
              <g key={n}>
                <line className="hpc-grid" x1={x(n)} x2={x(n)} y1={y(0)} y2={y(1)} />
                <text className="hpc-tick" x={x(n)} y={height - 8} textAnchor="middle">
                  {decadeLabel(n)}
                </text>
              </g>
            ))}
            {SHARES.map((s) => (
              <g key={s}>
                <line className="hpc-grid" x1={x(1)} x2={x(100_000)} y1={y(s)} y2={y(s)} />
                <text className="hpc-tick" x={LEFT_PX - 6} y={y(s) + 4} textAnchor="end">
                  {`${s * 100}%`}
                </text>
              </g>
            ))}
            <line
              className="hpc-now"
              x1={x(current.nodes)}
              x2={x(current.nodes)}
              y1={y(0)}
              y2={y(1)}
            />
            <path className="hpc-line hpc-service" d={line((r) => r.serviceCapacity)} />
            <path className="hpc-line hpc-formula" d={line((r) => r.formulaUseful)} />
            <path className="hpc-line hpc-job" d={line((r) => r.jobUseful)} />
            {sweep.map((r) => (
              <circle key={r.nodes} className="hpc-dot" cx={x(r.nodes)} cy={y(r.jobUseful)} r={4} />
            ))}
            <rect
              className="hpc-you"
              x={x(current.nodes) - 6}
              y={y(Math.max(0, current.jobUseful)) - 6}
              width={12}
              height={12}
              transform={`rotate(45 ${x(current.nodes)} ${y(Math.max(0, current.jobUseful))})`}
            />
          </g>
        </svg>
      )}
    </div>
  );
}
