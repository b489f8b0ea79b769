/**
 * Which traffic a scenario has, read from its nodes, for the legend: clients' requests and
 * responses, and the traffic of no request (concepts.md C2, C3, G7): heartbeats between
 * replicas, health checks from load balancers, writes from replicas to their storage, and
 * refusals from a storage that checks fencing tokens, and clocks asking their time server (F4). The legend lists only what the scenario
 * can show: a legend of things never on screen is noise on a slide.
 */

import type { ScenarioNode } from '../../scenario/types.ts';

export interface ControlTraffic {
  /** Clients' requests and their responses. */
  requests: boolean;
  heartbeats: boolean;
  checks: boolean;
  writes: boolean;
  refusals: boolean;
  /** Clocks asking their time server (NTP). */
  sync: boolean;
}

/** A scenario of clients and servers only: the legend as it always was. */
export const CLIENT_TRAFFIC: ControlTraffic = {
  requests: true,
  heartbeats: false,
  checks: false,
  writes: false,
  refusals: false,
  sync: false,
};

export function controlTraffic(nodes: readonly ScenarioNode[]): ControlTraffic {
  const replicas = nodes.some((n) => n.kind === 'replica');
  const storages = new Set(nodes.flatMap((n) => (n.kind === 'replica' ? [n.storage] : [])));
  return {
    requests: nodes.some((n) => n.kind === 'client'),
    heartbeats: replicas,
    checks: nodes.some((n) => n.kind === 'balancer'),
    writes: replicas,
    refusals: nodes.some((n) => n.kind === 'server' && n.fencing === true && storages.has(n.id)),
    sync: nodes.some((n) => n.clock?.sync !== undefined),
  };
}

/**
 * The small muted dots in words: `heartbeat`, `health check`, `time sync`, or those there are
 * (`heartbeat or health check`); null when none.
 */
export function chatterWords(traffic: ControlTraffic): string | null {
  const kinds = [
    traffic.heartbeats ? 'heartbeat' : null,
    traffic.checks ? 'health check' : null,
    traffic.sync ? 'time sync' : null,
  ].filter((k): k is string => k !== null);
  if (kinds.length === 0) return null;
  const last = kinds.pop()!;
  return kinds.length === 0 ? last : `${kinds.join(', ')} or ${last}`;
}
