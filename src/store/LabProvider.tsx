import { useEffect, useState, type ReactNode } from 'react';
import { browserScheduler, LabController, type FrameScheduler } from '../lab/controller.ts';
import type { LinkState } from '../links/link-state.ts';
import { openLinkState } from '../app/link-of-lab.ts';
import { LabContext } from './context.ts';
import { createLabStore, type LabPreferences } from './lab-store.ts';

interface Props {
  /** What to open: a scenario, and the moment and view to open it at. */
  link: LinkState;
  preferences: LabPreferences;
  /** Where settings go when they change (the browser's storage, in the app). */
  savePreferences?: (preferences: LabPreferences) => void;
  scheduler?: FrameScheduler;
  children: ReactNode;
}

/** One controller and one store for the lab inside it. */
export function LabProvider({
  link,
  preferences,
  savePreferences,
  scheduler = browserScheduler,
  children,
}: Props) {
  const [lab] = useState(() => {
    const controller = new LabController(link.scenario, link.presetId, scheduler);
    const store = createLabStore(controller, preferences, savePreferences);
    openLinkState(controller, store, link);
    return { controller, store };
  });
  // Leaving pauses the clock. (Not destroy: StrictMode unmounts and remounts once in
  // development, and the store's subscription must survive that.)
  useEffect(() => () => lab.controller.pause(), [lab]);
  return <LabContext.Provider value={lab}>{children}</LabContext.Provider>;
}
