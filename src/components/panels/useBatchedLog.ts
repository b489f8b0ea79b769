import { useEffect, useState } from 'react';
import type { LabController } from '../../lab/controller.ts';
import type { LogEntry } from '../../lab/trace-reader.ts';

/**
 * The trace reader's log, copied when the controller reports a change, at most once per
 * `intervalMs`: the first change of a quiet spell shows at once (a step, a click), later ones
 * are gathered. The event log is a live region, and a screen reader cannot follow ten updates a
 * second; a copy (not the reader's own array, which grows) keeps re-renders from sneaking in more.
 */
export function useBatchedLog(controller: LabController, intervalMs: number): readonly LogEntry[] {
  const [entries, setEntries] = useState<readonly LogEntry[]>(() => [...controller.reader.log]);
  useEffect(() => {
    let lastMs = -Infinity;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      timer = undefined;
      lastMs = performance.now();
      // Read the reader now: a reset or a new scenario replaces it.
      setEntries([...controller.reader.log]);
    };
    flush();
    const stop = controller.onChange(() => {
      if (timer !== undefined) return;
      const waitMs = lastMs + intervalMs - performance.now();
      if (waitMs <= 0) flush();
      else timer = setTimeout(flush, waitMs);
    });
    return () => {
      stop();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [controller, intervalMs]);
  return entries;
}
