/** Placeholder, to be built. */
export function Header() {
  return <div className="placeholder">Header</div>;
}
