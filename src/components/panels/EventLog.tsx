import { useMemo } from 'react';
import type { LabController } from '../../lab/controller.ts';
import type { LogEntry } from '../../lab/trace-reader.ts';
import type { ScheduledAction } from '../../scenario/types.ts';
import { useController, useLab } from '../../store/hooks.ts';
import { logLineParts, userActions, type LabelOf, type LogLineParts } from './log-text.ts';
import { LogLine } from './LogLine.tsx';
import { Panel } from './Panel.tsx';
import { RunFingerprint } from './RunFingerprint.tsx';
import { RunLimits } from './RunLimits.tsx';
import { useBatchedLog } from './useBatchedLog.ts';
import { useFollowList } from './useFollowList.ts';
import { useRovingFocus } from './useRovingFocus.ts';

/** Lines kept in the page; the reader keeps more, but a live region must stay small. */
const LOG_LINES_SHOWN = 200;
/** New lines reach the page (and a screen reader) at most twice a second. */
const LOG_BATCH_MS = 500;

/**
 * The event log: outcomes, the user's and the schedule's actions, and what happened after a
 * timeout, newest at the bottom. A polite live region. Until revealed it holds only what the
 * client could know and what the user did (see log-text.ts): the truth (a timeout's cause, work
 * done after it, the faults the schedule injected) is only in the page when revealed.
 */
export function EventLog() {
  const controller = useController();
  const revealed = useLab((s) => s.revealed);
  const scenario = useLab((s) => s.view.scenario);
  const recorded = useLab((s) => s.view.recorded);
  const entries = useBatchedLog(controller, LOG_BATCH_MS);

  const lines = useMemo(
    () => logLines(controller, entries, revealed, scenario.schedule, recorded),
    [controller, entries, revealed, scenario, recorded],
  );

  const latest = lines.slice(-LOG_LINES_SHOWN);
  const follow = useFollowList<HTMLDivElement>(lines, latest[0]?.key ?? 0);
  const heldFirst = follow.held;
  const shown = heldFirst === null ? latest : lines.filter((line) => line.key >= heldFirst);
  const roving = useRovingFocus(shown.map((line) => line.key));

  return (
    <Panel
      className="lab-log panel-log"
      title="Event log"
      footer={
        <>
          <RunLimits />
          <RunFingerprint />
        </>
      }
    >
      <div
        {...follow.listProps}
        className="panel-body"
        role="log"
        aria-label="Event log"
        aria-live="polite"
      >
        {shown.length === 0 ? (
          <p className="panel-empty">Nothing has happened yet.</p>
        ) : (
          <ol className="panel-list" onKeyDown={roving.onKeyDown}>
            {shown.map((line) => (
              <LogLine
                key={line.key}
                line={line}
                tabbable={roving.tabKey === line.key}
                onRowFocus={roving.onRowFocus}
              />
            ))}
          </ol>
        )}
      </div>
    </Panel>
  );
}

/** The log's lines in words, without what is hidden. */
function logLines(
  controller: LabController,
  entries: readonly LogEntry[],
  revealed: boolean,
  schedule: readonly ScheduledAction[],
  recorded: number,
): LogLineParts[] {
  const { sim } = controller;
  const byUser = userActions(sim.state.liveActions, schedule, recorded);
  const labelOf: LabelOf = (id) => sim.world.nodes[sim.world.index.get(id) ?? -1]?.label ?? id;
  return entries
    .map((entry) => logLineParts(entry, { revealed, labelOf, byUser: (a) => byUser.has(a) }))
    .filter((line): line is LogLineParts => line !== null);
}
