import type { NodeLayout } from './node-layout.ts';

interface Props {
  waiting: number;
  capacity: number;
  layout: NodeLayout;
}

/**
 * Under (or beside) a server: how full its queue is, as a bar that fills and as numbers
 * ("12/64"). Always shown, so an overload reads as the bar filling up.
 */
export function ServerQueueBar({ waiting, capacity, layout }: Props) {
  const { barX, barY, barHeight, barWidth } = layout;
  const fraction = capacity > 0 ? Math.min(1, waiting / capacity) : waiting > 0 ? 1 : 0;
  const full = waiting >= capacity && waiting > 0;
  return (
    <g className={full ? 'graph-queue is-full' : 'graph-queue'}>
      <rect
        className="graph-queue-track"
        x={barX}
        y={barY}
        width={barWidth}
        height={barHeight}
        rx={2}
      />
      {fraction > 0 && (
        <rect
          className="graph-queue-fill"
          x={barX}
          y={barY}
          width={Math.max(2, barWidth * fraction)}
          height={barHeight}
          rx={2}
        />
      )}
      <text className="graph-queue-text" x={barX + barWidth + 5} y={barY + barHeight}>
        {`${waiting}/${capacity}`}
      </text>
    </g>
  );
}
