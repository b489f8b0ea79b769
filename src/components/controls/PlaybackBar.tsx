/** Placeholder, to be built. */
export function PlaybackBar() {
  return <div className="placeholder">PlaybackBar</div>;
}
