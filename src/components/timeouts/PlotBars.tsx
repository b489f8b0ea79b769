import type { PlotFrame } from './plot-frame.ts';

interface Props {
  frame: PlotFrame;
  unanswered: number;
  /** From useId: what makes this plot's pattern ids unique on the page. */
  patternIds: string;
  /** The words under the slot at the right: what it counts. */
  slotLabel?: string;
}

/**
 * The bars: round trips that came back within the timeout solid, those that came back later
 * hatched (each a false timeout: the server was alive), and the attempts that never got an
 * answer in a slot of their own, cross-hatched, since their round trip is only "at least".
 */
export function PlotBars({ frame, unanswered, patternIds, slotLabel = 'no answer' }: Props) {
  const { x, y, bottom } = frame;
  const safe = patternIds.replace(/[^a-zA-Z0-9_-]/g, '');
  const late = `rt-late-${safe}`;
  const none = `rt-none-${safe}`;
  const noneHeight = bottom - y(unanswered);
  return (
    <g>
      <defs>
        <pattern
          id={late}
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect className="rt-late-ground" width="6" height="6" />
          <rect className="rt-late-stripe" width="3" height="6" />
        </pattern>
        <pattern id={none} width="6" height="6" patternUnits="userSpaceOnUse">
          <rect className="rt-none-ground" width="6" height="6" />
          <path className="rt-none-stripe" d="M0 0L6 6M6 0L0 6" />
        </pattern>
      </defs>
      {frame.countTicks.map((n) => (
        <line key={n} className="rt-grid" x1={frame.left} x2={frame.right} y1={y(n)} y2={y(n)} />
      ))}
      {frame.parts.map((p) => {
        const x0 = x(p.loUs);
        const w = Math.max(1, x(p.hiUs) - x0 - (p.late ? 0 : 1));
        return (
          <rect
            key={`${p.loUs}-${p.late}`}
            className={p.late ? 'rt-bar rt-bar-late' : 'rt-bar'}
            x={x0}
            y={y(p.count)}
            width={w}
            height={bottom - y(p.count)}
            style={p.late ? { fill: `url(#${late})` } : undefined}
          />
        );
      })}
      <rect
        className="rt-bar rt-bar-none"
        x={frame.noAnswerX}
        y={bottom - noneHeight}
        width={frame.noAnswerWidth}
        height={Math.max(unanswered > 0 ? 2 : 0, noneHeight)}
        style={{ fill: `url(#${none})` }}
      />
      <text
        className="rt-count"
        x={frame.noAnswerX + frame.noAnswerWidth / 2}
        y={bottom - noneHeight - 4}
      >
        {unanswered}
      </text>
      <text className="rt-tick-label" x={frame.noAnswerX + frame.noAnswerWidth / 2} y={bottom + 17}>
        {slotLabel}
      </text>
    </g>
  );
}
