import { useMemo } from 'react';
import { useController, useLab } from '../../store/hooks.ts';
import {
  HIDDEN_LANE,
  hiddenNodeLook,
  laneLook,
  nodeLook,
  type LaneLook,
  type NodeLook,
} from './looks.ts';

export interface GraphLooks {
  /** By simulation index: nodes, and directions (2c is cable c from a to b, 2c + 1 back). */
  nodes: NodeLook[];
  lanes: LaneLook[];
}

/**
 * What the nodes and cables show, read from the simulation once per revision. While the truth
 * is hidden (predict, then reveal), the bare topology only: every node as if running, every
 * lane plain, whatever really happens.
 */
export function useGraphLooks(revealed: boolean): GraphLooks {
  const controller = useController();
  const revision = useLab((s) => s.view.revision);
  return useMemo(() => {
    // The revision is the key: the simulation changed under the same controller.
    void revision;
    const sim = controller.sim;
    const { nodes, directions } = sim.world;
    return {
      nodes: nodes.map((n, i) => (revealed ? nodeLook(sim, i) : hiddenNodeLook(n.kind))),
      lanes: sim.state.directions.map((d, i) =>
        revealed ? laneLook(d, directions[i]!.base) : HIDDEN_LANE,
      ),
    };
  }, [controller, revision, revealed]);
}
