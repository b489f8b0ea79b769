import { formatClock } from '../../lab/clock-format.ts';
import type { ClientRow } from '../../lab/requests-view.ts';
import { outcomeTone } from '../../lab/outcome-tone.ts';
import { clientEndLine } from '../../lab/words.ts';
import { ClientState } from './ClientState.tsx';
import { RequestCard } from './RequestCard.tsx';
import { clientNotes, clientRowName } from './row-text.ts';

interface Props {
  row: ClientRow;
  /** The current attempt's timeout: the client set its own timer, so it knows it. */
  timeoutUs: number;
  tabbable: boolean;
  onRowFocus: (key: number) => void;
}

/** One request as its client saw it: sent when, waiting how long, and how it ended. */
export function ClientRequest({ row, timeoutUs, tabbable, onRowFocus }: Props) {
  const notes = clientNotes(row);
  const { state } = row;
  const going = state === 'waiting' || state === 'retrying';
  const line = going || state === 'ok' ? null : clientEndLine(state);
  const tone = going ? state : outcomeTone(state);
  return (
    <RequestCard
      request={row.id}
      rowKey={row.request}
      tabbable={tabbable}
      onRowFocus={onRowFocus}
      name={clientRowName(row)}
      className={`panel-request is-${tone}`}
    >
      <span className="panel-id">{row.id}</span>
      <span className="panel-what">
        {row.client}{' '}
        <span className="panel-nowrap">
          <span className="panel-muted">sent at</span>{' '}
          <span className="panel-num">{formatClock(row.sentAtUs)}</span>
        </span>
      </span>
      <span className="panel-state">
        <ClientState row={row} timeoutUs={timeoutUs} />
      </span>
      {(notes.length > 0 || line) && (
        <span className="panel-detail">
          {notes.length > 0 && <span className="panel-notes">{notes.join(' · ')}</span>}
          {line && <span className="panel-muted">{line}</span>}
        </span>
      )}
    </RequestCard>
  );
}
