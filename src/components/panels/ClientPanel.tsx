import { clientRow } from '../../lab/requests-view.ts';
import type { RequestRecord } from '../../sim/index.ts';
import { useController, useLab } from '../../store/hooks.ts';
import { ClientRequest } from './ClientRequest.tsx';
import { Panel } from './Panel.tsx';
import { RequestList } from './RequestList.tsx';
import { firstShown, REQUEST_ROWS_SHOWN } from './row-text.ts';
import { useFollowList } from './useFollowList.ts';
import { useRovingFocus } from './useRovingFocus.ts';

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

  return (
    <Panel className="lab-client panel-client" title="What the client knows">
      <RequestList
        follow={follow}
        roving={roving}
        earlier={first}
        empty="No requests yet. Press Play, or send one from the client."
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
