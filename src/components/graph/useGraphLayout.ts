import { useCallback, useMemo, useState } from 'react';
import { layoutGraph, type Point } from '../../render/layout.ts';
import { useController, useLab } from '../../store/hooks.ts';

interface Dragging {
  id: string;
  x: number;
  y: number;
}

/**
 * Where each node is drawn: the deterministic layout of the scenario (run to rest before the
 * first drawing), with the node being dragged moved by hand. The layout is not run again while
 * dragging; when a drag ends the position goes into the scenario, so a reset or a shared link
 * shows the same picture.
 */
export function useGraphLayout() {
  const controller = useController();
  const nodes = useLab((s) => s.view.scenario.nodes);
  const cables = useLab((s) => s.view.scenario.cables);
  const layout = useMemo(() => layoutGraph(nodes, cables), [nodes, cables]);
  const [dragging, setDragging] = useState<Dragging | null>(null);

  const positions = useMemo(() => {
    if (!dragging) return layout;
    return new Map(layout).set(dragging.id, { x: dragging.x, y: dragging.y });
  }, [layout, dragging]);

  const dragTo = useCallback((id: string, x: number, y: number) => setDragging({ id, x, y }), []);

  const dragEnd = useCallback(
    (id: string, x: number, y: number) => {
      // With some nodes left to the force layout, pinning one would move the others on the next
      // layout run; so the first drag pins every node where it is now.
      const allPlaced = nodes.every((n) => n.x !== undefined && n.y !== undefined);
      const places = new Map<string, Point>(
        allPlaced ? [] : nodes.map((n) => [n.id, layout.get(n.id) ?? { x: 0, y: 0 }]),
      );
      places.set(id, { x, y });
      controller.placeNodes(places);
      setDragging(null);
    },
    [controller, layout, nodes],
  );

  return { nodes, cables, layout, positions, dragTo, dragEnd };
}
