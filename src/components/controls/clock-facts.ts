/**
 * A machine's two clocks in words, for the inspector: the time of day (how far from true time)
 * and the monotonic clock. Shown only for machines whose clocks are not perfect.
 */

import { monotonicUs, timeOfDayUs, type Simulation } from '../../sim/index.ts';

export interface ClockRow {
  name: string;
  value: string;
}

export function clockRows(
  sim: Simulation,
  id: string,
  clock: (us: number) => string,
  duration: (us: number) => string,
): ClockRow[] {
  const index = sim.world.index.get(id);
  if (index === undefined) return [];
  const state = sim.state.nodes[index]!.clock;
  const perfect = state.offsetUs === 0 && state.driftPpm === 0 && state.monotonicDriftUs === 0;
  if (perfect && !sim.world.nodes[index]!.clock) return [];
  const now = sim.nowUs;
  const tod = timeOfDayUs(state, now);
  const off = tod - now;
  const away = off === 0 ? 'right' : `${duration(Math.abs(off))} ${off > 0 ? 'ahead' : 'behind'}`;
  const drift = state.driftPpm === 0 ? '' : `, drifting ${state.driftPpm} ppm`;
  const rows = [
    { name: 'Time of day', value: `${clock(tod)} (${away}${drift})` },
    { name: 'Monotonic', value: `${clock(monotonicUs(state, now))} (never jumps)` },
  ];
  const sync = sim.world.nodes[index]!.clock?.sync;
  if (!sync) return rows;
  const server = sim.world.nodes[sim.world.index.get(sync.server) ?? -1]?.label ?? sync.server;
  const set = state.lastCorrectionUs;
  const value =
    state.lastSyncUs < 0
      ? `asks ${server} every ${duration(sync.intervalUs)}; no answer yet`
      : now - state.lastSyncUs > 2 * sync.intervalUs
        ? `no answer from ${server} since ${clock(state.lastSyncUs)}: drifting`
        : `set by ${server} at ${clock(state.lastSyncUs)}, ${set < 0 ? 'back' : 'forward'} ${duration(Math.abs(set))}`;
  return [...rows, { name: 'Sync', value }];
}
