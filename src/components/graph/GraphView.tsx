/** Placeholder, to be built. */
export function GraphView() {
  return <div className="placeholder">GraphView</div>;
}
