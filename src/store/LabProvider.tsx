import { useEffect, useState, type ReactNode } from 'react';
import { browserScheduler, LabController, type FrameScheduler } from '../lab/controller.ts';
import type { Scenario } from '../scenario/types.ts';
import { LabContext } from './context.ts';
import { createLabStore, type LabPreferences } from './lab-store.ts';

interface Props {
  scenario: Scenario;
  presetId: string | null;
  preferences: LabPreferences;
  /** Where settings go when they change (the browser's storage, in the app). */
  savePreferences?: (preferences: LabPreferences) => void;
  scheduler?: FrameScheduler;
  children: ReactNode;
}

/** One controller and one store for the lab inside it. */
export function LabProvider({
  scenario,
  presetId,
  preferences,
  savePreferences,
  scheduler = browserScheduler,
  children,
}: Props) {
  const [lab] = useState(() => {
    const controller = new LabController(scenario, presetId, scheduler);
    return { controller, store: createLabStore(controller, preferences, savePreferences) };
  });
  // Leaving pauses the clock. (Not destroy: StrictMode unmounts and remounts once in
  // development, and the store's subscription must survive that.)
  useEffect(() => () => lab.controller.pause(), [lab]);
  return <LabContext.Provider value={lab}>{children}</LabContext.Provider>;
}
