import type { RequestResult } from '../sim/index.ts';
import { formatMs } from './format.ts';
import { OutcomeMark } from './OutcomeMark.tsx';

/** What still happened after the client gave up, in the vocabulary's words. */
function aftermath(r: RequestResult): string[] {
  const words: string[] = [];
  if (r.processedAfterTimeout) words.push('processed after timeout');
  if (r.lateResponse) words.push('late response');
  if (r.duplicate) words.push('duplicate');
  return words;
}

/** An empty cell that a screen reader reads as "none" rather than as a dash. */
const NONE = (
  <>
    <span aria-hidden="true" className="none">
      —
    </span>
    <span className="visually-hidden">none</span>
  </>
);

export function RequestTable({ requests }: { requests: readonly RequestResult[] }) {
  return (
    // Focusable, so a keyboard can scroll it sideways on a narrow screen.
    <div className="table-scroll" role="region" aria-label="Requests and outcomes" tabIndex={0}>
      <table>
        <caption>Requests and outcomes</caption>
        <thead>
          <tr>
            <th scope="col">Request</th>
            <th scope="col" className="num">
              Sent
            </th>
            <th scope="col">Outcome</th>
            <th scope="col">Cause</th>
            <th scope="col" className="num">
              Processed
            </th>
            <th scope="col">After the timeout</th>
          </tr>
        </thead>
        <tbody>
          {requests.map((r) => {
            const after = aftermath(r);
            return (
              <tr key={r.id} className={`outcome-${r.outcome}`}>
                <th scope="row">{r.id}</th>
                <td className="num">{formatMs(r.sentAtUs)}</td>
                <td className="outcome">
                  <OutcomeMark outcome={r.outcome} />
                  {r.outcome}
                </td>
                <td>{r.cause ?? NONE}</td>
                <td className="num">{r.processedCount}</td>
                <td>{after.length > 0 ? after.join(', ') : NONE}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
