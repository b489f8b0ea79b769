import { useLab } from '../../store/hooks.ts';
import { ThemeButton } from './ThemeButton.tsx';

/** Light, or dark with high contrast for projectors; the Lab applies it and remembers it. */
export function ThemeToggle() {
  const theme = useLab((s) => s.theme);
  const setTheme = useLab((s) => s.setTheme);
  const dark = theme === 'dark';
  return <ThemeButton dark={dark} onToggle={() => setTheme(dark ? 'light' : 'dark')} />;
}
