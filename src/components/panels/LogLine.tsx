import { OutcomeMark } from '../../app/OutcomeMark.tsx';
import type { LogLineParts } from './log-text.ts';
import { RequestCard } from './RequestCard.tsx';

interface Props {
  line: LogLineParts;
  tabbable: boolean;
  onRowFocus: (key: number) => void;
}

/**
 * One line of the event log. Its text is exactly `logLineText(line)`
 * (`1.100 s · r3 timeout — remote paused`); the marks beside the words are hidden from
 * screen readers.
 */
export function LogLine({ line, tabbable, onRowFocus }: Props) {
  const outcome = line.outcome;
  return (
    <RequestCard
      request={line.request}
      rowKey={line.key}
      tabbable={tabbable}
      onRowFocus={onRowFocus}
      className={`panel-line is-${line.kind}`}
    >
      <span className="panel-time">{line.time}</span>
      <span className="panel-what">
        <span className="visually-hidden"> · </span>
        {line.request && (
          <>
            <span className="panel-id">{line.request}</span>{' '}
          </>
        )}
        {outcome && <OutcomeMark outcome={outcome} />}
        {outcome ? (
          <strong className={`panel-word panel-${line.kind}`}>{line.words}</strong>
        ) : (
          <span className="panel-words">{line.words}</span>
        )}
        {line.cause && (
          <>
            {' — '}
            <strong className="panel-cause">{line.cause}</strong>
          </>
        )}
      </span>
    </RequestCard>
  );
}
