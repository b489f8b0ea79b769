import type { Simulation } from '../../sim/index.ts';
import { ActionButton } from './ActionButton.tsx';
import type { useApply } from './useApply.ts';

type Apply = ReturnType<typeof useApply>;

interface Props {
  sim: Simulation;
  id: string;
  apply: Apply['apply'];
  refuse: Apply['refuse'];
}

/** How far a click steps a clock, and how long a click keeps the time server away. */
const STEP_US = 100_000;
const SYNC_LOST_US = 5_000_000;

/**
 * The clock faults, live, for a machine whose clock the scenario made imperfect (the others keep
 * the inspector short): step its time of day by 100 ms either way, and, when it syncs, cut it
 * off from its time server for 5 s. The monotonic clock never moves with a step.
 */
export function ClockActions({ sim, id, apply, refuse }: Props) {
  const node = sim.world.nodes[sim.world.index.get(id) ?? -1];
  if (!node || !('clock' in node) || !node.clock) return null;
  const { label } = node;
  const syncs = node.clock.sync !== undefined;
  const step = (byUs: number, words: string) => (
    <ActionButton
      small
      reason={null}
      onRefused={refuse}
      onPress={() =>
        apply({ kind: 'clock-step', node: id, byUs }, `Stepped ${label}’s clock ${words} 100 ms`)
      }
    >
      {`Step clock ${words} 100 ms`}
    </ActionButton>
  );
  return (
    <div className="ctl-button-row ctl-clock-actions" role="group" aria-label="Clock faults">
      {step(-STEP_US, 'back')}
      {step(STEP_US, 'forward')}
      {syncs && (
        <ActionButton
          small
          reason={null}
          onRefused={refuse}
          onPress={() =>
            apply(
              { kind: 'sync-unreachable', node: id, durationUs: SYNC_LOST_US },
              `Cut ${label} off from its time server for 5 s`,
            )
          }
        >
          Cut off from time server for 5 s
        </ActionButton>
      )}
    </div>
  );
}
