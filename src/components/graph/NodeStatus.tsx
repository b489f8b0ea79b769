import { useEffect, useRef } from 'react';
import { useController } from '../../store/hooks.ts';
import { countsDown, nodeStatusText, type NodeLook } from './looks.ts';
import type { NodeLayout } from './node-layout.ts';

interface Props {
  look: NodeLook;
  layout: NodeLayout;
}

/**
 * The state written above a node ("paused 210 ms", "crashed"), or nothing. A countdown is
 * written again on every frame of the controller, straight into the text node (never through
 * React state), so it ticks while playing rather than only when the lab's revision changes.
 */
export function NodeStatus({ look, layout }: Props) {
  const controller = useController();
  const ref = useRef<SVGTextElement>(null);
  const ticking = countsDown(look);

  useEffect(() => {
    if (!ticking) return;
    const write = () => {
      const node = ref.current?.firstChild;
      const text = nodeStatusText(look, controller.sim.nowUs);
      if (node && text !== null && node.nodeValue !== text) node.nodeValue = text;
    };
    write();
    return controller.onFrame(write);
  }, [controller, look, ticking]);

  const status = nodeStatusText(look, controller.sim.nowUs);
  if (status === null) return null;
  return (
    <text
      ref={ref}
      className={`graph-status graph-status-${look.process}`}
      x={layout.statusX}
      y={layout.statusY}
      textAnchor={layout.anchor}
    >
      {status}
    </text>
  );
}
