import { findPreset, PRESET_GROUPS } from '../../scenario/presets/index.ts';
import { useController, useLab } from '../../store/hooks.ts';

/**
 * Every preset by name; choosing one loads it and adds it to the browser's history, so Back
 * returns to the scenario before (the address then follows what is done to it, in place).
 */
export function PresetMenu() {
  const controller = useController();
  const presetId = useLab((s) => s.view.presetId);
  const name = useLab((s) => s.view.scenario.name);
  // Edited or acted on, it is no longer the preset (its link carries the whole scenario).
  const changed = useLab(
    (s) => s.view.presetId !== null && findPreset(s.view.presetId)?.scenario !== s.view.scenario,
  );
  const own = presetId === null || changed;
  return (
    <div className="ctl-preset">
      <label htmlFor="ctl-scenario">Scenario</label>
      <select
        id="ctl-scenario"
        className="ctl-select"
        value={own ? '' : (presetId ?? '')}
        onChange={(event) => {
          const preset = findPreset(event.target.value);
          if (!preset) return;
          history.pushState(null, '', `#preset=${encodeURIComponent(preset.id)}`);
          controller.load(preset.scenario, preset.id);
        }}
      >
        {own && (
          <option value="" disabled>
            {name} ({changed ? 'changed' : 'your own'})
          </option>
        )}
        {PRESET_GROUPS.map((group) => (
          <optgroup key={group.title} label={group.title}>
            {group.presets.map((preset) => (
              <option key={preset.id} value={preset.id}>
                {preset.scenario.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
