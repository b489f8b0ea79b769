import { LOAD_PER_S, SLOTS, type SwitchingSettings } from '../../lab/switching.ts';
import { RangeField } from './RangeField.tsx';
import { SeedField } from './SeedField.tsx';

interface Props {
  settings: SwitchingSettings;
  /** One circuit's share of a cable, Mbit/s. */
  slotMbps: number;
  onChange: (settings: SwitchingSettings) => void;
}

/** The workload both networks carry, how the circuits cut each cable, and the seed. */
export function SwitchingControls({ settings, slotMbps, onChange }: Props) {
  const set = (change: Partial<SwitchingSettings>) => onChange({ ...settings, ...change });
  const { slots } = settings;
  return (
    <section className="sw-controls" aria-label="Settings">
      <RangeField
        label="Offered load (requests per second)"
        value={settings.loadPerS}
        min={LOAD_PER_S.min}
        max={LOAD_PER_S.max}
        step={LOAD_PER_S.step}
        valueText={`${settings.loadPerS} a second`}
        onChange={(loadPerS) => set({ loadPerS })}
      />
      <RangeField
        label="Circuits per cable"
        value={slots}
        min={SLOTS.min}
        max={SLOTS.max}
        valueText={`${slots} of ${slotMbps} Mbit/s`}
        onChange={(next) => set({ slots: next })}
      />
      <SeedField seed={settings.seed} onChange={(seed) => set({ seed })} />
    </section>
  );
}
