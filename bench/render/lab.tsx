/**
 * The real lab with the stress scenario (200 nodes, about 5,000 messages on the wire), playing
 * slowly so the simulation costs little and the drawing is what is measured.
 */
import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import '../../src/app/app.css';
import { Lab } from '../../src/app/Lab.tsx';
import { stressScenario } from '../../src/scenario/generate.ts';
import { useController } from '../../src/store/hooks.ts';
import { DEFAULT_VIEW } from '../../src/links/link-state.ts';
import { LabProvider } from '../../src/store/LabProvider.tsx';

function Start() {
  const controller = useController();
  useEffect(() => {
    // Jump to the busy part (the load builds up in the first 0.3 s), then play slowly.
    controller.sim.runUntil(500_000);
    controller.setSpeed(0.01);
    controller.play();
  }, [controller]);
  return null;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LabProvider
      link={{ ...DEFAULT_VIEW, scenario: stressScenario(), presetId: null }}
      preferences={{ theme: 'light', revealByDefault: true }}
    >
      <Lab notice={null} embed={false} />
      <Start />
    </LabProvider>
  </StrictMode>,
);
