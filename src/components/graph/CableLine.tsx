import { memo } from 'react';
import type { Point } from '../../render/layout.ts';
import { CableLane } from './CableLane.tsx';
import { sameLaneLook, type LaneLook } from './looks.ts';

interface Props {
  a: Point;
  b: Point;
  /** The direction from a to b, and from b to a. */
  forward: LaneLook;
  backward: LaneLook;
  selected: boolean;
  glyphScale: number;
  levelText: boolean;
}

/** A cable drawn as two lanes, one per direction; a band under both when it is selected. */
function CableLineView(props: Props) {
  const { a, b, forward, backward, selected, glyphScale, levelText } = props;
  return (
    <g className={selected ? 'graph-cable is-selected' : 'graph-cable'}>
      {selected && (
        <line
          className="graph-cable-halo"
          x1={a.x}
          y1={a.y}
          x2={b.x}
          y2={b.y}
          style={{ strokeWidth: `${34 * glyphScale}px` }}
        />
      )}
      <CableLane from={a} to={b} look={forward} glyphScale={glyphScale} levelText={levelText} />
      <CableLane from={b} to={a} look={backward} glyphScale={glyphScale} levelText={levelText} />
    </g>
  );
}

export const CableLine = memo(
  CableLineView,
  (p, q) =>
    p.a === q.a &&
    p.b === q.b &&
    p.selected === q.selected &&
    p.glyphScale === q.glyphScale &&
    p.levelText === q.levelText &&
    sameLaneLook(p.forward, q.forward) &&
    sameLaneLook(p.backward, q.backward),
);
