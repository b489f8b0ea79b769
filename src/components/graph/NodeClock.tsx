import { nodeClockText, type NodeLook } from './looks.ts';
import { clockY, NODE_LAYOUTS, type Placement } from './node-layout.ts';

/**
 * How far a node's time-of-day clock is from true time (`clock −50.0 ms`), a line under its
 * label and its part (concepts.md F3, F4): the truth a node cannot see, so only while the truth
 * is shown. Written again on each revision, not each frame: it drifts slowly.
 */
export function NodeClock({ look, placement }: { look: NodeLook; placement: Placement }) {
  const text = nodeClockText(look);
  if (text === null) return null;
  const layout = NODE_LAYOUTS[placement];
  return (
    <text
      className="graph-clock"
      x={layout.roleX}
      y={clockY(look.kind, placement)}
      textAnchor={layout.anchor}
    >
      {text}
    </text>
  );
}
