/**
 * A scenario without what its reader would fill in anyway: every value equal to its default
 * (limits.ts) and every label equal to its id is left out, positions are rounded to whole
 * pixels. `validateScenario` restores the rest, so compacting loses nothing a run depends on.
 * Links use it to stay short.
 */

import {
  DEFAULT_DURATION_US,
  DEFAULT_BALANCER,
  DEFAULT_LINK,
  DEFAULT_REPLICA,
  DEFAULT_SERVER,
  DEFAULT_WORKLOAD,
} from '../scenario/limits.ts';
import type { Scenario, ScenarioNode } from '../scenario/types.ts';

type Plain = Record<string, unknown>;

const SCENARIO_DEFAULTS: Plain = {
  name: 'Untitled scenario',
  description: '',
  seed: 1,
  durationUs: DEFAULT_DURATION_US,
};

/** `value` without the fields whose value equals the default's (compared as JSON). */
function withoutDefaults(value: Plain, defaults: Plain): Plain {
  const kept: Plain = {};
  for (const [key, v] of Object.entries(value)) {
    if (key in defaults && JSON.stringify(defaults[key]) === JSON.stringify(v)) continue;
    kept[key] = v;
  }
  return kept;
}

function compactNode(node: ScenarioNode): Plain {
  const { label, x, y, ...rest } = node;
  const plain: Plain =
    node.kind === 'server'
      ? withoutDefaults(rest, DEFAULT_SERVER)
      : node.kind === 'balancer'
        ? withoutDefaults(rest, DEFAULT_BALANCER)
        : node.kind === 'replica'
          ? withoutDefaults(rest, DEFAULT_REPLICA)
          : { ...rest };
  if (label !== node.id) plain.label = label;
  if (x !== undefined) plain.x = Math.round(x);
  if (y !== undefined) plain.y = Math.round(y);
  return plain;
}

export function compactScenario(scenario: Scenario): Plain {
  return {
    ...withoutDefaults(
      {
        version: scenario.version,
        name: scenario.name,
        description: scenario.description,
        seed: scenario.seed,
        durationUs: scenario.durationUs,
      },
      SCENARIO_DEFAULTS,
    ),
    nodes: scenario.nodes.map(compactNode),
    cables: scenario.cables.map((c) => withoutDefaults({ ...c }, { ...DEFAULT_LINK })),
    workloads: scenario.workloads.map((w) => withoutDefaults({ ...w }, { ...DEFAULT_WORKLOAD })),
    schedule: scenario.schedule,
  };
}
