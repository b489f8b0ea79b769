import { memo, useRef, type KeyboardEvent } from 'react';
import { nodeName, sameNodeLook, showsLeader, type NodeLook } from './looks.ts';
import { NodeBadge } from './NodeBadge.tsx';
import { NodeClock } from './NodeClock.tsx';
import { NODE_LAYOUTS, type Placement } from './node-layout.ts';
import { NodeRole } from './NodeRole.tsx';
import { NodeShape } from './NodeShape.tsx';
import { NodeStatus } from './NodeStatus.tsx';
import { ServerQueueBar } from './ServerQueueBar.tsx';
import { useNodeDrag } from './useNodeDrag.ts';

interface Props {
  id: string;
  label: string;
  x: number;
  y: number;
  look: NodeLook;
  selected: boolean;
  glyphScale: number;
  /** Label and state under the glyph, or beside it (a drawing turned on its side). */
  placement: Placement;
  /** Screen pixels per world unit now (read during a drag, not a prop that changes). */
  zoom(): number;
  onSelect(id: string): void;
  onDrag(id: string, x: number, y: number): void;
  onDragEnd(id: string, x: number, y: number): void;
}

/**
 * One node: its glyph by kind, its label below, its state above in words with an icon, a
 * replica's or a balancer's part under its label, then its clock's offset if it is off, and for a server the queue bar (all of them to its right when placed `beside`); while the truth is
 * hidden, only the glyph and the label. A button: click, tap, Enter or Space selects; it can be
 * dragged (a drag does not select). Re-renders only when what it shows changes.
 */
function NodeGlyphView(props: Props) {
  const { id, label, x, y, look, selected, glyphScale, placement } = props;
  const layout = NODE_LAYOUTS[placement];
  const ref = useRef<SVGGElement>(null);
  const dragged = useNodeDrag(ref, {
    position: () => ({ x: props.x, y: props.y }),
    scale: props.zoom,
    onMove: (nx, ny) => props.onDrag(id, nx, ny),
    onEnd: (moved, nx, ny) => {
      if (moved) props.onDragEnd(id, nx, ny);
    },
  });
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    // Space would also play or pause (a page-wide shortcut) and scroll the page.
    event.preventDefault();
    event.stopPropagation();
    props.onSelect(id);
  };
  // Hidden, the node is drawn as if running: no greying, no badge, nothing to guess from.
  const classes = ['graph-node', `graph-node-${look.kind}`, `is-${look.process}`];
  if (selected) classes.push('is-selected');
  return (
    <g
      ref={ref}
      className={classes.join(' ')}
      transform={`translate(${x} ${y})`}
      data-node-id={id}
      role="button"
      tabIndex={0}
      aria-label={nodeName(label, look)}
      onClick={() => {
        if (!dragged.current) props.onSelect(id);
      }}
      onKeyDown={onKeyDown}
    >
      <g transform={`scale(${glyphScale})`}>
        <rect className="graph-node-hit" {...layout.hit} />
        <rect className="graph-node-halo" x={-33} y={-31} width={66} height={62} rx={12} />
        <rect className="graph-node-focus" x={-38} y={-36} width={76} height={72} rx={14} />
        <g className="graph-node-body">
          <NodeShape kind={look.kind} leads={showsLeader(look)} />
        </g>
        <NodeBadge process={look.process} />
        <text
          className="graph-label"
          x={layout.labelX}
          y={layout.labelY}
          textAnchor={layout.anchor}
        >
          {label}
        </text>
        <NodeStatus look={look} layout={layout} />
        <NodeRole look={look} layout={layout} />
        <NodeClock look={look} placement={placement} />
        {look.kind === 'server' && !look.hidden && (
          <ServerQueueBar waiting={look.waiting} capacity={look.capacity} layout={layout} />
        )}
      </g>
    </g>
  );
}

export const NodeGlyph = memo(
  NodeGlyphView,
  (a, b) =>
    a.id === b.id &&
    a.label === b.label &&
    a.x === b.x &&
    a.y === b.y &&
    a.selected === b.selected &&
    a.glyphScale === b.glyphScale &&
    a.placement === b.placement &&
    a.zoom === b.zoom &&
    a.onSelect === b.onSelect &&
    a.onDrag === b.onDrag &&
    a.onDragEnd === b.onDragEnd &&
    sameNodeLook(a.look, b.look),
);
