/**
 * What the inspector says of a replica (its role and term, when it last heard its leader) and
 * of a server that replicas write to (whether it checks fencing tokens, the newest it took).
 */

import { phi, type Simulation } from '../../sim/index.ts';

export interface FactRow {
  name: string;
  value: string;
}

export function replicaRows(
  sim: Simulation,
  id: string,
  format: (us: number) => string,
): FactRow[] {
  const index = sim.world.index.get(id);
  if (index === undefined) return [];
  const definition = sim.world.nodes[index]!;
  const state = sim.state.nodes[index]!;
  if (definition.kind === 'replica' && state.replica) {
    const { role, term, heardUs } = state.replica;
    const heard =
      role === 'leader'
        ? 'it leads: it sends the heartbeats'
        : heardUs < 0
          ? 'nothing yet'
          : `${format(Math.max(0, sim.nowUs - heardUs))} ago`;
    const threshold = definition.phiThreshold;
    const detector = state.replica.phi;
    const takesOver =
      threshold === undefined
        ? `after ${format(definition.electionTimeoutUs)} to ${format(2 * definition.electionTimeoutUs)} of silence`
        : `when its suspicion φ of the leader passes ${threshold}`;
    const rows = [
      { name: 'Believes', value: `${role === 'leader' ? 'it leads' : 'it follows'}, term ${term}` },
      { name: 'Last heartbeat', value: heard },
      { name: 'Takes over', value: takesOver },
    ];
    if (detector && role === 'follower' && detector.lastHeartbeatUs !== null) {
      const suspicion = phi(detector, sim.nowUs);
      rows.push({
        name: 'Suspicion',
        value: `φ = ${Number.isFinite(suspicion) ? suspicion.toFixed(1) : '∞'}`,
      });
    }
    return rows;
  }
  const writers = sim.world.nodes.filter((n) => n.kind === 'replica' && n.storage === id);
  if (definition.kind !== 'server' || writers.length === 0) return [];
  return [
    {
      name: 'Fencing',
      value: definition.fencing
        ? 'refuses a token older than the newest'
        : 'off: takes every write',
    },
    { name: 'Newest token', value: state.maxToken === 0 ? 'none yet' : String(state.maxToken) },
    { name: 'Writes taken', value: state.processed.toLocaleString('en-US') },
  ];
}
