import { niceSpeed, sliderFromSpeed, speedFromSlider, speedLabel } from '../../lab/speed.ts';
import { useController, useLab } from '../../store/hooks.ts';

/**
 * Twelve steps over four decades (0.01× to 100×) land exactly on 1, 2 and 5 times a power of
 * ten, so each arrow key press changes the speed to a value that reads cleanly.
 */
const STEPS = 12;

const stepFromSpeed = (speed: number): number => Math.round(sliderFromSpeed(speed) * STEPS);
const speedFromStep = (step: number): number => niceSpeed(speedFromSlider(step / STEPS));

/** "0.05× real time" and "(1 s takes 20 s)": the label's two lines. */
function labelLines(speed: number): [string, string] {
  const label = speedLabel(speed);
  const split = label.indexOf(' (');
  return split < 0 ? [label, ''] : [label.slice(0, split), label.slice(split + 1)];
}

/** The longest words each line can hold over all the steps: hidden copies size the label. */
const WIDEST = Array.from({ length: STEPS + 1 }, (_, step) =>
  labelLines(speedFromStep(step)),
).reduce(
  ([times, meaning], [t, m]) => [
    t.length > times.length ? t : times,
    m.length > meaning.length ? m : meaning,
  ],
  ['', ''],
);

/**
 * The playback speed on a log scale, its meaning always written out beside it, in a slot as
 * wide as its longest words, so nothing in the playback bar moves as the speed changes.
 */
export function SpeedControl() {
  const controller = useController();
  const speed = useLab((s) => s.view.speed);
  const label = speedLabel(speed);
  // "0.05× real time" over "(1 s takes 20 s)": two short lines fit beside the slider.
  const [times, meaning] = labelLines(speed);
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
        <span className="ctl-speed-times" data-widest={WIDEST[0]}>
          <span>{times}</span>
        </span>{' '}
        <span className="ctl-speed-meaning" data-widest={WIDEST[1]}>
          <span>{meaning}</span>
        </span>
      </span>
    </div>
  );
}
