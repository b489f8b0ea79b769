import { LABEL_ROW_PX, type PlotFrame } from './plot-frame.ts';
import type { MarkKind } from './plot-layout.ts';

interface Props {
  frame: PlotFrame;
  timeoutUs: number;
}

const rowY = (row: number): number => LABEL_ROW_PX * (row + 1) - 4;

const kindClass = (kind: MarkKind): string => (kind === 'tcp' ? 'rt-rto' : 'rt-percentile');

/**
 * The marks over the bars: the percentiles (thin, dotted) and TCP's adaptive timeout (dashed),
 * labelled in rows so that no label covers another; and the chosen timeout, a thick line with a
 * handle, labelled in the top row.
 */
export function PlotMarks({ frame, timeoutUs }: Props) {
  const { bottom } = frame;
  const tX = frame.x(timeoutUs);
  const label = frame.timeoutLabel;
  return (
    <g aria-hidden="true">
      {/* Every line before any label: a label's halo then hides the lines that cross it. */}
      {frame.labels.map((l) => (
        <line
          key={`${l.text}-line`}
          className={kindClass(l.kind)}
          x1={l.markX}
          x2={l.markX}
          y1={rowY(l.row) + 4}
          y2={bottom}
        />
      ))}
      <line className="rt-timeout" x1={tX} x2={tX} y1={2} y2={bottom} />
      <path className="rt-timeout" d={`M${tX - 6} 2h12l-6 8z`} />
      {frame.labels.map((l) => (
        <text key={l.text} className={`rt-halo ${kindClass(l.kind)}`} x={l.x} y={rowY(l.row)}>
          {l.text}
        </text>
      ))}
      <text className="rt-halo rt-timeout" x={label.x} y={rowY(0)} textAnchor={label.anchor}>
        {label.text}
      </text>
    </g>
  );
}
