/** Placeholder, to be built. */
export function TruthPanel() {
  return <div className="placeholder">TruthPanel</div>;
}
