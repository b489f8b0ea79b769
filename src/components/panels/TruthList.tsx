import { truthRow } from '../../lab/requests-view.ts';
import { RequestList } from './RequestList.tsx';
import { useShownRequests } from './useShownRequests.ts';
import { TruthRequest } from './TruthRequest.tsx';

/** The revealed truth, request by request. Mounted only when revealed, so hidden means absent. */
export function TruthList() {
  const { controller, shown, first, follow, roving } = useShownRequests();
  const { sim, reader } = controller;

  return (
    <RequestList
      follow={follow}
      roving={roving}
      earlier={first}
      empty={
        sim.world.workloads.length === 0
          ? 'No client requests here: what the nodes do and believe is in the event log and the drawing.'
          : 'Nothing has happened yet. Press Play, and watch here what the client cannot see.'
      }
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
