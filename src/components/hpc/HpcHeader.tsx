import { PageTitle } from '../controls/PageTitle.tsx';
import type { Theme } from '../../store/lab-store.ts';

interface Props {
  theme: Theme;
  onTheme: (theme: Theme) => void;
}

/** The site menu, the title and the theme (the page has no lab store for ThemeToggle). */
export function HpcHeader({ theme, onTheme }: Props) {
  const dark = theme === 'dark';
  return (
    <header className="ctl-header">
      <PageTitle title="Supercomputers and the cloud" />
      <div className="ctl-header-tools">
        <button
          type="button"
          className="ctl-button ctl-button-quiet"
          aria-pressed={dark}
          onClick={() => onTheme(dark ? 'light' : 'dark')}
        >
          <span className="ctl-toggle-mark" aria-hidden="true" data-on={dark || undefined} />
          <span className="ctl-phone-hidden">Dark</span>
          <span className="ctl-narrow-hidden"> theme</span>
        </button>
      </div>
    </header>
  );
}
