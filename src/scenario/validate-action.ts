/**
 * Reading one action (a fault, or sending a request) from untrusted input, for the schedule
 * of a scenario and for actions taken live.
 */

import {
  Checker,
  describe,
  field,
  isObject,
  join,
  readChoice,
  readNumber,
  type Obj,
} from './checker.ts';
import { SPECS } from './limits.ts';
import type { Action, ActionKind, NodeKind, Scenario } from './types.ts';

export const ACTION_KINDS: readonly ActionKind[] = [
  'cut',
  'restore',
  'degrade',
  'pause',
  'resume',
  'crash',
  'power-off',
  'restart',
  'overload',
  'send-request',
  'set-workload',
  'clock-step',
  'clock-drift',
  'sync-unreachable',
];

/** What an action may refer to. */
export interface ActionRefs {
  kinds: ReadonlyMap<string, NodeKind>;
  /** Cables as `a b` and `b a`. */
  cables: ReadonlySet<string>;
  clientsWithWorkload: ReadonlySet<string>;
}

export function refsOf(scenario: Pick<Scenario, 'nodes' | 'cables' | 'workloads'>): ActionRefs {
  return {
    kinds: new Map(scenario.nodes.map((n) => [n.id, n.kind])),
    cables: new Set(scenario.cables.flatMap((c) => [`${c.a} ${c.b}`, `${c.b} ${c.a}`])),
    clientsWithWorkload: new Set(scenario.workloads.map((w) => w.client)),
  };
}

/** Which node kinds each node action applies to. */
const NODE_KINDS: Record<string, readonly NodeKind[]> = {
  pause: ['server', 'replica'],
  resume: ['server', 'replica'],
  crash: ['server', 'replica'],
  overload: ['server'],
  'power-off': ['server', 'switch', 'router', 'balancer', 'replica'],
  restart: ['server', 'switch', 'router', 'balancer', 'replica'],
  'clock-step': ['client', 'server', 'balancer', 'replica'],
  'clock-drift': ['client', 'server', 'balancer', 'replica'],
  'sync-unreachable': ['client', 'server', 'balancer', 'replica'],
};

function readNode(
  c: Checker,
  obj: Obj,
  path: string,
  refs: ActionRefs,
  kind: string,
): string | null {
  const id = field(obj, 'node');
  const where = join(path, 'node');
  if (typeof id !== 'string') {
    c.error(where, `must name a node; got ${describe(id)}`);
    return null;
  }
  const nodeKind = refs.kinds.get(id);
  const allowed = NODE_KINDS[kind]!;
  if (!nodeKind) c.error(where, `names no node of this scenario: ${describe(id)}`);
  else if (!allowed.includes(nodeKind)) {
    c.error(
      where,
      `${kind} applies to a ${allowed.join(' or a ')}, and ${describe(id)} is a ${nodeKind}`,
    );
  } else return id;
  return null;
}

function readCable(
  c: Checker,
  obj: Obj,
  path: string,
  refs: ActionRefs,
): { cable: [string, string]; from?: string } | null {
  const cable = field(obj, 'cable');
  const where = join(path, 'cable');
  if (!Array.isArray(cable) || cable.length !== 2 || !cable.every((x) => typeof x === 'string')) {
    c.error(
      where,
      `must be the two node ids at its ends, like ["client", "switch"]; got ${describe(cable)}`,
    );
    return null;
  }
  const [a, b] = cable as [string, string];
  if (!refs.cables.has(`${a} ${b}`)) {
    c.error(where, `no cable joins ${describe(a)} and ${describe(b)}`);
    return null;
  }
  const from = field(obj, 'from');
  if (from === undefined) return { cable: [a, b] };
  if (from !== a && from !== b) {
    c.error(
      join(path, 'from'),
      `must be one end of the cable (${describe(a)} or ${describe(b)}); got ${describe(from)}`,
    );
    return null;
  }
  return { cable: [a, b], from };
}

/** A client that has a workload (to say which server it asks). */
function readClient(c: Checker, obj: Obj, path: string, refs: ActionRefs): string | null {
  const client = field(obj, 'client');
  const where = join(path, 'client');
  if (typeof client !== 'string' || refs.kinds.get(client) !== 'client') {
    c.error(where, `must name a client node; got ${describe(client)}`);
    return null;
  }
  if (!refs.clientsWithWorkload.has(client)) {
    c.error(where, `${describe(client)} has no workload to say which server to ask`);
    return null;
  }
  return client;
}

/** An optional number: undefined when absent. */
function readOptional(
  c: Checker,
  obj: Obj,
  key: string,
  path: string,
  spec: (typeof SPECS)[keyof typeof SPECS],
): number | undefined {
  if (field(obj, key) === undefined) return undefined;
  return readNumber(c, obj, key, path, spec, spec.min);
}

export function readAction(
  c: Checker,
  raw: unknown,
  path: string,
  refs: ActionRefs,
): Action | null {
  if (!isObject(raw)) {
    c.error(path, `must be an action object such as {"kind": "cut", …}; got ${describe(raw)}`);
    return null;
  }
  const kind = readChoice(c, raw, 'kind', path, ACTION_KINDS, undefined);
  if (!kind) return null;
  const before = c.problems.length;
  const action = readByKind(c, raw, path, refs, kind);
  const failed = c.problems.slice(before).some((p) => p.level === 'error');
  return failed ? null : action;
}

function readByKind(
  c: Checker,
  raw: Obj,
  path: string,
  refs: ActionRefs,
  kind: ActionKind,
): Action | null {
  switch (kind) {
    case 'cut':
    case 'restore': {
      const target = readCable(c, raw, path, refs);
      return target && { kind, ...target };
    }
    case 'degrade': {
      const target = readCable(c, raw, path, refs);
      const change = {
        latencyUs: readOptional(c, raw, 'latencyUs', path, SPECS.latencyUs),
        jitterUs: readOptional(c, raw, 'jitterUs', path, SPECS.jitterUs),
        lossPercent: readOptional(c, raw, 'lossPercent', path, SPECS.lossPercent),
        bandwidthMbps: readOptional(c, raw, 'bandwidthMbps', path, SPECS.bandwidthMbps),
      };
      const given = Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined));
      if (Object.keys(given).length === 0) {
        c.error(
          path,
          'degrade needs at least one of latencyUs, jitterUs, lossPercent, bandwidthMbps',
        );
        return null;
      }
      return target && { kind, ...target, ...given };
    }
    case 'send-request': {
      const client = readClient(c, raw, path, refs);
      return client === null ? null : { kind, client };
    }
    case 'set-workload': {
      const client = readClient(c, raw, path, refs);
      const mode =
        field(raw, 'mode') === undefined
          ? undefined
          : readChoice(
              c,
              raw,
              'mode',
              path,
              ['interval', 'poisson', 'on-demand'] as const,
              undefined,
            );
      const intervalUs = readOptional(c, raw, 'intervalUs', path, SPECS.intervalUs);
      const timeoutUs = readOptional(c, raw, 'timeoutUs', path, SPECS.timeoutUs);
      const retries = readOptional(c, raw, 'retries', path, SPECS.retries);
      if ([mode, intervalUs, timeoutUs, retries].every((v) => v === undefined)) {
        c.error(path, 'set-workload needs at least one of mode, intervalUs, timeoutUs, retries');
        return null;
      }
      return client === null
        ? null
        : withDefined({ kind, client, mode, intervalUs, timeoutUs, retries });
    }
    case 'clock-step': {
      const node = readNode(c, raw, path, refs, kind);
      if (field(raw, 'byUs') === undefined)
        c.error(join(path, 'byUs'), 'is missing: how far the clock jumps, in µs (negative: back)');
      const byUs = readNumber(c, raw, 'byUs', path, SPECS.clockOffsetUs, 0);
      return node === null ? null : { kind, node, byUs };
    }
    case 'clock-drift': {
      const node = readNode(c, raw, path, refs, kind);
      if (field(raw, 'driftPpm') === undefined)
        c.error(join(path, 'driftPpm'), 'is missing: the new drift, in parts per million');
      const driftPpm = readNumber(c, raw, 'driftPpm', path, SPECS.driftPpm, 0);
      return node === null ? null : { kind, node, driftPpm };
    }
    case 'sync-unreachable': {
      const node = readNode(c, raw, path, refs, kind);
      const durationUs = readOptional(c, raw, 'durationUs', path, SPECS.syncLostUs);
      return node === null ? null : withDefined({ kind, node, durationUs });
    }
    case 'overload': {
      const node = readNode(c, raw, path, refs, kind);
      if (field(raw, 'intervalUs') === undefined)
        c.error(join(path, 'intervalUs'), 'is missing: how often extra work arrives, in µs');
      const intervalUs = readNumber(c, raw, 'intervalUs', path, SPECS.overloadIntervalUs, 1000);
      const serviceUs = readOptional(c, raw, 'serviceUs', path, SPECS.serviceUs);
      const queueCapacity = readOptional(c, raw, 'queueCapacity', path, SPECS.serverQueueCapacity);
      const durationUs = readOptional(c, raw, 'durationUs', path, SPECS.overloadUs);
      return node === null
        ? null
        : withDefined({ kind, node, intervalUs, serviceUs, queueCapacity, durationUs });
    }
    case 'pause': {
      const node = readNode(c, raw, path, refs, kind);
      const durationUs = readOptional(c, raw, 'durationUs', path, SPECS.pauseUs);
      return node === null ? null : withDefined({ kind, node, durationUs });
    }
    case 'resume':
    case 'crash':
    case 'power-off':
    case 'restart': {
      const node = readNode(c, raw, path, refs, kind);
      return node === null ? null : { kind, node };
    }
  }
}

/** Leave out the optional fields that were not given, so the action stays minimal. */
function withDefined<T extends object>(action: T): T {
  return Object.fromEntries(Object.entries(action).filter(([, v]) => v !== undefined)) as T;
}

/** Check an action taken live against a scenario. */
export function validateAction(
  scenario: Scenario,
  raw: unknown,
): { action: Action | null; problems: Checker['problems'] } {
  const c = new Checker();
  const action = readAction(c, raw, 'action', refsOf(scenario));
  return { action, problems: c.problems };
}
