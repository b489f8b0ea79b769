/**
 * The versions of a scenario as the user changes it, as pure functions: an action clicked
 * (appended to the schedule, counted as recorded), the recorded actions forgotten, acting in
 * the past (the recorded actions after that moment discarded), nodes placed by hand. The
 * controller keeps the current version and the undo history of them.
 */

import type { Action } from '../scenario/types.ts';
import type { Version } from './edit-history.ts';

/** The action taken at `atUs`, recorded at the end of the schedule so a reset or link replays it. */
export function withAction({ scenario, recorded }: Version, action: Action, atUs: number): Version {
  const schedule = [...scenario.schedule, { ...action, atUs }];
  return { scenario: { ...scenario, schedule }, recorded: recorded + 1 };
}

/** The scenario without what the user clicked. */
export function withoutRecorded({ scenario, recorded }: Version): Version {
  const clicked = new Set(scenario.schedule.slice(scenario.schedule.length - recorded));
  const schedule = scenario.schedule.filter((a) => !clicked.has(a));
  return { scenario: { ...scenario, schedule }, recorded: 0 };
}

/**
 * Acting in the past changes history: what the user did after that moment is discarded (the
 * schedule's own entries stay).
 */
export function forgetRecordedAfter({ scenario, recorded }: Version, nowUs: number): Version {
  const firstRecorded = scenario.schedule.length - recorded;
  const schedule = scenario.schedule.filter((a, i) => i < firstRecorded || a.atUs <= nowUs);
  return {
    scenario: { ...scenario, schedule },
    recorded: recorded - (scenario.schedule.length - schedule.length),
  };
}

/** Nodes where the user put them, in whole pixels. */
export function withPlaces(
  { scenario, recorded }: Version,
  places: ReadonlyMap<string, { x: number; y: number }>,
): Version {
  const nodes = scenario.nodes.map((n) => {
    const p = places.get(n.id);
    return p ? { ...n, x: Math.round(p.x), y: Math.round(p.y) } : n;
  });
  return { scenario: { ...scenario, nodes }, recorded };
}
