import type { Ref } from 'react';

/**
 * What the marks on the graph mean, in shapes and words (the colours only repeat them). A
 * signal is a flat bar, like a no-entry sign's: an RST from the server's operating system or an
 * ICMP message from a router, the network saying no.
 */
export function GraphLegend({ ref }: { ref?: Ref<HTMLParagraphElement> }) {
  return (
    <p ref={ref} className="graph-legend">
      <span>
        <svg viewBox="-6 -6 12 12" aria-hidden="true">
          <circle className="graph-legend-request" r={4.5} />
        </svg>
        request
      </span>
      <span>
        <svg viewBox="-7 -7 14 14" aria-hidden="true">
          <path className="graph-legend-response" d="M 0 -5.8 L 5.8 0 L 0 5.8 L -5.8 0 Z" />
        </svg>
        response
      </span>
      <span className="graph-legend-signal-item">
        <svg className="graph-legend-bar" viewBox="-7 -6 14 12" aria-hidden="true">
          <rect className="graph-legend-signal" x={-6.5} y={-2.5} width={13} height={5} />
        </svg>
        RST / ICMP (the network says no)
      </span>
      <span>
        <svg viewBox="-6 -6 12 12" aria-hidden="true">
          <path className="graph-legend-drop" d="M -4 -4 L 4 4 M 4 -4 L -4 4" />
        </svg>
        dropped
      </span>
    </p>
  );
}
