import { useState } from 'react';
import { loadPreferences, savePreferences } from '../app/preferences.ts';
import { HpcHeader } from '../components/hpc/HpcHeader.tsx';
import { HpcView } from '../components/hpc/HpcView.tsx';
import type { Theme } from '../store/lab-store.ts';
import '../app/app.css';
import '../components/controls/controls.css';

/**
 * Supercomputers and the cloud (concepts.md A3): a checkpointing job and a replicated service
 * on the same failing machines. The page has no lab: only the theme setting is shared.
 */
export function HpcPage() {
  const [theme, setTheme] = useState<Theme>(() => loadPreferences().theme);
  const onTheme = (next: Theme) => {
    setTheme(next);
    savePreferences({ ...loadPreferences(), theme: next });
  };
  return (
    <div className="lab hpc" data-theme={theme}>
      <HpcHeader theme={theme} onTheme={onTheme} />
      <HpcView />
    </div>
  );
}
