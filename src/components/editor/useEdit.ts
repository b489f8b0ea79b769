import { useCallback } from 'react';
import type { EditResult } from '../../editor/edits.ts';
import type { Scenario } from '../../scenario/types.ts';
import { useController, useLab } from '../../store/hooks.ts';

/**
 * Apply an edit to the scenario on screen: the run replays to the same moment with the change;
 * a refused edit changes nothing and its reason shows in the editor.
 */
export function useEdit() {
  const controller = useController();
  const setMessage = useLab((s) => s.setEditMessage);
  return useCallback(
    (change: (scenario: Scenario) => EditResult): boolean => {
      const result = change(controller.view().scenario);
      setMessage(result.ok ? null : result.message);
      if (result.ok) controller.edit(result.scenario);
      return result.ok;
    },
    [controller, setMessage],
  );
}
