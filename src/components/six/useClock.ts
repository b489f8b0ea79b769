import { useSyncExternalStore } from 'react';
import type { ClockView, LockstepClock } from '../../six/lockstep-clock.ts';

/** The shared playback's state, re-rendered when any of the six worlds changes. */
export function useClockView(clock: LockstepClock): ClockView {
  return useSyncExternalStore(
    (listener) => clock.onChange(listener),
    () => clock.view(),
  );
}
