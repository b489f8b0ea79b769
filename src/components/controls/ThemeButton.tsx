/** The theme's switch as drawn: light, or dark with high contrast for projectors. */
export function ThemeButton({ dark, onToggle }: { dark: boolean; onToggle: () => void }) {
  return (
    <button
      type="button"
      className="ctl-button ctl-button-quiet"
      aria-pressed={dark}
      onClick={onToggle}
    >
      <span className="ctl-toggle-mark" aria-hidden="true" data-on={dark || undefined} />
      <span className="ctl-phone-hidden">Dark</span>
      <span className="ctl-narrow-hidden"> theme</span>
    </button>
  );
}
