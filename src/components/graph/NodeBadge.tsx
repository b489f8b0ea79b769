import type { ProcessState } from '../../sim/index.ts';

/**
 * The state's icon at the glyph's upper right: a pause sign (‖), a power sign (⏻), a circular
 * arrow for restarting. A crashed process gets a cross over the whole glyph instead.
 */
export function NodeBadge({ process }: { process: ProcessState }) {
  if (process === 'running') return null;
  if (process === 'crashed') {
    return <path className="graph-cross" d="M -22 -22 L 22 22 M 22 -22 L -22 22" />;
  }
  return (
    <g className={`graph-badge graph-badge-${process}`} transform="translate(22 -22)">
      <circle className="graph-badge-disc" r={11} />
      {process === 'paused' && (
        <path className="graph-badge-icon" d="M -3.5 -5.5 V 5.5 M 3.5 -5.5 V 5.5" />
      )}
      {process === 'off' && (
        <path className="graph-badge-icon" d="M 0 -6.5 V -0.5 M -4 -4.2 A 5.6 5.6 0 1 0 4 -4.2" />
      )}
      {process === 'restarting' && (
        <>
          <path className="graph-badge-icon" d="M 5.2 -2.5 A 5.6 5.6 0 1 0 4.4 3.6" />
          <path className="graph-badge-tip" d="M 2.2 -3.4 L 6.4 -1.4 L 6.8 -6.2 Z" />
        </>
      )}
    </g>
  );
}
