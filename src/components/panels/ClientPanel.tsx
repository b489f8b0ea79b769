/** Placeholder, to be built. */
export function ClientPanel() {
  return <div className="placeholder">ClientPanel</div>;
}
