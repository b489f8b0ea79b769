import { truthRow } from '../../lab/requests-view.ts';
import { useController, useLab } from '../../store/hooks.ts';
import { RequestList } from './RequestList.tsx';
import { firstShown, REQUEST_ROWS_SHOWN } from './row-text.ts';
import { TruthRequest } from './TruthRequest.tsx';
import { useFollowList } from './useFollowList.ts';
import { useRovingFocus } from './useRovingFocus.ts';

/** The revealed truth, request by request. Mounted only when revealed, so hidden means absent. */
export function TruthList() {
  const controller = useController();
  const revision = useLab((s) => s.view.revision);
  const { sim, reader } = controller;
  const requests = sim.state.requests;
  const follow = useFollowList<HTMLDivElement>(
    revision,
    firstShown(requests.length, REQUEST_ROWS_SHOWN, null),
  );
  const first = firstShown(requests.length, REQUEST_ROWS_SHOWN, follow.held);
  const shown = requests.slice(first);
  const roving = useRovingFocus(shown.map((r) => r.id));

  return (
    <RequestList
      follow={follow}
      roving={roving}
      earlier={first}
      empty="Nothing has happened yet. Press Play, and watch here what the client cannot see."
    >
      {shown.map((r) => (
        <TruthRequest
          key={r.id}
          row={truthRow(sim, reader, r)}
          tabbable={roving.tabKey === r.id}
          onRowFocus={roving.onRowFocus}
        />
      ))}
    </RequestList>
  );
}
