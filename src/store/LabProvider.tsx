import { useEffect, useState, type ReactNode } from 'react';
import { browserScheduler, LabController, type FrameScheduler } from '../lab/controller.ts';
import type { Scenario } from '../scenario/types.ts';
import { LabContext } from './context.ts';
import { createLabStore, type LabPreferences } from './lab-store.ts';

interface Props {
  scenario: Scenario;
  presetId: string | null;
  preferences: LabPreferences;
  scheduler?: FrameScheduler;
  children: ReactNode;
}

/** One controller and one store for the lab inside it. */
export function LabProvider({
  scenario,
  presetId,
  preferences,
  scheduler = browserScheduler,
  children,
}: Props) {
  const [lab] = useState(() => {
    const controller = new LabController(scenario, presetId, scheduler);
    return { controller, store: createLabStore(controller, preferences) };
  });
  useEffect(() => () => lab.controller.destroy(), [lab]);
  return <LabContext.Provider value={lab}>{children}</LabContext.Provider>;
}
