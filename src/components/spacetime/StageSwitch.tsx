import type { StageView } from '../../links/link-state.ts';

interface Props {
  stage: StageView;
  onChange: (stage: StageView) => void;
}

/**
 * What the stage shows: the live network, the space-time diagram of what happened, or the round
 * trips the client measured.
 */
export function StageSwitch({ stage, onChange }: Props) {
  const option = (value: StageView, name: string) => (
    <button
      type="button"
      className="ctl-button ctl-button-small st-switch-option"
      aria-pressed={stage === value}
      onClick={() => onChange(value)}
    >
      {name}
    </button>
  );
  return (
    <div className="st-switch" role="group" aria-label="Show on the stage">
      {option('network', 'Network')}
      {option('spacetime', 'Space-time diagram')}
      {option('round-trips', 'Round trips')}
    </div>
  );
}
