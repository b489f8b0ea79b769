/**
 * Applying an action (a fault, or sending a request) at the current virtual time. The same
 * code serves the scenario's schedule and actions taken live through the API.
 */

import { LIMITS } from '../scenario/limits.ts';
import type { Action } from '../scenario/types.ts';
import type { SimContext } from './context.ts';
import { cutDirection, degradeDirection, restoreDirection } from './network.ts';
import { crash, pause, powerOff, restart, resume } from './process.ts';
import { blockSync, setDrift, stepClock } from './clocks.ts';
import { startRequest } from './requests.ts';
import { startOverload } from './server.ts';
import { setWorkload } from './workloads.ts';
import { cableBetween, directionFrom, type World } from './world.ts';

/** Whether the action did something, and if not, why not, in words. */
export type ActionResult = { applied: true } | { applied: false; reason: string };

const applied: ActionResult = { applied: true };
const ignored = (reason: string): ActionResult => ({ applied: false, reason });

function nodeIndex(world: World, id: string): number {
  const i = world.index.get(id);
  if (i === undefined) throw new Error(`unknown node ${id}`);
  return i;
}

/** The directions an action on a cable touches: one when `from` is given, else both. */
export function directionsOf(world: World, cable: [string, string], from?: string): number[] {
  const c = cableBetween(world, nodeIndex(world, cable[0]), nodeIndex(world, cable[1]));
  if (c < 0) throw new Error(`no cable between ${cable[0]} and ${cable[1]}`);
  return from === undefined
    ? [2 * c, 2 * c + 1]
    : [directionFrom(world, c, nodeIndex(world, from))];
}

/** Apply a structurally valid action now. */
export function applyAction(ctx: SimContext, action: Action): ActionResult {
  const { world, state } = ctx;
  switch (action.kind) {
    case 'cut': {
      const dirs = directionsOf(world, action.cable, action.from);
      if (dirs.every((d) => !state.directions[d]!.up)) return ignored('the cable is already cut');
      dirs.forEach((d) => cutDirection(ctx, d));
      return applied;
    }
    case 'restore': {
      const dirs = directionsOf(world, action.cable, action.from);
      const healthy = (d: number) => state.directions[d]!.up && !state.directions[d]!.degraded;
      if (dirs.every(healthy)) return ignored('the cable is already up');
      dirs.forEach((d) => restoreDirection(ctx, d));
      return applied;
    }
    case 'degrade': {
      const { latencyUs, jitterUs, lossPercent, bandwidthMbps } = action;
      const change = definedOnly({ latencyUs, jitterUs, lossPercent, bandwidthMbps });
      directionsOf(world, action.cable, action.from).forEach((d) =>
        degradeDirection(ctx, d, change),
      );
      return applied;
    }
    case 'set-workload': {
      const workload = preferredWorkload(world, nodeIndex(world, action.client));
      if (workload < 0) return ignored('the client has no workload to change');
      const { mode, intervalUs, timeoutUs, retries } = action;
      setWorkload(ctx, workload, definedOnly({ mode, intervalUs, timeoutUs, retries }));
      return applied;
    }
    case 'send-request': {
      const client = nodeIndex(world, action.client);
      const workload = preferredWorkload(world, client);
      if (workload < 0) return ignored('the client has no workload to say where to send');
      if (ctx.state.requests.length >= LIMITS.requests) {
        return ignored(
          `the run has sent ${LIMITS.requests.toLocaleString('en-US')} requests, its limit`,
        );
      }
      startRequest(ctx, workload);
      return applied;
    }
    default:
      return applyToNode(ctx, action);
  }
}

function applyToNode(ctx: SimContext, action: Extract<Action, { node: string }>): ActionResult {
  const node = nodeIndex(ctx.world, action.node);
  const process = ctx.state.nodes[node]!.process;
  const label = ctx.world.nodes[node]!.label;
  switch (action.kind) {
    case 'pause':
      if (process !== 'running') return ignored(`${label} is ${process}, not running`);
      pause(ctx, node, action.durationUs);
      return applied;
    case 'resume':
      if (process !== 'paused') return ignored(`${label} is ${process}, not paused`);
      resume(ctx, node);
      return applied;
    case 'crash':
      if (process !== 'running' && process !== 'paused')
        return ignored(`${label} is already ${process}`);
      crash(ctx, node);
      return applied;
    case 'power-off':
      if (process === 'off') return ignored(`${label} is already off`);
      powerOff(ctx, node);
      return applied;
    case 'restart':
      if (process === 'restarting') return ignored(`${label} is already restarting`);
      restart(ctx, node);
      return applied;
    case 'overload':
      startOverload(ctx, node, action);
      return applied;
    case 'clock-step':
      stepClock(ctx, node, action.byUs);
      return applied;
    case 'clock-drift':
      setDrift(ctx, node, action.driftPpm);
      return applied;
    case 'sync-unreachable':
      if (!ctx.world.nodes[node]!.clock?.sync) return ignored(`${label} does not sync its clock`);
      blockSync(ctx, node, action.durationUs);
      return applied;
  }
}

/** The fields that were given: an absent setting leaves the current one as it is. */
function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(values).filter(([, v]) => v !== undefined),
  ) as Partial<T>;
}

/** A client's requests go by its on-demand workload if it has one, else by its first. */
export function preferredWorkload(world: World, client: number): number {
  const own = world.workloads.map((w, i) => ({ w, i })).filter(({ w }) => w.clientIndex === client);
  return (own.find(({ w }) => w.mode === 'on-demand') ?? own[0])?.i ?? -1;
}
