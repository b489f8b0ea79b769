import { useState } from 'react';
import type { LinkReading } from '../links/read-link.ts';
import { LabProvider } from '../store/LabProvider.tsx';
import { Lab } from './Lab.tsx';
import { loadPreferences, savePreferences } from './preferences.ts';

/** Opens what the link holds (a preset, a whole scenario, a moment), or the default scenario. */
export function App({ reading }: { reading: LinkReading }) {
  const [preferences] = useState(loadPreferences);
  return (
    <LabProvider link={reading.state} preferences={preferences} savePreferences={savePreferences}>
      <Lab notice={reading.notice} embed={reading.state.embed} />
    </LabProvider>
  );
}
