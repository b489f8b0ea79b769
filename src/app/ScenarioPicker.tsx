import type { Preset } from '../scenario/presets/index.ts';

interface Props {
  presets: readonly Preset[];
  value: string;
  onChange: (id: string) => void;
}

export function ScenarioPicker({ presets, value, onChange }: Props) {
  return (
    <div className="picker">
      <label htmlFor="scenario">Scenario</label>
      <select id="scenario" value={value} onChange={(e) => onChange(e.target.value)}>
        {presets.map((p) => (
          <option key={p.id} value={p.id}>
            {p.scenario.name}
          </option>
        ))}
      </select>
    </div>
  );
}
