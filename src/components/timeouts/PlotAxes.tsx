import { formatDuration } from '../../lab/clock-format.ts';
import type { PlotFrame } from './plot-frame.ts';

/**
 * The time axis under the bars (log: every tick drawn, the round ones labelled) and the count
 * axis beside them (square root: labelled at 1, 10, 100 …).
 */
export function PlotAxes({ frame }: { frame: PlotFrame }) {
  const { x, y, left, right, top, bottom } = frame;
  return (
    <g aria-hidden="true">
      <line className="rt-axis" x1={left} x2={right} y1={bottom} y2={bottom} />
      {frame.ticksUs.map((t) => {
        const labelled = frame.labelledUs.has(t);
        return (
          <g key={t}>
            <line
              className="rt-axis"
              x1={x(t)}
              x2={x(t)}
              y1={bottom}
              y2={bottom + (labelled ? 6 : 3)}
            />
            {labelled && (
              <text className="rt-tick-label" x={x(t)} y={bottom + 17}>
                {formatDuration(t)}
              </text>
            )}
          </g>
        );
      })}
      <line className="rt-axis" x1={left} x2={left} y1={top} y2={bottom} />
      {frame.countTicks.map((n) => (
        <text key={n} className="rt-count-label" x={left - 5} y={y(n) + 4}>
          {n.toLocaleString('en-US')}
        </text>
      ))}
    </g>
  );
}
