import { outcomeTone } from '../lab/outcome-tone.ts';
import type { RequestResult } from '../sim/index.ts';

/**
 * A ✓, a stopwatch (⏱) or a bounced arrow (a signal came back: connection refused, reset, host
 * unreachable) beside the outcome word, so the outcome is not told by colour alone.
 * Drawn rather than typed: ⏱ is missing from many fonts (Debian's included) and shows as a box.
 * Hidden from screen readers, which read the word itself.
 */
export function OutcomeMark({ outcome }: { outcome: RequestResult['outcome'] }) {
  return (
    <svg
      className="mark"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      {outcome === 'ok' && <path d="M3 8.5l3.2 3.2L13 4.8" />}
      {outcome === 'timeout' && (
        <>
          <circle cx="8" cy="9.5" r="5.3" />
          <path d="M6.3 1.8h3.4M8 1.8v2.4M8 9.5V6.6M12.3 4.4l1.1-1.1" />
        </>
      )}
      {outcome === 'pending' && <path d="M3.5 8h.1M8 8h.1M12.5 8h.1" />}
      {outcome !== 'pending' && outcomeTone(outcome) === 'signal' && (
        <path d="M13.5 2.5v11M11 8H3M6 5 3 8l3 3" />
      )}
    </svg>
  );
}
