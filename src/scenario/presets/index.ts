import type { Preset } from './base.ts';
import { healthy } from './healthy.ts';
import { retryDuplicate, retryIdempotent } from './after-the-timeout.ts';
import { BALANCER_PRESETS, rollingRestart } from './balancer.ts';
import { CLOCK_PRESETS } from './clocks.ts';
import { DELAY_PRESETS } from './delays.ts';
import { FAILOVER_PRESETS } from './failover.ts';
import { retryBudget, retryStorm } from './retry-storm.ts';
import { SIGNAL_PRESETS } from './signals.ts';
import { SIX_CAUSES } from './six-causes.ts';
import { TIMEOUT_PRESETS } from './timeouts.ts';

export type { Preset } from './base.ts';
export { FEATURED_REQUEST } from './base.ts';
export { SIX_CAUSES } from './six-causes.ts';
export { SIGNAL_PRESETS } from './signals.ts';

/** The presets as the Scenario menu groups them, in the order the seed's sections come. */
export const PRESET_GROUPS: readonly { title: string; presets: readonly Preset[] }[] = [
  { title: 'Start', presets: [healthy] },
  { title: 'The cloud: keep serving', presets: [rollingRestart] },
  { title: 'Six ways a request goes unanswered', presets: SIX_CAUSES },
  { title: 'After the timeout', presets: [retryDuplicate, retryIdempotent] },
  { title: 'Detecting faults', presets: [...SIGNAL_PRESETS, ...BALANCER_PRESETS] },
  { title: 'Leaders and failover', presets: FAILOVER_PRESETS },
  { title: 'Timeouts and retries', presets: [...TIMEOUT_PRESETS, retryStorm, retryBudget] },
  { title: 'Where delay comes from', presets: DELAY_PRESETS },
  { title: 'Unreliable clocks', presets: CLOCK_PRESETS },
];

/** Every preset, in the order a menu shows them. */
export const PRESETS: readonly Preset[] = PRESET_GROUPS.flatMap((g) => g.presets);

export const DEFAULT_PRESET_ID = 'healthy';

export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}
