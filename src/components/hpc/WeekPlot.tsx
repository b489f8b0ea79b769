import { scaleLinear } from 'd3-scale';
import { useRef } from 'react';
import { DAY_S, type WorkPoint } from '../../hpc/model.ts';
import { useElementSize } from '../graph/useElementSize.ts';
import { linePath } from './plot-path.ts';

interface Props {
  horizonS: number;
  job: readonly WorkPoint[];
  service: readonly WorkPoint[];
  /** The plot in words, for screen readers. */
  description: string;
}

const [LEFT_PX, RIGHT_PX, TOP_PX, BOTTOM_PX] = [40, 12, 10, 28];

/**
 * Work done over one week, in days of the whole machine: the ideal (every node, all the time),
 * the service (capacity served) and the job (its progress, which drops back at each failure).
 */
export function WeekPlot({ horizonS, job, service, description }: Props) {
  const boxRef = useRef<HTMLDivElement>(null);
  const { width, height } = useElementSize(boxRef);
  const x = scaleLinear()
    .domain([0, horizonS])
    .range([LEFT_PX, width - RIGHT_PX]);
  const y = scaleLinear()
    .domain([0, horizonS])
    .range([height - BOTTOM_PX, TOP_PX]);
  const path = (points: readonly WorkPoint[]) =>
    linePath(points.map((p) => [x(p.tS), y(p.valueS)] as const));
  const days = Array.from({ length: Math.floor(horizonS / DAY_S) + 1 }, (_, i) => i * DAY_S);
  return (
    <div className="hpc-plot" ref={boxRef}>
      {width > 0 && height > 0 && (
        <svg width={width} height={height} role="img" aria-label={description}>
          <g aria-hidden="true">
            {days.map((d) => (
              <g key={d}>
                <line className="hpc-grid" x1={x(d)} x2={x(d)} y1={y(0)} y2={y(horizonS)} />
                <text className="hpc-tick" x={x(d)} y={height - 8} textAnchor="middle">
                  {d / DAY_S}
                </text>
                <text className="hpc-tick" x={LEFT_PX - 6} y={y(d) + 4} textAnchor="end">
                  {d / DAY_S}
                </text>
              </g>
            ))}
            <path
              className="hpc-line hpc-ideal"
              d={path([
                { tS: 0, valueS: 0 },
                { tS: horizonS, valueS: horizonS },
              ])}
            />
            <path className="hpc-line hpc-service" d={path(service)} />
            <path className="hpc-line hpc-job" d={path(job)} />
          </g>
        </svg>
      )}
    </div>
  );
}
