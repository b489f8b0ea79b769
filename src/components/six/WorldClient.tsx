import { useId } from 'react';
import { clientRow } from '../../lab/requests-view.ts';
import { formatClock } from '../../lab/clock-format.ts';
import { requestLabel, type RequestRecord } from '../../sim/index.ts';
import { FEATURED_REQUEST } from '../../six/featured.ts';
import { shownRows } from '../../six/shown-rows.ts';
import { useController, useLab } from '../../store/hooks.ts';
import { ClientState } from '../panels/ClientState.tsx';
import { clientNotes } from '../panels/row-text.ts';

/**
 * Rows a tile has room for on a 1280 × 720 projector beside its drawing: at r3's timeout, the
 * moment that matters, r2 (answered, as requests are when all is well) and r3.
 */
const ROWS_SHOWN = 2;

const timeoutUsOf = (r: RequestRecord): number => {
  const last = r.attempts[r.attempts.length - 1]!;
  return last.deadlineUs - last.sentAtUs;
};

/**
 * One world's "What the client knows", small: a line a request, through `clientRow` only (as
 * the lab's panel), so nothing the client could not know reaches it; r3 stays in view.
 */
export function WorldClient() {
  const controller = useController();
  // Re-read the simulation at every revision of this world.
  useLab((s) => s.view.revision);
  const headingId = useId();
  const { sim } = controller;
  const labelled = sim.state.requests.map((record) => ({ label: requestLabel(record.id), record }));
  const shown = shownRows(labelled, FEATURED_REQUEST, ROWS_SHOWN);
  return (
    <div className="six-client">
      <h3 id={headingId} className="six-part-title">
        What the client knows
      </h3>
      {shown.length === 0 ? (
        <p className="six-empty">No requests yet.</p>
      ) : (
        <ul className="six-rows" aria-labelledby={headingId}>
          {shown.map(({ label, record }) => {
            const row = clientRow(sim, record);
            const notes = clientNotes(row);
            return (
              <li
                key={label}
                className={`six-row is-${row.state}`}
                data-featured={label === FEATURED_REQUEST || undefined}
              >
                <span className="six-id">{label}</span>
                <span className="six-sent">sent at {formatClock(row.sentAtUs)}</span>
                <span className="six-state">
                  <ClientState row={row} timeoutUs={timeoutUsOf(record)} />
                </span>
                {notes.length > 0 && <span className="six-notes">{notes.join(' · ')}</span>}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
