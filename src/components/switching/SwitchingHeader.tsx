import { PageTitle } from '../controls/PageTitle.tsx';
import { ThemeButton } from '../controls/ThemeButton.tsx';
import type { Theme } from '../../store/lab-store.ts';

interface Props {
  theme: Theme;
  onTheme: (theme: Theme) => void;
}

/** The site menu, the title and the theme (the page has no lab store for ThemeToggle). */
export function SwitchingHeader({ theme, onTheme }: Props) {
  const dark = theme === 'dark';
  return (
    <header className="ctl-header">
      <PageTitle title="Packets and circuits" />
      <div className="ctl-header-tools">
        <ThemeButton dark={dark} onToggle={() => onTheme(dark ? 'light' : 'dark')} />
      </div>
    </header>
  );
}
