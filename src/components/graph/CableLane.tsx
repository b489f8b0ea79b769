import type { Point } from '../../render/layout.ts';
import { LANE_OFFSET, laneBetween, NODE_TRIM, uprightAngle, type Lane } from './geometry.ts';
import type { LaneLook } from './looks.ts';

interface Props {
  from: Point;
  to: Point;
  look: LaneLook;
  glyphScale: number;
  /** Write the lane's text level (a drawing turned on its side) rather than along the lane. */
  levelText: boolean;
}

/** The gap of a cut lane, and the size of the cross in it (world units at glyph scale 1). */
const GAP = 22;
const CROSS = 5;

/**
 * One direction of a cable, on the right of its travel: a line with a chevron pointing the
 * way messages go. Cut: a gap with a cross and the word "cut". Degraded: dashed, with what
 * changed written beside it ("+300 ms"), on the lane's own side of the cable.
 */
export function CableLane({ from, to, look, glyphScale: s, levelText }: Props) {
  const lane = laneBetween(from, to, LANE_OFFSET * s, NODE_TRIM * s, NODE_TRIM * s);
  const dx = lane.x1 - lane.x0;
  const dy = lane.y1 - lane.y0;
  const length = Math.hypot(dx, dy);
  const ux = length > 0 ? dx / length : 1;
  const uy = length > 0 ? dy / length : 0;
  const mx = lane.x0 + dx / 2;
  const my = lane.y0 + dy / 2;
  const roomy = length > 60 * s;
  const text = !look.up ? 'cut' : look.degraded ? look.change : '';
  const half = (GAP * s) / 2;
  const classes = ['graph-lane', look.up ? '' : 'is-cut', look.degraded ? 'is-degraded' : ''];
  return (
    <g className={classes.join(' ').trim()}>
      {look.up ? (
        <line x1={lane.x0} y1={lane.y0} x2={lane.x1} y2={lane.y1} />
      ) : (
        <>
          <line x1={lane.x0} y1={lane.y0} x2={mx - ux * half} y2={my - uy * half} />
          <line x1={mx + ux * half} y1={my + uy * half} x2={lane.x1} y2={lane.y1} />
          <path className="graph-lane-cross" d={cross(mx, my, CROSS * s)} />
        </>
      )}
      {roomy && (
        <path
          className="graph-lane-chevron"
          d={chevron(lane.x0 + dx * 0.68, lane.y0 + dy * 0.68, ux, uy, 4.5 * s)}
        />
      )}
      {text && (
        <text
          className="graph-lane-text"
          {...(levelText ? levelPlace(mx, my, lane.nx, lane.ny, s) : alongPlace(mx, my, lane, s))}
          style={{ fontSize: `${12.5 * s}px` }}
        >
          {text}
        </text>
      )}
    </g>
  );
}

/** Text turned along the lane (never upside down), centred beside its middle. */
function alongPlace(mx: number, my: number, lane: Lane, s: number) {
  const angle = uprightAngle(lane.x1 - lane.x0, lane.y1 - lane.y0);
  const x = mx + lane.nx * 17 * s;
  const y = my + lane.ny * 17 * s;
  return { transform: `translate(${x} ${y}) rotate(${angle})`, textAnchor: 'middle' as const };
}

/**
 * Level text beside the lane's middle, on the lane's side: starting right of a lane that runs
 * up or down on the right, ending left of one on the left, centred above or below a level one.
 */
function levelPlace(mx: number, my: number, nx: number, ny: number, s: number) {
  const sideways = Math.abs(nx) > 0.5;
  const gap = (sideways ? 10 : 17) * s;
  const textAnchor: 'middle' | 'start' | 'end' = !sideways ? 'middle' : nx > 0 ? 'start' : 'end';
  return { x: mx + nx * gap, y: my + ny * gap, textAnchor };
}

const cross = (x: number, y: number, r: number): string =>
  `M ${x - r} ${y - r} L ${x + r} ${y + r} M ${x + r} ${y - r} L ${x - r} ${y + r}`;

/** An open arrowhead at (x, y) pointing along (ux, uy). */
function chevron(x: number, y: number, ux: number, uy: number, r: number): string {
  const bx = x - ux * r;
  const by = y - uy * r;
  return `M ${bx - uy * r} ${by + ux * r} L ${x} ${y} L ${bx + uy * r} ${by - ux * r}`;
}
