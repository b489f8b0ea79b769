import { scaleLinear, scaleLog } from 'd3-scale';
import { useMemo } from 'react';
import { formatDuration } from '../../lab/clock-format.ts';
import { loadCurve, type LoadPoint } from '../../lab/load-curve.ts';
import { useController } from '../../store/hooks.ts';

const W = 560;
const H = 220;
const PAD = { left: 56, right: 16, top: 14, bottom: 34 };

function path(
  points: LoadPoint[],
  x: (f: number) => number,
  y: (us: number) => number,
  key: 'p50Us' | 'p99Us',
) {
  return points
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.factor).toFixed(1)},${y(p[key]).toFixed(1)}`)
    .join('');
}

/**
 * Latency against load: the scenario run again at several rates (a quarter to one and a half
 * times its own) and the client's p50 and p99 drawn against the load, in the plot's place.
 * Bounded work (see load-curve.ts), done once when it opens.
 */
export function LoadCurve({ clientId }: { clientId: string }) {
  const controller = useController();
  const scenario = controller.sim.world.scenario;
  const points = useMemo(() => loadCurve(scenario, clientId), [scenario, clientId]);
  const answered = points.filter((p) => p.answered > 0);
  const x = scaleLinear()
    .domain([0.25, 1.5])
    .range([PAD.left, W - PAD.right]);
  const low = Math.max(100, Math.min(...answered.map((p) => p.p50Us)) / 1.5);
  const high = Math.max(low * 10, ...answered.map((p) => p.p99Us * 1.3));
  const y = scaleLog()
    .domain([low, high])
    .range([H - PAD.bottom, PAD.top]);
  const summary = answered
    .map((p) => `${p.factor}×: p50 ${formatDuration(p.p50Us)}, p99 ${formatDuration(p.p99Us)}`)
    .join('; ');
  return (
    <figure className="rt-load">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Latency against load. ${summary}`}>
        <line
          className="rt-load-axis"
          x1={PAD.left}
          x2={W - PAD.right}
          y1={H - PAD.bottom}
          y2={H - PAD.bottom}
        />
        {/* 30 ms, 100 ms, 300 ms, 1 s…: a log axis reads by its 1s and 3s. */}
        {y
          .ticks()
          .filter((t) => /^[13]/.test(String(t)))
          .map((t) => (
            <text
              key={t}
              className="rt-load-tick"
              x={PAD.left - 4}
              y={y(t)}
              textAnchor="end"
              dominantBaseline="middle"
            >
              {formatDuration(t)}
            </text>
          ))}
        {[0.25, 0.5, 1, 1.5].map((f) => (
          <text
            key={f}
            className="rt-load-tick"
            x={x(f)}
            y={H - PAD.bottom + 14}
            textAnchor="middle"
          >
            {f}×
          </text>
        ))}
        <line className="rt-load-now" x1={x(1)} x2={x(1)} y1={PAD.top} y2={H - PAD.bottom} />
        <path className="rt-load-p99" d={path(answered, x, y, 'p99Us')} />
        <path className="rt-load-p50" d={path(answered, x, y, 'p50Us')} />
        {answered.length > 0 && (
          <>
            <text
              className="rt-load-end"
              x={W - PAD.right}
              y={y(answered.at(-1)!.p99Us) - 6}
              textAnchor="end"
            >
              p99
            </text>
            <text
              className="rt-load-end"
              x={W - PAD.right}
              y={y(answered.at(-1)!.p50Us) + 14}
              textAnchor="end"
            >
              p50
            </text>
          </>
        )}
      </svg>
      <figcaption>
        p99 (dashed) and p50 against the load, as a multiple of this scenario’s (the line at 1×).
      </figcaption>
    </figure>
  );
}
