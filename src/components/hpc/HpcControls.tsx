import { MinutesField } from './MinutesField.tsx';
import { MtbfSelect } from './MtbfSelect.tsx';
import { NodesSlider } from './NodesSlider.tsx';
import { formatMinutes } from './hpc-format.ts';
import { youngMinutes, type HpcSettings } from './hpc-settings.ts';

interface Props {
  settings: HpcSettings;
  systemMtbfS: number;
  onChange: (settings: HpcSettings) => void;
}

/** The machine, the job's checkpoints, and Young's interval as a guide. */
export function HpcControls({ settings, systemMtbfS, onChange }: Props) {
  const set = (change: Partial<HpcSettings>) => onChange({ ...settings, ...change });
  const young = youngMinutes(settings);
  return (
    <section className="hpc-controls" aria-label="Settings">
      <NodesSlider nodes={settings.nodes} onChange={(nodes) => set({ nodes })} />
      <MtbfSelect
        years={settings.nodeMtbfYears}
        onChange={(nodeMtbfYears) => set({ nodeMtbfYears })}
      />
      <p className="hpc-derived">
        The whole machine fails every <strong>{formatMinutes(systemMtbfS)}</strong> on average.
      </p>
      <MinutesField
        label="Checkpoint interval τ"
        minutes={settings.intervalMin}
        min={1}
        max={100_000}
        onChange={(intervalMin) => set({ intervalMin })}
      />
      <MinutesField
        label="Checkpoint time δ"
        minutes={settings.checkpointMin}
        min={1}
        max={1440}
        onChange={(checkpointMin) => set({ checkpointMin })}
      />
      <MinutesField
        label="Restart and repair time R"
        minutes={settings.restartMin}
        min={1}
        max={1440}
        onChange={(restartMin) => set({ restartMin })}
      />
      <p className="hpc-derived">
        Young’s interval √(2δM): <strong>{formatMinutes(young * 60)}</strong>
      </p>
      <button type="button" className="ctl-button" onClick={() => set({ intervalMin: young })}>
        Use Young’s interval
      </button>
    </section>
  );
}
