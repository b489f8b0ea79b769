import { useState } from 'react';
import { LabProvider } from '../store/LabProvider.tsx';
import { Lab } from './Lab.tsx';
import { loadPreferences, savePreferences } from './preferences.ts';
import { choiceFromHash, unknownNotice } from './preset-hash.ts';

/** Opens the preset the link names (`#preset=<id>`), or the default one. */
export function App() {
  const [start] = useState(() => ({
    choice: choiceFromHash(window.location.hash),
    preferences: loadPreferences(),
  }));
  const { preset, unknownId } = start.choice;
  return (
    <LabProvider
      scenario={preset.scenario}
      presetId={preset.id}
      preferences={start.preferences}
      savePreferences={savePreferences}
    >
      <Lab notice={unknownId === null ? null : unknownNotice(unknownId)} />
    </LabProvider>
  );
}
