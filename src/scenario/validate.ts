/**
 * Turning untrusted input (a file, a link, an editor's state) into a scenario. Every problem
 * comes back as a clear message saying where and why; missing values take their defaults;
 * sizes are clamped with a warning. Errors mean no scenario; warnings come with one.
 * It never throws, whatever it is given.
 */

import {
  Checker,
  describe,
  field,
  isObject,
  join,
  readList,
  readNumber,
  readString,
  type Problem,
} from './checker.ts';
import { DEFAULT_DURATION_US, LIMITS, SPECS } from './limits.ts';
import { computeRoutes } from '../sim/routing.ts';
import { SCENARIO_VERSION, type Scenario, type ScheduledAction } from './types.ts';
import { readAction, refsOf } from './validate-action.ts';
import { checkBackends, checkStorage, checkSync } from './validate-roles.ts';
import { readCables, readNodes, readWorkloads } from './validate-topology.ts';

export type ValidationResult =
  { ok: true; scenario: Scenario; problems: Problem[] } | { ok: false; problems: Problem[] };

export function validateScenario(input: unknown): ValidationResult {
  const c = new Checker();
  const scenario = readScenario(c, input);
  return scenario && !c.hasErrors
    ? { ok: true, scenario, problems: c.problems }
    : { ok: false, problems: c.problems };
}

/** Parse JSON text, then validate it. */
export function parseScenario(text: string): ValidationResult {
  if (text.length > LIMITS.jsonLength) {
    const problem = `the file is ${text.length.toLocaleString('en-US')} characters long; a scenario may be at most ${LIMITS.jsonLength.toLocaleString('en-US')}`;
    return { ok: false, problems: [{ path: '', message: problem, level: 'error' }] };
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      problems: [{ path: '', message: `not valid JSON (${detail})`, level: 'error' }],
    };
  }
  return validateScenario(input);
}

function readVersion(c: Checker, raw: Record<string, unknown>): boolean {
  const version = field(raw, 'version');
  if (version === undefined) {
    c.warn('version', `is missing; read as version ${SCENARIO_VERSION}`);
    return true;
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    c.error('version', `must be a whole number from 1; got ${describe(version)}`);
    return false;
  }
  if (version > SCENARIO_VERSION) {
    c.error(
      'version',
      `is ${version}: this scenario was made by a newer Faultline, and this one reads up to version ${SCENARIO_VERSION}`,
    );
    return false;
  }
  return true;
}

function readScenario(c: Checker, raw: unknown): Scenario | null {
  if (!isObject(raw)) {
    c.error(
      '',
      `a scenario must be a JSON object with nodes, cables, workloads and a schedule; got ${describe(raw)}`,
    );
    return null;
  }
  if (!readVersion(c, raw)) return null;
  const name = readString(c, raw, 'name', '', LIMITS.nameLength, 'Untitled scenario');
  const description = readString(c, raw, 'description', '', LIMITS.descriptionLength, '');
  const seed = readNumber(c, raw, 'seed', '', SPECS.seed, 1);
  const durationUs = readNumber(c, raw, 'durationUs', '', SPECS.durationUs, DEFAULT_DURATION_US);
  const nodeList = readList(c, raw, 'nodes', LIMITS.nodes, 'nodes');
  const givenNodes = field(raw, 'nodes');
  if (nodeList.length === 0 && (givenNodes === undefined || Array.isArray(givenNodes))) {
    c.error('nodes', 'is empty or missing: a scenario needs at least one node');
  }
  const nodes = checkBackends(c, readNodes(c, nodeList));
  checkStorage(c, nodes);
  checkSync(c, nodes);
  const kinds = new Map(nodes.map((n) => [n.id, n.kind]));
  const cables = readCables(c, readList(c, raw, 'cables', LIMITS.cables, 'cables'), kinds);
  const workloads = readWorkloads(
    c,
    readList(c, raw, 'workloads', LIMITS.workloads, 'workloads'),
    kinds,
  );
  const refs = refsOf({ nodes, cables, workloads });
  const schedule: ScheduledAction[] = [];
  readList(c, raw, 'schedule', LIMITS.schedule, 'actions').forEach((entry, i) => {
    const path = join('schedule', i);
    const action = readAction(c, entry, path, refs);
    if (!action || !isObject(entry)) return;
    if (field(entry, 'atUs') === undefined)
      return c.error(join(path, 'atUs'), 'is missing: when the action happens, in µs');
    const atUs = readNumber(c, entry, 'atUs', path, SPECS.atUs, 0);
    schedule.push({ ...action, atUs });
  });
  const scenario: Scenario = {
    version: SCENARIO_VERSION,
    name,
    description,
    seed,
    durationUs,
    nodes,
    cables,
    workloads,
    schedule,
  };
  warnUnreachable(c, scenario);
  warnTooManyRequests(c, scenario);
  return scenario;
}

/** Say when the workloads would send more requests than a run will start. */
function warnTooManyRequests(c: Checker, scenario: Scenario): void {
  let expected = 0;
  for (const w of scenario.workloads) {
    if (w.mode === 'on-demand') continue;
    const timed = Math.ceil(Math.max(0, scenario.durationUs - w.startUs) / w.intervalUs);
    expected += w.count > 0 ? Math.min(w.count, timed) : timed;
  }
  if (expected > LIMITS.requests) {
    c.warn(
      'workloads',
      `would send about ${expected.toLocaleString('en-US')} requests; a run stops starting new ones at ${LIMITS.requests.toLocaleString('en-US')}`,
    );
  }
}

/** A workload whose client has no path to its server loses every request: say so. */
function warnUnreachable(c: Checker, scenario: Scenario): void {
  if (c.hasErrors || scenario.workloads.length === 0) return;
  const index = new Map(scenario.nodes.map((n, i) => [n.id, i]));
  const routes = computeRoutes(
    scenario.nodes.map((n) => n.kind),
    scenario.cables.map((cable) => ({
      a: index.get(cable.a)!,
      b: index.get(cable.b)!,
      latencyUs: cable.latencyUs,
    })),
  );
  const n = scenario.nodes.length;
  scenario.workloads.forEach((w, i) => {
    if (routes[index.get(w.client)! * n + index.get(w.server)!]! < 0) {
      c.warn(
        join('workloads', i),
        `no path of cables and switches joins ${describe(w.client)} to ${describe(w.server)}: every request will be lost`,
      );
    }
  });
}
