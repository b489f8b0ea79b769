/**
 * The command line's default output: one line per request, aligned in columns.
 */

import { formatMs } from '../scenario/duration.ts';
import type { Counts, RequestResult } from '../sim/index.ts';
import { CAUSES } from '../sim/index.ts';

const COLUMNS = [
  'id',
  'client',
  'server',
  'sent',
  'outcome',
  'cause',
  'processed',
  'late response',
];

function row(r: RequestResult): string[] {
  return [
    r.id,
    r.client,
    r.server,
    formatMs(r.sentAtUs),
    r.outcome,
    r.cause ?? '-',
    String(r.processedCount),
    r.lateResponse ? 'yes' : 'no',
  ];
}

/** Columns padded to their widest cell; the send time is right-aligned. */
export function formatTable(requests: readonly RequestResult[]): string {
  const rows = [COLUMNS, ...requests.map(row)];
  const widths = COLUMNS.map((_, col) => Math.max(...rows.map((cells) => cells[col]!.length)));
  return rows
    .map((cells) =>
      cells
        .map((cell, col) => (col === 3 ? cell.padStart(widths[col]!) : cell.padEnd(widths[col]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export function formatCounts(counts: Counts): string {
  const causes = CAUSES.filter((c) => counts.causes[c] > 0).map((c) => `${c}: ${counts.causes[c]}`);
  const outcome = [
    `${counts.ok} ok`,
    `${counts.timeout} timeout${causes.length ? ` (${causes.join(', ')})` : ''}`,
  ];
  // The signals show only when some came, so a run without them reads as before.
  for (const signalled of ['connection refused', 'connection reset', 'host unreachable'] as const) {
    if (counts[signalled] > 0) outcome.push(`${counts[signalled]} ${signalled}`);
  }
  if (counts.pending > 0) outcome.push(`${counts.pending} pending`);
  const after = [
    `processed after timeout: ${counts.processedAfterTimeout}`,
    `late response: ${counts.lateResponse}`,
    `duplicate: ${counts.duplicate}`,
  ];
  return `${counts.requests} requests: ${outcome.join(', ')}\nafter the timeout: ${after.join(', ')}`;
}
