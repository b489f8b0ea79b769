import { memo, type KeyboardEvent } from 'react';
import type { Point } from '../../render/layout.ts';
import { laneBetween, NODE_TRIM, uprightAngle } from './geometry.ts';

interface Props {
  a: string;
  b: string;
  /** The accessible name (`cable client–switch`) and the state of both directions in words. */
  name: string;
  description: string;
  from: Point;
  to: Point;
  glyphScale: number;
  onSelect(a: string, b: string): void;
}

/**
 * The part of a cable you press: a wide invisible stroke along it (easy to tap), stopping short
 * of the nodes so they stay easy to press too. A button: click, tap, Enter or Space selects.
 * The focus ring is a rounded box around the cable.
 */
function CableTargetView({ a, b, name, description, from, to, glyphScale: s, onSelect }: Props) {
  const line = laneBetween(from, to, 0, NODE_TRIM * s * 1.15, NODE_TRIM * s * 1.15);
  const length = Math.hypot(line.x1 - line.x0, line.y1 - line.y0);
  const angle = uprightAngle(line.x1 - line.x0, line.y1 - line.y0);
  const cx = (line.x0 + line.x1) / 2;
  const cy = (line.y0 + line.y1) / 2;
  const halfWidth = 20 * s;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    event.stopPropagation();
    onSelect(a, b);
  };
  return (
    <g
      className="graph-cable-target"
      data-cable-a={a}
      data-cable-b={b}
      role="button"
      tabIndex={0}
      aria-label={name}
      onClick={() => onSelect(a, b)}
      onKeyDown={onKeyDown}
    >
      <desc>{description}</desc>
      <line
        className="graph-cable-hit"
        x1={line.x0}
        y1={line.y0}
        x2={line.x1}
        y2={line.y1}
        style={{ strokeWidth: `${halfWidth * 2.4}px` }}
      />
      <rect
        className="graph-cable-focus"
        x={-length / 2}
        y={-halfWidth}
        width={length}
        height={halfWidth * 2}
        rx={halfWidth}
        transform={`translate(${cx} ${cy}) rotate(${angle})`}
      />
    </g>
  );
}

export const CableTarget = memo(CableTargetView);
