import { useController, useLab } from '../../store/hooks.ts';
import { ActionEcho } from './ActionEcho.tsx';
import { ClockReadout } from './ClockReadout.tsx';
import { Icon } from './Icon.tsx';
import { SeedControl } from './SeedControl.tsx';
import { SpeedControl } from './SpeedControl.tsx';
import { TimeSlider } from './TimeSlider.tsx';
import './controls.css';

/**
 * Playback under the drawing, in two rows so the drawing keeps its height on a projector: the
 * `Time` slider and the speed; then play or pause, step back or forward one event, reset, the
 * virtual clock and the seed. Nothing in it changes width as the run plays (Play and Pause
 * share one width, the clock and the speed's words have fixed slots), so the bar keeps its
 * height and the drawing its size. Notes about the run sit above the drawing (see Stage). On a
 * phone, what the last action did shows above the buttons (see ActionEcho).
 */
export function PlaybackBar() {
  const controller = useController();
  const playing = useLab((s) => s.view.playing);
  return (
    <div className="ctl-playback" role="group" aria-label="Playback">
      <ActionEcho />
      <div className="ctl-playback-row">
        <TimeSlider />
        <SpeedControl />
      </div>
      <div className="ctl-playback-row">
        <div className="ctl-transport">
          <button
            type="button"
            className="ctl-button ctl-button-primary ctl-play"
            title={playing ? 'Pause (Space)' : 'Play (Space)'}
            onClick={() => controller.toggle()}
          >
            <Icon name={playing ? 'pause' : 'play'} />
            {playing ? 'Pause' : 'Play'}
          </button>
          <button
            type="button"
            className="ctl-button"
            title="Step back: undo the last event (←)"
            onClick={() => controller.stepBack()}
          >
            <Icon name="stepBack" />
            <span className="ctl-word">Step back</span>
          </button>
          <button
            type="button"
            className="ctl-button"
            title="Step: run the next event (→)"
            onClick={() => controller.step()}
          >
            <Icon name="step" />
            <span className="ctl-word">Step</span>
          </button>
          <button
            type="button"
            className="ctl-button"
            title="Reset: back to 0 s, same seed (R)"
            onClick={() => controller.reset()}
          >
            <Icon name="reset" />
            <span className="ctl-word">Reset</span>
          </button>
        </div>
        <ClockReadout />
        <SeedControl />
      </div>
    </div>
  );
}
