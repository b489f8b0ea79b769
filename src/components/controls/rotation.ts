/**
 * What a load balancer believes about its backends, in words: in or out of rotation, and the
 * health checks that decided it. This is the balancer's view, not the truth: a dead server is
 * "in rotation" until its checks fail.
 */

import type { Simulation } from '../../sim/index.ts';

export interface RotationRow {
  backend: string;
  inRotation: boolean;
  /** `2 checks failed in a row (out after 3)`, `passing`. */
  checks: string;
}

export function rotationRows(sim: Simulation, id: string): RotationRow[] {
  const index = sim.world.index.get(id);
  const definition = index === undefined ? undefined : sim.world.nodes[index];
  const state = index === undefined ? undefined : sim.state.nodes[index]?.balancer;
  if (!definition || definition.kind !== 'balancer' || !state) return [];
  return state.backends.map((health, slot) => {
    const backend = sim.world.nodes[sim.world.backends[index!]![slot]!]!.label;
    const { failStreak, okStreak } = health;
    const plural = (n: number) => (n === 1 ? 'check' : 'checks');
    const checks = health.inRotation
      ? failStreak > 0
        ? `${failStreak} ${plural(failStreak)} failed in a row (out after ${definition.unhealthyAfter})`
        : 'checks passing'
      : okStreak > 0
        ? `${okStreak} ${plural(okStreak)} passed (back after ${definition.healthyAfter})`
        : 'checks failing';
    return { backend, inRotation: health.inRotation, checks };
  });
}

/** What the link monitor saw at its last poll, or null when the balancer has none. */
export function linkPollLine(sim: Simulation, id: string, clock: (us: number) => string) {
  const index = sim.world.index.get(id);
  const definition = index === undefined ? undefined : sim.world.nodes[index];
  const state = index === undefined ? undefined : sim.state.nodes[index]?.balancer;
  if (!definition || definition.kind !== 'balancer' || !state) return null;
  if (definition.linkMonitorUs === undefined) return null;
  if (state.lastPollUs < 0) return 'Link monitor: no poll yet.';
  const found =
    state.linksDown === 0
      ? 'every server’s link up'
      : `${state.linksDown} ${state.linksDown === 1 ? 'link' : 'links'} down`;
  return `Link monitor: polled the switches at ${clock(state.lastPollUs)}: ${found}.`;
}

/** The balancer's health-check settings in one line. */
export function checkSettingsLine(sim: Simulation, id: string, format: (us: number) => string) {
  const index = sim.world.index.get(id);
  const b = index === undefined ? undefined : sim.world.nodes[index];
  if (!b || b.kind !== 'balancer') return '';
  const depth = b.deepCheck ? 'deep' : 'shallow';
  const monitor =
    b.linkMonitorUs === undefined
      ? ''
      : ` A link monitor polls the switches every ${format(b.linkMonitorUs)}.`;
  return `A ${depth} health check every ${format(b.checkIntervalUs)}, failed after ${format(b.checkTimeoutUs)}; out after ${b.unhealthyAfter} failures in a row, back after ${b.healthyAfter} passes.${monitor}`;
}
