/** Placeholder, to be built. */
export function ShortcutsDialog() {
  return <div className="placeholder">ShortcutsDialog</div>;
}
