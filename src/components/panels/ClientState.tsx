import { OutcomeMark } from '../../app/OutcomeMark.tsx';
import { formatClock } from '../../lab/clock-format.ts';
import { outcomeTone } from '../../lab/outcome-tone.ts';
import type { ClientRow } from '../../lab/requests-view.ts';
import { Countdown } from './Countdown.tsx';

/** The client's state in a word and a mark (never colour alone), with the countdown while waiting. */
export function ClientState({ row, timeoutUs }: { row: ClientRow; timeoutUs: number }) {
  switch (row.state) {
    case 'waiting':
      return (
        <>
          <span className="panel-word">waiting</span>
          <Countdown deadlineUs={row.deadlineUs} timeoutUs={timeoutUs} />
        </>
      );
    case 'retrying':
      return (
        <>
          <OutcomeMark outcome="pending" />
          <span className="panel-word">retrying</span>
        </>
      );
    case 'ok':
      return (
        <>
          <OutcomeMark outcome="ok" />
          <span className="panel-word panel-ok">ok</span>
          <span className="panel-muted panel-num">{formatClock(row.endedAtUs - row.sentAtUs)}</span>
        </>
      );
    default:
      // timeout, or a signal: connection refused, connection reset, host unreachable.
      return (
        <>
          <OutcomeMark outcome={row.state} />
          <span className={`panel-word panel-${outcomeTone(row.state)}`}>{row.state}</span>
        </>
      );
  }
}
