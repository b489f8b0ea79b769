/**
 * Checking a step's claims against the simulation: each claim that does not hold comes back as
 * a sentence, so a failing test says which words of which step are wrong.
 */

import {
  clientView,
  createSimulation,
  decodeTrace,
  results,
  type Simulation,
} from '../sim/index.ts';
import { findPreset } from '../scenario/presets/index.ts';
import { laterThan, measuredClient, roundTrips, sortedRtts } from '../lab/round-trips.ts';
import type { Claim, LessonStep } from './types.ts';

function runTo(step: LessonStep, atUs: number, seed = step.scenario.seed): Simulation {
  const sim = createSimulation(step.scenario, { seed });
  sim.runUntil(Math.min(atUs, sim.endUs));
  return sim;
}

function checkRequest(step: LessonStep, claim: Extract<Claim, { kind: 'request' }>): string[] {
  const sim = runTo(step, claim.at === 'end' ? Infinity : step.atUs);
  const found = results(sim).requests.find((r) => r.id === claim.request);
  if (!found) return [`${claim.request} does not exist at the ${claim.at}`];
  const wrong: string[] = [];
  for (const key of [
    'outcome',
    'cause',
    'processedCount',
    'processedAfterTimeout',
    'lateResponse',
  ] as const) {
    if (claim[key] !== undefined && found[key] !== claim[key]) {
      wrong.push(`${claim.request} ${key} is ${String(found[key])}, not ${String(claim[key])}`);
    }
  }
  return wrong;
}

function checkCounts(step: LessonStep, claim: Extract<Claim, { kind: 'counts' }>): string[] {
  const { counts } = results(runTo(step, Infinity));
  const wrong: string[] = [];
  for (const [key, least] of Object.entries(claim.atLeast ?? {})) {
    const n = counts[key as 'ok' | 'timeout'];
    if (n < least) wrong.push(`${n} ${key}, fewer than ${least}`);
  }
  if (claim.atMost?.timeout !== undefined && counts.timeout > claim.atMost.timeout) {
    wrong.push(`${counts.timeout} timeouts, more than ${claim.atMost.timeout}`);
  }
  return wrong;
}

function checkSeeds(step: LessonStep, claim: Extract<Claim, { kind: 'seeds-differ' }>): string[] {
  const outcomes = new Set<string>();
  for (let seed = 1; seed <= claim.seeds; seed++) {
    const found = results(runTo(step, Infinity, seed)).requests.find((r) => r.id === claim.request);
    outcomes.add(found?.outcome ?? 'missing');
  }
  return outcomes.has('ok') && outcomes.has('timeout')
    ? []
    : [`${claim.request} ended ${[...outcomes].join(' and ')} on seeds 1–${claim.seeds}`];
}

function checkSameView(step: LessonStep, claim: Extract<Claim, { kind: 'client-view-same-as' }>) {
  const other = findPreset(claim.preset);
  if (!other) return [`no preset ${claim.preset}`];
  const seen = (sim: Simulation) =>
    JSON.stringify(
      clientView(sim.trace, sim.world, 'client').filter((o) => o.timeUs <= claim.untilUs),
    );
  const mine = runTo(step, claim.untilUs);
  const theirs = createSimulation(other.scenario);
  theirs.runUntil(claim.untilUs);
  return seen(mine) === seen(theirs) ? [] : [`the client's view differs from ${claim.preset}`];
}

/** How many times the run shows a takeover, a stale write taken, or a write fenced off. */
function countHappened(sim: Simulation, what: 'takeover' | 'stale-write' | 'fenced'): number {
  const newest = new Map<string, number>();
  let count = 0;
  for (const e of decodeTrace(sim.trace, sim.world)) {
    if (what === 'takeover' && e.type === 'role' && e.leader) count++;
    if (what === 'fenced' && e.type === 'fenced') count++;
    if (e.type !== 'write') continue;
    const before = newest.get(e.node!) ?? 0;
    if (what === 'stale-write' && e.term! < before) count++;
    newest.set(e.node!, Math.max(before, e.term!));
  }
  return count;
}

function checkHappened(step: LessonStep, claim: Extract<Claim, { kind: 'happened' }>): string[] {
  const count = countHappened(runTo(step, Infinity), claim.what);
  const holds = claim.times === 'some' ? count > 0 : count === 0;
  return holds ? [] : [`${claim.what} happened ${count} times, not ${claim.times}`];
}

function checkLaterThan(step: LessonStep, claim: Extract<Claim, { kind: 'later-than' }>) {
  const sim = runTo(step, Infinity);
  const client = measuredClient(sim, null);
  if (!client) return ['no client measured any round trip'];
  const sorted = sortedRtts(roundTrips(sim, client).answered);
  const percent = (100 * laterThan(sorted, claim.timeoutUs)) / Math.max(1, sorted.length);
  const wrong: string[] = [];
  if (claim.atLeastPercent !== undefined && percent < claim.atLeastPercent)
    wrong.push(`${percent.toFixed(1)}% later than the timeout, under ${claim.atLeastPercent}%`);
  if (claim.atMostPercent !== undefined && percent > claim.atMostPercent)
    wrong.push(`${percent.toFixed(1)}% later than the timeout, over ${claim.atMostPercent}%`);
  return wrong;
}

export function claimProblems(step: LessonStep): string[] {
  return step.claims.flatMap((claim) => {
    switch (claim.kind) {
      case 'request':
        return checkRequest(step, claim);
      case 'counts':
        return checkCounts(step, claim);
      case 'seeds-differ':
        return checkSeeds(step, claim);
      case 'client-view-same-as':
        return checkSameView(step, claim);
      case 'happened':
        return checkHappened(step, claim);
      case 'later-than':
        return checkLaterThan(step, claim);
    }
  });
}
