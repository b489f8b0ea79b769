import { useController, useLab } from '../../store/hooks.ts';
import { firstShown, REQUEST_ROWS_SHOWN } from './row-text.ts';
import { useFollowList } from './useFollowList.ts';
import { useRovingFocus } from './useRovingFocus.ts';

/**
 * The requests a panel lists: the latest ones, kept in place while the user holds the list
 * (see useFollowList), with one Tab stop for the whole list (see useRovingFocus). Re-read at
 * every revision of the simulation.
 */
export function useShownRequests() {
  const controller = useController();
  const revision = useLab((s) => s.view.revision);
  const requests = controller.sim.state.requests;
  const follow = useFollowList<HTMLDivElement>(
    revision,
    firstShown(requests.length, REQUEST_ROWS_SHOWN, null),
  );
  const first = firstShown(requests.length, REQUEST_ROWS_SHOWN, follow.held);
  const shown = requests.slice(first);
  const roving = useRovingFocus(shown.map((r) => r.id));
  return { controller, shown, first, follow, roving };
}
