import { useEffect, useMemo, useState } from 'react';
import { createSimulation, results, traceHash } from '../sim/index.ts';
import { findPreset, PRESETS } from '../scenario/presets/index.ts';
import { choiceFromHash, hashFor, type PresetChoice } from './preset-hash.ts';
import { RequestTable } from './RequestTable.tsx';
import { ScenarioPicker } from './ScenarioPicker.tsx';
import { Summary } from './Summary.tsx';
import { Fingerprint } from './Fingerprint.tsx';

export function App() {
  const [choice, setChoice] = useState<PresetChoice>(() => choiceFromHash(window.location.hash));
  const { preset, unknownId } = choice;

  // Following a `#preset=` link from within the page changes only the hash, not the page.
  useEffect(() => {
    const onHashChange = () => setChoice(choiceFromHash(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  // The run is deterministic and takes a few milliseconds: run it whole, once per preset.
  const run = useMemo(() => {
    const sim = createSimulation(preset.scenario);
    sim.runUntil(sim.endUs);
    return { ...results(sim), fingerprint: traceHash(sim.trace) };
  }, [preset]);

  const choose = (id: string) => {
    const next = findPreset(id);
    if (!next) return;
    setChoice({ preset: next, unknownId: null });
    // replaceState: the address can be shared, but picking does not fill the Back button.
    window.history.replaceState(null, '', hashFor(id));
  };

  return (
    <>
      <header className="masthead">
        <div className="page">
          <h1>Faultline</h1>
          <p className="tagline">A lab for the partial failures of distributed systems</p>
        </div>
      </header>
      <main className="page">
        <ScenarioPicker presets={PRESETS} value={preset.id} onChange={choose} />
        <p role="status" className="notice" hidden={unknownId === null}>
          {unknownId !== null &&
            `No preset called "${unknownId}"; showing ${preset.scenario.name}.`}
        </p>
        <p className="description">{preset.scenario.description}</p>
        <Summary counts={run.counts} />
        <RequestTable requests={run.requests} />
        <Fingerprint hash={run.fingerprint} />
      </main>
    </>
  );
}
