/** Placeholder, to be built. */
export function Inspector() {
  return <div className="placeholder">Inspector</div>;
}
