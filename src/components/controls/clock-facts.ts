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
  if (perfect) return [];
  const now = sim.nowUs;
  const tod = timeOfDayUs(state, now);
  const off = tod - now;
  const away = off === 0 ? 'right' : `${duration(Math.abs(off))} ${off > 0 ? 'ahead' : 'behind'}`;
  const drift = state.driftPpm === 0 ? '' : `, drifting ${state.driftPpm} ppm`;
  return [
    { name: 'Time of day', value: `${clock(tod)} (${away}${drift})` },
    { name: 'Monotonic', value: `${clock(monotonicUs(state, now))} (never jumps)` },
  ];
}
