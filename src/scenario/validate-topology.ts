/**
 * Reading nodes, cables and workloads from untrusted input.
 */

import type { Checker } from './checker.ts';
import {
  describe,
  field,
  isObject,
  join,
  readBoolean,
  readChoice,
  readNumber,
  readString,
  type Obj,
} from './checker.ts';
import { DEFAULT_LINK, DEFAULT_SERVER, DEFAULT_WORKLOAD, LIMITS, SPECS } from './limits.ts';
import { readBalancer, readClock, readReplica } from './validate-roles.ts';
import type {
  Cable,
  NodeKind,
  ScenarioNode,
  ServiceTime,
  Workload,
  WorkloadMode,
} from './types.ts';

const NODE_KINDS: readonly NodeKind[] = [
  'client',
  'server',
  'switch',
  'router',
  'balancer',
  'replica',
];
const MODES: readonly WorkloadMode[] = ['interval', 'poisson', 'on-demand'];
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

export function readNodes(c: Checker, list: unknown[]): ScenarioNode[] {
  const nodes: ScenarioNode[] = [];
  const ids = new Set<string>();
  const labels = new Set<string>();
  list.forEach((raw, i) => {
    const path = join('nodes', i);
    if (!isObject(raw)) {
      c.error(
        path,
        `must be a node object such as {"id": "server", "kind": "server"}; got ${describe(raw)}`,
      );
      return;
    }
    const node = readNode(c, raw, path);
    if (!node) return;
    if (ids.has(node.id)) {
      c.error(join(path, 'id'), `${describe(node.id)} is used by another node already`);
      return;
    }
    if (labels.has(node.label)) {
      c.error(
        join(path, 'label'),
        `${describe(node.label)} labels another node already; labels must differ`,
      );
      return;
    }
    ids.add(node.id);
    labels.add(node.label);
    nodes.push(node);
  });
  return nodes;
}

function readNode(c: Checker, raw: Obj, path: string): ScenarioNode | null {
  const id = field(raw, 'id');
  if (typeof id !== 'string' || id.length > LIMITS.idLength || !ID_PATTERN.test(id)) {
    c.error(
      join(path, 'id'),
      `must be up to ${LIMITS.idLength} letters, digits, ".", "_" or "-", starting with a letter or digit; got ${describe(id)}`,
    );
    return null;
  }
  const kind = readChoice(c, raw, 'kind', path, NODE_KINDS, undefined);
  if (!kind) return null;
  const label = readString(c, raw, 'label', path, LIMITS.labelLength, id).trim() || id;
  const place: { x?: number; y?: number } = {};
  if (field(raw, 'x') !== undefined) place.x = readNumber(c, raw, 'x', path, SPECS.position, 0);
  if (field(raw, 'y') !== undefined) place.y = readNumber(c, raw, 'y', path, SPECS.position, 0);
  // A clock is written only when given, so scenarios from before clocks read back unchanged.
  const clock = field(raw, 'clock') === undefined ? undefined : readClock(c, raw, path);
  if (clock) Object.assign(place, { clock });
  if (kind === 'balancer') return readBalancer(c, raw, path, { id, label, ...place });
  if (kind === 'replica') return readReplica(c, raw, path, { id, label, ...place });
  if (kind !== 'server') return { id, label, kind, ...place };
  const notify = readBoolean(c, raw, 'notifyOnCrash', path, false);
  const fencing = readBoolean(c, raw, 'fencing', path, false);
  const lww = readBoolean(c, raw, 'lww', path, false);
  return {
    id,
    label,
    kind,
    ...place,
    workers: readNumber(c, raw, 'workers', path, SPECS.workers, DEFAULT_SERVER.workers),
    queueCapacity: readNumber(
      c,
      raw,
      'queueCapacity',
      path,
      SPECS.serverQueueCapacity,
      DEFAULT_SERVER.queueCapacity,
    ),
    service: readService(c, field(raw, 'service'), join(path, 'service')),
    restartUs: readNumber(c, raw, 'restartUs', path, SPECS.restartUs, DEFAULT_SERVER.restartUs),
    // Written only when on, so scenarios from before it existed read back unchanged.
    ...(notify ? { notifyOnCrash: true } : {}),
    ...(fencing ? { fencing: true } : {}),
    ...(lww ? { lww: true } : {}),
  };
}

function readService(c: Checker, raw: unknown, path: string): ServiceTime {
  const fallback = DEFAULT_SERVER.service;
  if (raw === undefined) return fallback;
  if (!isObject(raw)) {
    c.error(
      path,
      `must be a service time such as {"kind": "constant", "us": 2000}; got ${describe(raw)}`,
    );
    return fallback;
  }
  const kind = readChoice(
    c,
    raw,
    'kind',
    path,
    ['constant', 'uniform', 'exponential'] as const,
    undefined,
  );
  const spec = SPECS.serviceUs;
  switch (kind) {
    case 'constant':
      return { kind, us: readNumber(c, raw, 'us', path, spec, 2000) };
    case 'exponential':
      return { kind, meanUs: readNumber(c, raw, 'meanUs', path, { ...spec, min: 1 }, 2000) };
    case 'uniform': {
      const minUs = readNumber(c, raw, 'minUs', path, spec, 1000);
      const maxUs = readNumber(c, raw, 'maxUs', path, spec, Math.max(minUs, 3000));
      if (maxUs < minUs) {
        c.error(join(path, 'maxUs'), `must be at least minUs (${minUs} µs); got ${maxUs}`);
      }
      return { kind, minUs, maxUs: Math.max(minUs, maxUs) };
    }
    default:
      return fallback;
  }
}

export function readCables(
  c: Checker,
  list: unknown[],
  kinds: ReadonlyMap<string, NodeKind>,
): Cable[] {
  const cables: Cable[] = [];
  const pairs = new Set<string>();
  list.forEach((raw, i) => {
    const path = join('cables', i);
    if (!isObject(raw)) {
      c.error(
        path,
        `must be a cable object such as {"a": "client", "b": "switch"}; got ${describe(raw)}`,
      );
      return;
    }
    const ends = (['a', 'b'] as const).map((key) => {
      const id = field(raw, key);
      if (typeof id === 'string' && kinds.has(id)) return id;
      c.error(join(path, key), `must name a node of this scenario; got ${describe(id)}`);
      return null;
    });
    const [a, b] = ends;
    if (!a || !b) return;
    if (a === b) return c.error(path, `joins ${describe(a)} to itself`);
    if (pairs.has(`${a} ${b}`))
      return c.error(path, `${describe(a)} and ${describe(b)} are joined by another cable already`);
    pairs.add(`${a} ${b}`).add(`${b} ${a}`);
    const slots = field(raw, 'circuitSlots');
    cables.push({
      // Written only when given: a packet-switched cable reads back as it always did.
      ...(slots === undefined
        ? {}
        : { circuitSlots: readNumber(c, raw, 'circuitSlots', path, SPECS.circuitSlots, 1) }),
      a,
      b,
      latencyUs: readNumber(c, raw, 'latencyUs', path, SPECS.latencyUs, DEFAULT_LINK.latencyUs),
      jitterUs: readNumber(c, raw, 'jitterUs', path, SPECS.jitterUs, DEFAULT_LINK.jitterUs),
      lossPercent: readNumber(
        c,
        raw,
        'lossPercent',
        path,
        SPECS.lossPercent,
        DEFAULT_LINK.lossPercent,
      ),
      bandwidthMbps: readNumber(
        c,
        raw,
        'bandwidthMbps',
        path,
        SPECS.bandwidthMbps,
        DEFAULT_LINK.bandwidthMbps,
      ),
      queueCapacity: readNumber(
        c,
        raw,
        'queueCapacity',
        path,
        SPECS.linkQueueCapacity,
        DEFAULT_LINK.queueCapacity,
      ),
    });
  });
  return cables;
}

export function readWorkloads(
  c: Checker,
  list: unknown[],
  kinds: ReadonlyMap<string, NodeKind>,
): Workload[] {
  const workloads: Workload[] = [];
  list.forEach((raw, i) => {
    const path = join('workloads', i);
    if (!isObject(raw)) {
      c.error(
        path,
        `must be a workload object such as {"client": "client", "server": "server"}; got ${describe(raw)}`,
      );
      return;
    }
    const end = (key: 'client' | 'server'): string | null => {
      const id = field(raw, key);
      const kind = typeof id === 'string' ? kinds.get(id) : undefined;
      // Requests may go to a server, or to a load balancer that passes them on to one.
      if (kind === key || (key === 'server' && kind === 'balancer')) return id as string;
      const what = key === 'server' ? 'a server or load balancer' : 'a client';
      c.error(join(path, key), `must name ${what} node of this scenario; got ${describe(id)}`);
      return null;
    };
    const client = end('client');
    const server = end('server');
    const d = DEFAULT_WORKLOAD;
    const mode = readChoice(c, raw, 'mode', path, MODES, d.mode) ?? d.mode;
    const workload: Workload = {
      client: client ?? '',
      server: server ?? '',
      mode,
      intervalUs: readNumber(c, raw, 'intervalUs', path, SPECS.intervalUs, d.intervalUs),
      startUs: readNumber(c, raw, 'startUs', path, SPECS.startUs, d.startUs),
      count: readNumber(c, raw, 'count', path, SPECS.count, d.count),
      timeoutUs: readNumber(c, raw, 'timeoutUs', path, SPECS.timeoutUs, d.timeoutUs),
      retries: readNumber(c, raw, 'retries', path, SPECS.retries, d.retries),
      backoffUs: readNumber(c, raw, 'backoffUs', path, SPECS.backoffUs, d.backoffUs),
      backoffMultiplier: readNumber(
        c,
        raw,
        'backoffMultiplier',
        path,
        SPECS.backoffMultiplier,
        d.backoffMultiplier,
      ),
      backoffJitter: readBoolean(c, raw, 'backoffJitter', path, d.backoffJitter),
      retryBudgetPercent: readNumber(
        c,
        raw,
        'retryBudgetPercent',
        path,
        SPECS.retryBudgetPercent,
        d.retryBudgetPercent,
      ),
      idempotencyKey: readBoolean(c, raw, 'idempotencyKey', path, d.idempotencyKey),
      retransmitUs: readNumber(c, raw, 'retransmitUs', path, SPECS.retransmitUs, d.retransmitUs),
      requestBytes: readNumber(c, raw, 'requestBytes', path, SPECS.bytes, d.requestBytes),
      responseBytes: readNumber(c, raw, 'responseBytes', path, SPECS.bytes, d.responseBytes),
    };
    if (client && server) workloads.push(workload);
  });
  return workloads;
}
