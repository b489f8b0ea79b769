import type { LockstepClock } from '../../six/lockstep-clock.ts';
import { Icon, type IconName } from '../controls/Icon.tsx';
import { SixClockReadout } from './SixClockReadout.tsx';
import { SixSpeed } from './SixSpeed.tsx';
import { SixTimeSlider } from './SixTimeSlider.tsx';
import { useClockView } from './useClock.ts';
import '../controls/controls.css';

/** The buttons after Play: what each does to all six, in its tooltip. */
const MOVES: readonly {
  word: string;
  icon: IconName;
  title: string;
  move(c: LockstepClock): void;
}[] = [
  {
    word: 'Step',
    icon: 'step',
    title: 'Step: to the next event in any of the six worlds',
    move: (c) => c.step(),
  },
  {
    word: 'Reset',
    icon: 'reset',
    title: 'Reset: all six back to 0 s, the truth hidden again',
    move: (c) => c.reset(),
  },
];

/**
 * The one playback of the six worlds, on one line to leave the screen to the worlds: Play or
 * Pause, Step (to the next event in any world), Reset, the `Time` slider, the clock and the
 * speed. Every control moves all six together.
 */
export function SixPlayback({ clock }: { clock: LockstepClock }) {
  const { playing, speed, endUs } = useClockView(clock);
  return (
    <div className="ctl-playback six-playback" role="group" aria-label="Playback">
      <div className="ctl-playback-row">
        <div className="ctl-transport">
          <button
            type="button"
            className="ctl-button ctl-button-primary ctl-play"
            onClick={() => clock.toggle()}
          >
            <Icon name={playing ? 'pause' : 'play'} />
            {playing ? 'Pause' : 'Play'}
          </button>
          {MOVES.map(({ word, icon, title, move }) => (
            <button
              key={word}
              type="button"
              className="ctl-button"
              title={title}
              onClick={() => move(clock)}
            >
              <Icon name={icon} />
              {word}
            </button>
          ))}
        </div>
        <SixTimeSlider clock={clock} endUs={endUs} />
        <SixClockReadout clock={clock} endUs={endUs} />
        <SixSpeed clock={clock} speed={speed} />
      </div>
    </div>
  );
}
