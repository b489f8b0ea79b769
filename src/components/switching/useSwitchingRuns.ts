import { useDeferredValue, useMemo } from 'react';
import { compareSwitching, type SwitchingSettings } from '../../lab/switching.ts';

/**
 * Both networks run to the end for the settings. Each pair of runs takes some tens of
 * milliseconds, so it runs on every change; a deferred value lets a dragged slider move first
 * and the runs catch up, and `stale` says the numbers on screen are the previous settings'.
 */
export function useSwitchingRuns(settings: SwitchingSettings) {
  const deferred = useDeferredValue(settings);
  const runs = useMemo(() => compareSwitching(deferred), [deferred]);
  return { runs, stale: deferred !== settings };
}
