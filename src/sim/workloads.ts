/**
 * Workloads: when each client sends its next request. At a fixed interval, as a Poisson process
 * (exponential gaps), or only on demand; until the scenario's duration or the workload's count.
 * The rate, timeout and retries can change during a run (`set-workload`).
 */

import { LIMITS } from '../scenario/limits.ts';
import type { WorkloadSettings } from '../scenario/types.ts';
import { EventKind, schedule, type SimContext } from './context.ts';
import { exponentialUs } from './det-math.ts';
import { startRequest } from './requests.ts';

function gapUs(ctx: SimContext, workload: number): number {
  const w = ctx.state.workloads[workload]!;
  return w.mode === 'poisson' ? exponentialUs(ctx.state.rng.workload, w.intervalUs) : w.intervalUs;
}

/** Plan every workload's first request. */
export function startWorkloads(ctx: SimContext): void {
  ctx.world.workloads.forEach((w, i) => {
    if (w.mode === 'interval') schedule(ctx, w.startUs, EventKind.send, i, 0);
    if (w.mode === 'poisson') schedule(ctx, w.startUs + gapUs(ctx, i), EventKind.send, i, 0);
  });
}

/** A workload's request is due: send it and plan the next, until the scenario's duration. */
export function onSend(ctx: SimContext, workload: number, epoch: number): void {
  const { world, state } = ctx;
  const w = state.workloads[workload]!;
  if (epoch !== w.sendEpoch || w.mode === 'on-demand') return;
  if (state.nowUs >= world.scenario.durationUs) return;
  const count = world.workloads[workload]!.count;
  if (count > 0 && w.sent >= count) return;
  if (state.requests.length >= LIMITS.requests) return;
  w.sent++;
  startRequest(ctx, workload);
  schedule(ctx, state.nowUs + gapUs(ctx, workload), EventKind.send, workload, epoch);
}

/** Change a workload's settings now. A new rate or mode takes effect from now. */
export function setWorkload(
  ctx: SimContext,
  workload: number,
  change: Partial<WorkloadSettings>,
): void {
  const w = ctx.state.workloads[workload]!;
  const pattern = change.mode !== undefined || change.intervalUs !== undefined;
  Object.assign(w, change);
  if (!pattern) return;
  w.sendEpoch++;
  if (w.mode !== 'on-demand') {
    schedule(ctx, ctx.state.nowUs + gapUs(ctx, workload), EventKind.send, workload, w.sendEpoch);
  }
}
