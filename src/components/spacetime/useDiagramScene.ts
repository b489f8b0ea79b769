import { useEffect, useState } from 'react';
import { layoutSpaceTime } from '../../render/spacetime/layout.ts';
import type { Scene } from '../../render/spacetime/scene.ts';
import type { World } from '../../sim/index.ts';
import { useController, useLab } from '../../store/hooks.ts';
import type { Selection } from '../../store/lab-store.ts';
import type { ElementSize } from '../graph/useElementSize.ts';
import { diagramWindow, orientationFor } from './diagram-window.ts';

/**
 * The diagram's scene, laid out again when the lab's view changes (at most ten times a second
 * while playing), the box is resized or the view is switched; at most once an animation frame,
 * since a burst of changes needs only its last picture. It reads the trace, never live nodes.
 */
export function useDiagramScene(size: ElementSize, clientView: boolean): Scene | null {
  const controller = useController();
  const view = useLab((s) => s.view);
  const selection = useLab((s) => s.selection);
  const [scene, setScene] = useState<Scene | null>(null);
  const world = controller.sim.world;
  const client = clientView ? clientOf(world, selection) : null;
  const { width, height } = size;

  useEffect(() => {
    if (width < 40 || height < 40) return;
    const frame = requestAnimationFrame(() => {
      const sim = controller.sim;
      setScene(
        layoutSpaceTime(sim.trace, sim.world, {
          ...diagramWindow(view.nowUs, view.endUs),
          widthPx: width,
          heightPx: height,
          orientation: orientationFor(width, height),
          view: client === null ? 'omniscient' : { client },
          cursorUs: view.nowUs,
        }),
      );
    });
    return () => cancelAnimationFrame(frame);
  }, [controller, view, width, height, client]);
  return scene;
}

/** Whose view: the selected node if it is a client, else the first client. */
function clientOf(world: World, selection: Selection | null): string | null {
  if (selection?.kind === 'node') {
    const i = world.index.get(selection.id);
    if (i !== undefined && world.kinds[i] === 'client') return selection.id;
  }
  const first = world.kinds.indexOf('client');
  return first < 0 ? null : world.nodes[first]!.id;
}
