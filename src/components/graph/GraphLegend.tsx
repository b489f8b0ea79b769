/** What the marks on the graph mean, in shapes and words (the colours only repeat them). */
export function GraphLegend() {
  return (
    <p className="graph-legend">
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
      <span>
        <svg viewBox="-6 -6 12 12" aria-hidden="true">
          <path className="graph-legend-drop" d="M -4 -4 L 4 4 M 4 -4 L -4 4" />
        </svg>
        dropped
      </span>
    </p>
  );
}
