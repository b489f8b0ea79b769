/**
 * Reading the settings of a load balancer and of a replica, and then (once every node is known)
 * checking that a balancer's backends and a replica's storage name servers of the scenario.
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
import { DEFAULT_BALANCER, DEFAULT_REPLICA, LIMITS, SPECS } from './limits.ts';
import type { BalancerNode, ClockSettings, NodeKind, ReplicaNode, ScenarioNode } from './types.ts';

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
    ...(field(raw, 'linkMonitorUs') !== undefined
      ? {
          linkMonitorUs: readNumber(c, raw, 'linkMonitorUs', path, SPECS.linkMonitorUs, 1_000_000),
        }
      : {}),
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

/** A replica's settings; its storage is checked once every node is known (checkStorage). */
export function readReplica(c: Checker, raw: Obj, path: string, base: Base): ReplicaNode {
  const d = DEFAULT_REPLICA;
  const storage = field(raw, 'storage');
  if (typeof storage !== 'string') {
    c.error(join(path, 'storage'), `must name the server it writes to; got ${describe(storage)}`);
  }
  return {
    ...base,
    kind: 'replica',
    leader: readBoolean(c, raw, 'leader', path, d.leader),
    heartbeatUs: readNumber(c, raw, 'heartbeatUs', path, SPECS.heartbeatUs, d.heartbeatUs),
    electionTimeoutUs: readNumber(
      c,
      raw,
      'electionTimeoutUs',
      path,
      SPECS.electionTimeoutUs,
      d.electionTimeoutUs,
    ),
    storage: typeof storage === 'string' ? storage : '',
    writeIntervalUs: readNumber(
      c,
      raw,
      'writeIntervalUs',
      path,
      SPECS.writeIntervalUs,
      d.writeIntervalUs,
    ),
    // Written only when on, like a server's.
    ...(readBoolean(c, raw, 'notifyOnCrash', path, false) ? { notifyOnCrash: true } : {}),
    ...(field(raw, 'phiThreshold') !== undefined
      ? { phiThreshold: readNumber(c, raw, 'phiThreshold', path, SPECS.phiThreshold, 8) }
      : {}),
    ...(field(raw, 'leaseUs') !== undefined
      ? { leaseUs: readNumber(c, raw, 'leaseUs', path, SPECS.leaseUs, 1_000_000) }
      : {}),
  };
}

/** A replica's storage must be a server of the scenario. */
export function checkStorage(c: Checker, nodes: ScenarioNode[]): void {
  const kinds = new Map<string, NodeKind>(nodes.map((n) => [n.id, n.kind]));
  nodes.forEach((node, i) => {
    if (node.kind !== 'replica' || kinds.get(node.storage) === 'server') return;
    c.error(join(join('nodes', i), 'storage'), `must name a server; got ${describe(node.storage)}`);
  });
}

/** A node's time-of-day clock: its offset from true time, and its drift. */
export function readClock(c: Checker, raw: Obj, path: string): ClockSettings | undefined {
  const clock = field(raw, 'clock');
  const where = join(path, 'clock');
  if (typeof clock !== 'object' || clock === null || Array.isArray(clock)) {
    c.error(
      where,
      `must be a clock such as {"offsetUs": 50000, "driftPpm": 100}; got ${describe(clock)}`,
    );
    return undefined;
  }
  const obj = clock as Obj;
  const sync = field(obj, 'sync');
  const settings: ClockSettings = {
    offsetUs: readNumber(c, obj, 'offsetUs', where, SPECS.clockOffsetUs, 0),
    driftPpm: readNumber(c, obj, 'driftPpm', where, SPECS.driftPpm, 0),
  };
  if (sync === undefined) return settings;
  const syncPath = join(where, 'sync');
  if (typeof sync !== 'object' || sync === null || Array.isArray(sync)) {
    c.error(syncPath, `must be {"server": "…", "intervalUs": …}; got ${describe(sync)}`);
    return settings;
  }
  const server = field(sync as Obj, 'server');
  if (typeof server !== 'string') {
    c.error(join(syncPath, 'server'), `must name a server; got ${describe(server)}`);
    return settings;
  }
  const intervalUs = readNumber(
    c,
    sync as Obj,
    'intervalUs',
    syncPath,
    SPECS.syncIntervalUs,
    1_000_000,
  );
  return { ...settings, sync: { server, intervalUs } };
}

/** A clock's time server must be a server of the scenario. */
export function checkSync(c: Checker, nodes: ScenarioNode[]): void {
  const kinds = new Map<string, NodeKind>(nodes.map((n) => [n.id, n.kind]));
  nodes.forEach((node, i) => {
    const server = node.clock?.sync?.server;
    if (server === undefined || kinds.get(server) === 'server') return;
    c.error(
      join(join(join(join('nodes', i), 'clock'), 'sync'), 'server'),
      `must name a server; got ${describe(server)}`,
    );
  });
}
