import { useLab } from '../../store/hooks.ts';

/** The setting: whether a scenario opens with the truth shown (kept across visits). */
export function RevealSetting() {
  const revealByDefault = useLab((s) => s.revealByDefault);
  const setRevealByDefault = useLab((s) => s.setRevealByDefault);
  return (
    <label className="panel-setting">
      <input
        type="checkbox"
        checked={revealByDefault}
        onChange={(event) => setRevealByDefault(event.target.checked)}
      />
      Show the truth when a scenario opens
    </label>
  );
}
