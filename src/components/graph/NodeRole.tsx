import { nodeRoleText, showsLeader, type NodeLook } from './looks.ts';
import type { NodeLayout } from './node-layout.ts';

/**
 * What a node believes of its part, a line under its label: a leader's `★ leader · term 2` in
 * bold (the star repeats the one on its glyph: never the colour alone), a follower's
 * `follower · term 2`, a balancer's `2 of 3 in rotation`. A paused leader keeps its star and its
 * words, frozen, under `paused` written above it: after a takeover two nodes believe they lead.
 */
export function NodeRole({ look, layout }: { look: NodeLook; layout: NodeLayout }) {
  const text = nodeRoleText(look);
  if (text === null) return null;
  const leader = showsLeader(look);
  return (
    <text
      className={`graph-role${leader ? ' graph-role-leader' : ''}`}
      x={layout.roleX}
      y={layout.roleY}
      textAnchor={layout.anchor}
    >
      {leader ? `★ ${text}` : text}
    </text>
  );
}
