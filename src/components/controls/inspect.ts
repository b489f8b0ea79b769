/**
 * What the inspector says about a node, a cable or a client, read from the live simulation.
 * Pure functions of the simulation, so the words are tested without a browser.
 */

import { formatDuration } from '../../lab/clock-format.ts';
import type { NodeKind, ScenarioNode, WorkloadMode } from '../../scenario/types.ts';
import type { ProcessState, Simulation } from '../../sim/index.ts';
import type { IconName } from './Icon.tsx';

export interface ServerFacts {
  label: string;
  kind: NodeKind;
  process: ProcessState;
  /** When a timed pause ends, or -1 for a pause that lasts until resumed. */
  pausedUntilUs: number;
  queued: number;
  queueCapacity: number;
  busyWorkers: number;
  workers: number;
  processed: number;
  overload: { intervalUs: number; untilUs: number } | null;
  restartUs: number;
}

function nodeAt(sim: Simulation, id: string): { index: number; node: ScenarioNode } | null {
  const index = sim.world.index.get(id);
  const node = index === undefined ? undefined : sim.world.nodes[index];
  return index === undefined || !node ? null : { index, node };
}

export function nodeFacts(sim: Simulation, id: string): ServerFacts | null {
  const found = nodeAt(sim, id);
  if (!found) return null;
  const { node } = found;
  const state = sim.state.nodes[found.index]!;
  const server = node.kind === 'server' ? node : null;
  const overloadCapacity = state.overload?.queueCapacity ?? -1;
  return {
    label: node.label,
    kind: node.kind,
    process: state.process,
    pausedUntilUs: state.pausedUntilUs,
    queued: state.queue.length,
    queueCapacity: overloadCapacity >= 0 ? overloadCapacity : (server?.queueCapacity ?? 0),
    busyWorkers: state.workers.filter((w) => w.entry !== null).length,
    workers: state.workers.length,
    processed: state.processed,
    overload: state.overload && {
      intervalUs: state.overload.intervalUs,
      untilUs: state.overload.untilUs,
    },
    restartUs: server?.restartUs ?? 0,
  };
}

/** The process state in a few words, short enough for one line: `paused, resumes in 120 ms`. */
export function processWords(facts: ServerFacts, nowUs: number): string {
  switch (facts.process) {
    case 'running':
      return facts.overload ? 'running, overloaded' : 'running';
    case 'paused':
      return facts.pausedUntilUs < 0
        ? 'paused until resumed'
        : `paused, resumes in ${formatDuration(Math.max(0, facts.pausedUntilUs - nowUs))}`;
    case 'crashed':
      return facts.kind === 'server' ? 'crashed (machine up, refuses connections)' : 'crashed';
    case 'off':
      return 'off (machine silent)';
    case 'restarting':
      return facts.restartUs > 0
        ? `restarting (takes ${formatDuration(facts.restartUs)})`
        : 'restarting';
  }
}

/** An icon per state, so the state never rests on colour (drawn beside the words). */
export const PROCESS_ICONS: Record<ProcessState, IconName> = {
  running: 'play',
  paused: 'pause',
  crashed: 'cross',
  off: 'power',
  restarting: 'reset',
};

export function overloadWords(facts: ServerFacts, nowUs: number): string | null {
  const overload = facts.overload;
  if (!overload) return null;
  const every = `extra work every ${formatDuration(overload.intervalUs)}`;
  if (overload.untilUs < 0) return `${every}, until a restart`;
  return `${every}, for ${formatDuration(Math.max(0, overload.untilUs - nowUs))} more`;
}

export type NodeActionKind = 'pause' | 'resume' | 'crash' | 'power-off' | 'restart' | 'overload';

/**
 * Why each action does not apply now (null when it does), in the words the status line shows.
 * The same rules as the simulation's, said before the click rather than after.
 */
export function nodeActionReasons(
  facts: Pick<ServerFacts, 'label' | 'process'>,
): Record<NodeActionKind, string | null> {
  const { label, process } = facts;
  return {
    pause: process === 'running' ? null : `${label} is ${process}; only a running process pauses.`,
    resume: process === 'paused' ? null : `${label} is ${process}, not paused.`,
    crash:
      process === 'running' || process === 'paused'
        ? null
        : `${label} is ${process}; there is no process to crash.`,
    'power-off': process === 'off' ? `${label} is already off.` : null,
    restart: process === 'restarting' ? `${label} is already restarting.` : null,
    overload: null,
  };
}

export interface ClientFacts {
  label: string;
  /** The workload the client's requests go by, or null when it has none. */
  workload: number | null;
  server: string | null;
  mode: WorkloadMode;
  intervalUs: number;
  timeoutUs: number;
  retries: number;
  sent: number;
  outstanding: number;
}

/** As the simulation chooses: the client's on-demand workload if it has one, else its first. */
function preferredWorkload(sim: Simulation, id: string): number | null {
  const own = sim.world.workloads.map((w, i) => ({ w, i })).filter(({ w }) => w.client === id);
  return (own.find(({ w }) => w.mode === 'on-demand') ?? own[0])?.i ?? null;
}

export function clientFacts(sim: Simulation, id: string): ClientFacts | null {
  const found = nodeAt(sim, id);
  if (!found) return null;
  const w = preferredWorkload(sim, id);
  const settings = w === null ? null : sim.state.workloads[w]!;
  const serverIndex = w === null ? null : sim.world.workloads[w]!.serverIndex;
  return {
    label: found.node.label,
    workload: w,
    server: serverIndex === null ? null : sim.world.nodes[serverIndex]!.label,
    mode: settings?.mode ?? 'on-demand',
    intervalUs: settings?.intervalUs ?? 0,
    timeoutUs: settings?.timeoutUs ?? 0,
    retries: settings?.retries ?? 0,
    sent: settings?.sent ?? 0,
    outstanding: sim.state.requests.filter(
      (r) => r.client === found.index && r.status === 'outstanding',
    ).length,
  };
}

/** `every 250 ms`, `about every 250 ms (at random)`, `only on demand`. */
export function rhythmWords(facts: Pick<ClientFacts, 'mode' | 'intervalUs'>): string {
  if (facts.mode === 'on-demand') return 'only on demand';
  const every = `every ${formatDuration(facts.intervalUs)}`;
  return facts.mode === 'poisson' ? `on average ${every}, at random` : every;
}

/** Requests per second for a gap between requests, as a field shows it. */
export const rateFromIntervalUs = (intervalUs: number): number =>
  Number((1_000_000 / intervalUs).toPrecision(4));
