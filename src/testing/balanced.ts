/**
 * A small load-balanced world for tests: a client, a switch, a load balancer and `servers`
 * backends behind the switch, 1 ms a hop, exact numbers (no jitter) so timings can be checked.
 */

import { DEFAULT_BALANCER } from '../scenario/limits.ts';
import type { BalancerNode, Scenario, ServerNode } from '../scenario/types.ts';
import { line, type LineOptions } from './build-scenario.ts';

export interface BalancedOptions extends LineOptions {
  servers?: number;
  balancer?: Partial<Omit<BalancerNode, 'id' | 'label' | 'kind'>>;
}

export function balanced(options: BalancedOptions = {}): Scenario {
  const base = line({ switches: 1, ...options });
  const count = options.servers ?? 3;
  const server = base.nodes.find((n) => n.kind === 'server') as ServerNode;
  const link = base.cables[0]!;
  const ids = Array.from({ length: count }, (_, i) => `s${i + 1}`);
  const balancer: BalancerNode = {
    id: 'lb',
    label: 'lb',
    kind: 'balancer',
    ...DEFAULT_BALANCER,
    backends: ids,
    ...options.balancer,
  };
  return {
    ...base,
    nodes: [
      base.nodes[0]!,
      base.nodes[1]!,
      balancer,
      ...ids.map((id) => ({ ...server, id, label: id })),
    ],
    cables: [
      { ...link, a: 'client', b: 'sw1' },
      { ...link, a: 'sw1', b: 'lb' },
      ...ids.map((id) => ({ ...link, a: 'sw1', b: id })),
    ],
    workloads: base.workloads.map((w) => ({ ...w, server: 'lb' })),
  };
}
