import { formatDuration } from '../../lab/clock-format.ts';
import { LABEL_ROW_PX, textPx, type PlotFrame } from '../timeouts/plot-frame.ts';

interface Props {
  frame: PlotFrame;
  /** The circuit's bound, drawn as a thick line; null for packets, which have none. */
  boundUs: number | null;
}

const rowY = (row: number): number => LABEL_ROW_PX * (row + 1) - 4;

/**
 * The percentiles over the bars (thin, dotted, labelled in rows so none covers another) and
 * the circuit's bound: the longest round trip it allows, labelled in the top row.
 */
export function SwitchMarks({ frame, boundUs }: Props) {
  const { bottom, width } = frame;
  const boundX = boundUs === null ? 0 : frame.x(boundUs);
  const boundText = boundUs === null ? '' : `bound ${formatDuration(boundUs)}`;
  const fitsRight = boundX + 6 + textPx(boundText) <= width;
  return (
    <g aria-hidden="true">
      {/* Every line before any label: a label's halo then hides the lines that cross it. */}
      {frame.labels.map((l) => (
        <line
          key={`${l.text}-line`}
          className="rt-percentile"
          x1={l.markX}
          x2={l.markX}
          y1={rowY(l.row) + 4}
          y2={bottom}
        />
      ))}
      {boundUs !== null && <line className="sw-bound" x1={boundX} x2={boundX} y1={4} y2={bottom} />}
      {frame.labels.map((l) => (
        <text key={l.text} className="rt-halo rt-percentile" x={l.x} y={rowY(l.row)}>
          {l.text}
        </text>
      ))}
      {boundUs !== null && (
        <text
          className="rt-halo sw-bound"
          x={fitsRight ? boundX + 6 : boundX - 6}
          y={rowY(0)}
          textAnchor={fitsRight ? 'start' : 'end'}
        >
          {boundText}
        </text>
      )}
    </g>
  );
}
