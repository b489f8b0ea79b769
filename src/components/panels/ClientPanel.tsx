import { clientRow } from '../../lab/requests-view.ts';
import type { RequestRecord } from '../../sim/index.ts';
import { ClientRequest } from './ClientRequest.tsx';
import { Panel } from './Panel.tsx';
import { RequestList } from './RequestList.tsx';
import { useShownRequests } from './useShownRequests.ts';

/** The current attempt's timeout, which the client chose itself when it set its timer. */
const attemptTimeoutUs = (r: RequestRecord): number => {
  const last = r.attempts[r.attempts.length - 1]!;
  return last.deadlineUs - last.sentAtUs;
};

/**
 * "What the client knows": each request as the client saw it, through `clientRow` only, so
 * nothing the client could not know (causes, journeys, server state) can reach this panel.
 */
export function ClientPanel() {
  const { controller, shown, first, follow, roving } = useShownRequests();
  // Replicas and their storage, with no client: the story is in the drawing and the log.
  const clientless = controller.sim.world.workloads.length === 0;

  return (
    <Panel className="lab-client panel-client" title="What the client knows">
      <RequestList
        follow={follow}
        roving={roving}
        earlier={first}
        empty={
          clientless
            ? 'No client sends requests here. Watch the nodes in the drawing and, revealed, the event log.'
            : 'No requests yet. Press Play, or send one from the client.'
        }
      >
        {shown.map((r) => (
          <ClientRequest
            key={r.id}
            row={clientRow(controller.sim, r)}
            timeoutUs={attemptTimeoutUs(r)}
            tabbable={roving.tabKey === r.id}
            onRowFocus={roving.onRowFocus}
          />
        ))}
      </RequestList>
    </Panel>
  );
}
