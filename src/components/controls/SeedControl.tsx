import { useController, useLab } from '../../store/hooks.ts';
import { Icon } from './Icon.tsx';

/** A new seed differs from the current one, so the button always gives a different run. */
function randomSeed(current: number): number {
  const seed = 1 + Math.floor(Math.random() * 999_999);
  return seed === current ? seed + 1 : seed;
}

/** The seed that drives all randomness (shown, so a run can be named), and a new one. */
export function SeedControl() {
  const controller = useController();
  const seed = useLab((s) => s.view.seed);
  return (
    <div className="ctl-seed">
      <span>
        Seed <strong className="ctl-seed-value">{seed}</strong>
      </span>
      <button
        type="button"
        className="ctl-button ctl-button-small"
        onClick={() => controller.setSeed(randomSeed(seed))}
      >
        <Icon name="shuffle" />
        New<span className="ctl-phone-hidden"> seed</span>
      </button>
    </div>
  );
}
