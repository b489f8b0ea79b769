import type { Counts } from '../sim/index.ts';
import { plural } from './format.ts';

/** One line: "8 requests: 7 ok, 1 timeout". */
export function Summary({ counts }: { counts: Counts }) {
  const parts = [`${counts.ok} ok`, plural(counts.timeout, 'timeout')];
  if (counts.pending > 0) parts.push(`${counts.pending} pending`);
  return (
    <p className="summary">
      <strong>{plural(counts.requests, 'request')}</strong>: {parts.join(', ')}
    </p>
  );
}
