/**
 * Where "Start over" begins: the smallest scenario that shows something, a client asking a
 * server through a switch, ready to be built on.
 */

import { findPreset } from '../scenario/presets/index.ts';
import type { Scenario } from '../scenario/types.ts';

export function starterScenario(): Scenario {
  const healthy = findPreset('healthy')!.scenario;
  return {
    ...healthy,
    name: 'Untitled scenario',
    description: '',
    schedule: [],
  };
}

/** A file name from a scenario's name: `response-lost.json`. */
export function fileNameFor(scenario: Scenario, extension: string): string {
  const slug = scenario.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${slug || 'scenario'}.${extension}`;
}
