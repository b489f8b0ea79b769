import { niceSpeed, sliderFromSpeed, speedFromSlider, speedLabel } from '../../lab/speed.ts';
import { useController, useLab } from '../../store/hooks.ts';

/**
 * Twelve steps over four decades (0.01× to 100×) land exactly on 1, 2 and 5 times a power of
 * ten, so each arrow key press changes the speed to a value that reads cleanly.
 */
const STEPS = 12;

const stepFromSpeed = (speed: number): number => Math.round(sliderFromSpeed(speed) * STEPS);
const speedFromStep = (step: number): number => niceSpeed(speedFromSlider(step / STEPS));

/** The playback speed on a log scale, its meaning always written out beside it. */
export function SpeedControl() {
  const controller = useController();
  const speed = useLab((s) => s.view.speed);
  const label = speedLabel(speed);
  // "0.05× real time" over "(1 s takes 20 s)": two short lines fit beside the slider.
  const split = label.indexOf(' (');
  const times = split < 0 ? label : label.slice(0, split);
  const meaning = split < 0 ? '' : label.slice(split + 1);
  return (
    <div className="ctl-speed">
      <label htmlFor="ctl-speed" className="ctl-speed-name">
        Speed
      </label>
      <input
        id="ctl-speed"
        type="range"
        min={0}
        max={STEPS}
        step={1}
        value={stepFromSpeed(speed)}
        aria-valuetext={label}
        onChange={(event) => controller.setSpeed(speedFromStep(Number(event.target.value)))}
      />
      <span className="ctl-speed-label">
        <span>{times}</span> <span>{meaning}</span>
      </span>
    </div>
  );
}
