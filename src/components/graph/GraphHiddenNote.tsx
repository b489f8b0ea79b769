import type { Ref } from 'react';

/**
 * In the legend's corner while the truth is hidden: says so in words, so nobody reads the quiet
 * drawing (no messages, plain cables, no states) as "nothing is happening". The legend of
 * messages and drops would explain marks that are not drawn, so this takes its place.
 */
export function GraphHiddenNote({ ref }: { ref?: Ref<HTMLParagraphElement> }) {
  return (
    <p ref={ref} className="graph-legend graph-hidden-note">
      <svg viewBox="-8 -8 16 16" aria-hidden="true">
        <path d="M -6.5 0 Q 0 -6 6.5 0 Q 0 6 -6.5 0 Z" />
        <path d="M -6 6 L 6 -6" />
      </svg>
      What really happens is hidden
    </p>
  );
}
