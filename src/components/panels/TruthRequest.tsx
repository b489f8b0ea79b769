import type { TruthRow } from '../../lab/requests-view.ts';
import { AFTERMATH_LINES, CAUSE_LINES } from '../../lab/words.ts';
import { Explained } from './Explained.tsx';
import { RequestCard } from './RequestCard.tsx';
import { processedText, truthRowName } from './row-text.ts';

interface Props {
  row: TruthRow;
  tabbable: boolean;
  onRowFocus: (key: number) => void;
}

/** One request as it really went: where it is or died, why it timed out, what came after. */
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
      <span className="panel-state panel-num">{processedText(row.processedCount)}</span>
      <span className="panel-detail">
        <span className="panel-journey">{row.journey}</span>
        {row.cause && <Explained term={row.cause} line={CAUSE_LINES[row.cause]} kind="cause" />}
        {row.aftermaths.map((what) => (
          <Explained key={what} term={what} line={AFTERMATH_LINES[what]} kind="aftermath" />
        ))}
      </span>
    </RequestCard>
  );
}
