/**
 * Reading a load balancer's settings, and then (once every node is known) checking that its
 * backends name servers of the scenario.
 */

import {
  describe,
  field,
  join,
  readBoolean,
  readNumber,
  type Checker,
  type Obj,
} from './checker.ts';
import { DEFAULT_BALANCER, LIMITS, SPECS } from './limits.ts';
import type { BalancerNode, NodeKind, ScenarioNode } from './types.ts';

type Base = Pick<BalancerNode, 'id' | 'label' | 'x' | 'y'>;

export function readBalancer(c: Checker, raw: Obj, path: string, base: Base): BalancerNode {
  const d = DEFAULT_BALANCER;
  const threshold = (key: 'unhealthyAfter' | 'healthyAfter') =>
    readNumber(c, raw, key, path, SPECS.checkThreshold, d[key]);
  return {
    ...base,
    kind: 'balancer',
    backends: readBackendIds(c, field(raw, 'backends'), join(path, 'backends')),
    checkIntervalUs: readNumber(
      c,
      raw,
      'checkIntervalUs',
      path,
      SPECS.checkIntervalUs,
      d.checkIntervalUs,
    ),
    checkTimeoutUs: readNumber(
      c,
      raw,
      'checkTimeoutUs',
      path,
      SPECS.checkTimeoutUs,
      d.checkTimeoutUs,
    ),
    unhealthyAfter: threshold('unhealthyAfter'),
    healthyAfter: threshold('healthyAfter'),
    deepCheck: readBoolean(c, raw, 'deepCheck', path, d.deepCheck),
  };
}

function readBackendIds(c: Checker, raw: unknown, path: string): string[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    c.error(path, `must be a list of server ids such as ["s1", "s2"]; got ${describe(raw)}`);
    return [];
  }
  const ids: string[] = [];
  raw.slice(0, LIMITS.nodes).forEach((id, i) => {
    if (typeof id === 'string' && !ids.includes(id)) ids.push(id);
    else c.error(join(path, i), `must be a server id, once; got ${describe(id)}`);
  });
  return ids;
}

/** Drop the backends that are not servers of the scenario, saying which. */
export function checkBackends(c: Checker, nodes: ScenarioNode[]): ScenarioNode[] {
  const kinds = new Map<string, NodeKind>(nodes.map((n) => [n.id, n.kind]));
  return nodes.map((node, i) => {
    if (node.kind !== 'balancer') return node;
    const backends = node.backends.filter((id, b) => {
      if (kinds.get(id) === 'server') return true;
      c.error(
        join(join(join('nodes', i), 'backends'), b),
        `must name a server; got ${describe(id)}`,
      );
      return false;
    });
    return backends.length === node.backends.length ? node : { ...node, backends };
  });
}
