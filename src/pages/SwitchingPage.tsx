import { useState } from 'react';
import { loadPreferences, savePreferences } from '../app/preferences.ts';
import { SwitchingHeader } from '../components/switching/SwitchingHeader.tsx';
import { SwitchingView } from '../components/switching/SwitchingView.tsx';
import type { Theme } from '../store/lab-store.ts';
import '../app/app.css';
import '../components/controls/controls.css';

/**
 * Packets and circuits (concepts.md E1–E3): the same bursty workload on a packet-switched and
 * a circuit-switched network, side by side. The page has no lab: only the theme is shared.
 */
export function SwitchingPage() {
  const [theme, setTheme] = useState<Theme>(() => loadPreferences().theme);
  const onTheme = (next: Theme) => {
    setTheme(next);
    savePreferences({ ...loadPreferences(), theme: next });
  };
  return (
    <div className="lab switching" data-theme={theme}>
      <SwitchingHeader theme={theme} onTheme={onTheme} />
      <SwitchingView />
    </div>
  );
}
