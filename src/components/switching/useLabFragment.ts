import { useEffect, useState } from 'react';
import type { NetworkRun } from '../../lab/switching.ts';
import { DEFAULT_VIEW } from '../../links/link-state.ts';
import { writeLink } from '../../links/write-link.ts';

/**
 * The fragment that opens the lab at a run's scenario: `preset=<id>` at once for a preset
 * unchanged, else the lab's full link, which is written asynchronously (it is compressed);
 * null until it is ready.
 */
export function useLabFragment(run: NetworkRun): string | null {
  const [written, setWritten] = useState<{ run: NetworkRun; fragment: string } | null>(null);
  useEffect(() => {
    if (run.presetId !== null) return;
    let current = true;
    void writeLink({ ...DEFAULT_VIEW, scenario: run.scenario, presetId: null }).then((fragment) => {
      if (current) setWritten({ run, fragment });
    });
    return () => {
      current = false;
    };
  }, [run]);
  if (run.presetId !== null) return `preset=${run.presetId}`;
  return written?.run === run ? written.fragment : null;
}
