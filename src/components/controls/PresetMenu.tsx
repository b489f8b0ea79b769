import { hashFor } from '../../app/preset-hash.ts';
import { findPreset, PRESETS } from '../../scenario/presets/index.ts';
import { useController, useLab } from '../../store/hooks.ts';

/** Every preset by name; choosing one loads it and puts it in the address, to be shared. */
export function PresetMenu() {
  const controller = useController();
  const presetId = useLab((s) => s.view.presetId);
  const name = useLab((s) => s.view.scenario.name);
  return (
    <div className="ctl-preset">
      <label htmlFor="ctl-scenario">Scenario</label>
      <select
        id="ctl-scenario"
        className="ctl-select"
        value={presetId ?? ''}
        onChange={(event) => {
          const preset = findPreset(event.target.value);
          if (!preset) return;
          controller.load(preset.scenario, preset.id);
          history.replaceState(null, '', hashFor(preset.id));
        }}
      >
        {presetId === null && (
          <option value="" disabled>
            {name} (your own)
          </option>
        )}
        {PRESETS.map((preset) => (
          <option key={preset.id} value={preset.id}>
            {preset.scenario.name}
          </option>
        ))}
      </select>
    </div>
  );
}
