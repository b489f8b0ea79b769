interface Props {
  onZoomIn(): void;
  onZoomOut(): void;
  onFit(): void;
}

/** Zoom for those without a wheel or a pinch (keyboard, clicker), and a way back to the whole graph. */
export function GraphTools({ onZoomIn, onZoomOut, onFit }: Props) {
  return (
    <div className="graph-tools">
      <button
        type="button"
        className="graph-tool"
        onClick={onZoomIn}
        aria-label="Zoom in"
        title="Zoom in"
      >
        <svg viewBox="0 0 20 20" aria-hidden="true">
          <path d="M 4 10 H 16 M 10 4 V 16" />
        </svg>
      </button>
      <button
        type="button"
        className="graph-tool"
        onClick={onZoomOut}
        aria-label="Zoom out"
        title="Zoom out"
      >
        <svg viewBox="0 0 20 20" aria-hidden="true">
          <path d="M 4 10 H 16" />
        </svg>
      </button>
      <button
        type="button"
        className="graph-tool"
        onClick={onFit}
        aria-label="Fit graph"
        title="Fit the whole graph"
      >
        <svg viewBox="0 0 20 20" aria-hidden="true">
          <path d="M 3 7 V 3 H 7 M 13 3 H 17 V 7 M 17 13 V 17 H 13 M 7 17 H 3 V 13" />
        </svg>
      </button>
    </div>
  );
}
