/**
 * What the editor does to a scenario, as pure functions: a scenario in, a new one out (or a
 * sentence saying why not). Every result goes through `validateScenario`, the same gate as a
 * file or a link, so the editor can never make a scenario the simulation would refuse.
 */

import {
  DEFAULT_BALANCER,
  DEFAULT_LINK,
  DEFAULT_REPLICA,
  DEFAULT_SERVER,
  DEFAULT_WORKLOAD,
  LIMITS,
} from '../scenario/limits.ts';
import type {
  Cable,
  NodeKind,
  Scenario,
  ScenarioNode,
  ScheduledAction,
  Workload,
} from '../scenario/types.ts';
import { validateScenario } from '../scenario/validate.ts';
import { refersTo } from './refs.ts';

export type EditResult = { ok: true; scenario: Scenario } | { ok: false; message: string };

/** The scenario, checked: clamped values are kept clamped; an error refuses the edit. */
export function checked(scenario: Scenario): EditResult {
  const result = validateScenario(scenario);
  if (result.ok) return { ok: true, scenario: result.scenario };
  const first = result.problems.find((p) => p.level === 'error')!;
  return { ok: false, message: `${first.path || 'The scenario'} ${first.message}` };
}

/** The first free id and label of a kind: `server2`, `server 2`. */
export function freshName(scenario: Scenario, kind: NodeKind): { id: string; label: string } {
  const ids = new Set(scenario.nodes.map((n) => n.id));
  const labels = new Set(scenario.nodes.map((n) => n.label));
  for (let i = 1; ; i++) {
    const id = i === 1 ? kind : `${kind}${i}`;
    const label = i === 1 ? kind : `${kind} ${i}`;
    if (!ids.has(id) && !labels.has(label)) return { id, label };
  }
}

/** A new node, placed at `at`, or left to the automatic layout when `at` is null. */
export function addNode(
  scenario: Scenario,
  kind: NodeKind,
  at: { x: number; y: number } | null,
): EditResult & { id?: string } {
  if (scenario.nodes.length >= LIMITS.nodes) {
    return { ok: false, message: `A scenario has at most ${LIMITS.nodes} nodes.` };
  }
  const { id, label } = freshName(scenario, kind);
  const place = at ? { x: Math.round(at.x), y: Math.round(at.y) } : {};
  // A new load balancer spreads over every server there is; the editor can change that.
  const servers = scenario.nodes.filter((n) => n.kind === 'server').map((n) => n.id);
  const node: ScenarioNode =
    kind === 'server'
      ? { id, label, kind, ...DEFAULT_SERVER, ...place }
      : kind === 'balancer'
        ? { id, label, kind, ...DEFAULT_BALANCER, backends: servers, ...place }
        : kind === 'replica'
          ? { id, label, kind, ...DEFAULT_REPLICA, storage: servers[0] ?? '', ...place }
          : { id, label, kind, ...place };
  return { ...checked({ ...scenario, nodes: [...scenario.nodes, node] }), id };
}

/** The node and everything that names it: its cables, its workloads, its faults. */
export function removeNode(scenario: Scenario, id: string): EditResult {
  const workloads = scenario.workloads.filter((w) => w.client !== id && w.server !== id);
  return checked({
    ...scenario,
    // A load balancer forgets a backend that is gone.
    nodes: scenario.nodes
      .filter((n) => n.id !== id)
      .map((n) =>
        n.kind === 'balancer' && n.backends.includes(id)
          ? { ...n, backends: n.backends.filter((b) => b !== id) }
          : n,
      ),
    cables: scenario.cables.filter((c) => c.a !== id && c.b !== id),
    workloads,
    schedule: withWorkloads(
      scenario.schedule.filter((a) => !refersTo(a, id)),
      workloads,
    ),
  });
}

/** A client's actions (send a request, change its workload) need a workload to act on. */
function withWorkloads(schedule: ScheduledAction[], workloads: Workload[]): ScheduledAction[] {
  return schedule.filter((a) => !('client' in a) || workloads.some((w) => w.client === a.client));
}

export function renameNode(scenario: Scenario, id: string, label: string): EditResult {
  const trimmed = label.trim();
  if (trimmed === '') return { ok: false, message: 'A node needs a name.' };
  if (scenario.nodes.some((n) => n.id !== id && n.label === trimmed)) {
    return { ok: false, message: `Another node is called "${trimmed}" already.` };
  }
  return updateNode(scenario, id, { label: trimmed });
}

export function updateNode(
  scenario: Scenario,
  id: string,
  change: Partial<ScenarioNode>,
): EditResult {
  const nodes = scenario.nodes.map((n) =>
    n.id === id ? ({ ...n, ...change } as ScenarioNode) : n,
  );
  return checked({ ...scenario, nodes });
}

const sameCable = (c: Cable, a: string, b: string) =>
  (c.a === a && c.b === b) || (c.a === b && c.b === a);

export function connect(scenario: Scenario, a: string, b: string): EditResult {
  if (a === b) return { ok: false, message: 'A cable joins two different nodes.' };
  if (scenario.cables.some((c) => sameCable(c, a, b))) {
    return { ok: false, message: 'These two nodes are joined already.' };
  }
  return checked({ ...scenario, cables: [...scenario.cables, { a, b, ...DEFAULT_LINK }] });
}

/** The cable and the faults aimed at it. */
export function disconnect(scenario: Scenario, a: string, b: string): EditResult {
  return checked({
    ...scenario,
    cables: scenario.cables.filter((c) => !sameCable(c, a, b)),
    schedule: scenario.schedule.filter(
      (x) => !('cable' in x && x.cable.includes(a) && x.cable.includes(b)),
    ),
  });
}

export function updateCable(
  scenario: Scenario,
  a: string,
  b: string,
  change: Partial<Cable>,
): EditResult {
  const cables = scenario.cables.map((c) => (sameCable(c, a, b) ? { ...c, ...change } : c));
  return checked({ ...scenario, cables });
}

/** A workload from the client to the first server (or the one given). */
export function addWorkload(scenario: Scenario, client: string, server?: string): EditResult {
  const target = server ?? scenario.nodes.find((n) => n.kind === 'server')?.id;
  if (!target) return { ok: false, message: 'Add a server first: a client sends to a server.' };
  const workload: Workload = { client, server: target, ...DEFAULT_WORKLOAD };
  return checked({ ...scenario, workloads: [...scenario.workloads, workload] });
}

export function updateWorkload(
  scenario: Scenario,
  index: number,
  change: Partial<Workload>,
): EditResult {
  const workloads = scenario.workloads.map((w, i) => (i === index ? { ...w, ...change } : w));
  return checked({ ...scenario, workloads });
}

export function removeWorkload(scenario: Scenario, index: number): EditResult {
  const workloads = scenario.workloads.filter((_, i) => i !== index);
  return checked({ ...scenario, workloads, schedule: withWorkloads(scenario.schedule, workloads) });
}

/** Faults stay in time order, so the list reads as a story. */
const byTime = (schedule: ScheduledAction[]) =>
  schedule
    .map((a, i) => ({ a, i }))
    .sort((x, y) => x.a.atUs - y.a.atUs || x.i - y.i)
    .map((x) => x.a);

export function addFault(scenario: Scenario, fault: ScheduledAction): EditResult {
  return checked({ ...scenario, schedule: byTime([...scenario.schedule, fault]) });
}

export function updateFault(scenario: Scenario, index: number, fault: ScheduledAction): EditResult {
  const schedule = scenario.schedule.map((a, i) => (i === index ? fault : a));
  return checked({ ...scenario, schedule: byTime(schedule) });
}

export function removeFault(scenario: Scenario, index: number): EditResult {
  return checked({ ...scenario, schedule: scenario.schedule.filter((_, i) => i !== index) });
}
