import { useLab } from '../../store/hooks.ts';

/** Light, or dark with high contrast for projectors; the Lab applies it and remembers it. */
export function ThemeToggle() {
  const theme = useLab((s) => s.theme);
  const setTheme = useLab((s) => s.setTheme);
  const dark = theme === 'dark';
  return (
    <button
      type="button"
      className="ctl-button ctl-button-quiet"
      aria-pressed={dark}
      onClick={() => setTheme(dark ? 'light' : 'dark')}
    >
      <span className="ctl-toggle-mark" aria-hidden="true" data-on={dark || undefined} />
      <span className="ctl-phone-hidden">Dark</span>
      <span className="ctl-narrow-hidden"> theme</span>
    </button>
  );
}
