import type { CableState } from '../../sim/index.ts';

/**
 * A direction's state drawn as the graph draws cables: a solid line (working), a dashed one
 * (degraded), or a line with a gap and a cross (cut). Decorative; the words say it too.
 */
export function DirectionMark({ state }: { state: CableState }) {
  return (
    <svg
      className="ctl-direction-mark"
      viewBox="0 0 32 12"
      width="32"
      height="12"
      aria-hidden="true"
    >
      {state === 'cut' ? (
        <>
          <path d="M1 6h9M22 6h7" />
          <path d="M13 2.5l6 7M19 2.5l-6 7" />
        </>
      ) : (
        <path d="M1 6h26" strokeDasharray={state === 'degraded' ? '4 3' : undefined} />
      )}
      <path d="M25 2.5 30 6l-5 3.5" />
    </svg>
  );
}
