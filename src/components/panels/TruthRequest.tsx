import type { TruthRow } from '../../lab/requests-view.ts';
import { formatDuration } from '../../lab/clock-format.ts';
import {
  AFTERMATH_LINES,
  CAUSE_LINES,
  DEDUP_LINE,
  lwwLostLine,
  signalLine,
} from '../../lab/words.ts';
import { Explained } from './Explained.tsx';
import { RequestCard } from './RequestCard.tsx';
import { processedText, truthRowName } from './row-text.ts';

interface Props {
  row: TruthRow;
  tabbable: boolean;
  onRowFocus: (key: number) => void;
}

/**
 * One request as it really went: where it is or died, what became of each attempt when it was
 * retried, why it timed out, and what came after.
 */
export function TruthRequest({ row, tabbable, onRowFocus }: Props) {
  return (
    <RequestCard
      request={row.id}
      rowKey={row.request}
      tabbable={tabbable}
      onRowFocus={onRowFocus}
      name={truthRowName(row)}
      className={`panel-request${row.cause ? ' has-cause' : ''}`}
    >
      <span className="panel-id">{row.id}</span>
      <span className="panel-what">
        <span className="panel-muted">to</span> {row.server}
      </span>
      <span className="panel-state panel-num">{processedText(row)}</span>
      <span className="panel-detail">
        <span className="panel-journey">{row.journey}</span>
        {row.attempts.length > 0 && (
          <span className="panel-attempts">
            {row.attempts.map((line) => (
              <span key={line} className="panel-attempt">
                {line}
              </span>
            ))}
          </span>
        )}
        {row.outcome && row.outcome !== 'ok' && row.outcome !== 'timeout' ? (
          // A signal ended it: say what sent it and why, rather than one of the six.
          <Explained term={row.outcome} line={signalLine(row.outcome, row.cause)} kind="cause" />
        ) : (
          row.cause && <Explained term={row.cause} line={CAUSE_LINES[row.cause]} kind="cause" />
        )}
        {row.aftermaths.map((what) => (
          <Explained key={what} term={what} line={AFTERMATH_LINES[what]} kind="aftermath" />
        ))}
        {row.deduped && <span className="panel-dedup">{DEDUP_LINE}</span>}
        {row.lwwLostUs !== null && (
          <span className="panel-dedup">{lwwLostLine(row.lwwLostUs, formatDuration)}</span>
        )}
      </span>
    </RequestCard>
  );
}
