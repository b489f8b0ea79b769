import { useController, useLab } from '../../store/hooks.ts';

/** Slow enough to follow one message (a 5 ms hop takes 25 ms), quick enough to see it end. */
const WATCH_SPEED = 0.2;

/**
 * After the reveal: play the rest of the run with the truth shown, to see what became of r3
 * (the work done after all, the late response). Pauses, and plays again from the question.
 */
export function WatchButton({ fromUs }: { fromUs: number }) {
  const controller = useController();
  const playing = useLab((s) => s.view.playing);
  const ended = useLab((s) => s.view.ended);
  const onClick = () => {
    if (playing) {
      controller.pause();
      return;
    }
    // From the question's moment again, not from time 0: the rest of the story, again.
    if (ended) controller.seek(fromUs);
    controller.setSpeed(WATCH_SPEED);
    controller.play();
  };
  return (
    <button type="button" className="ctl-button" onClick={onClick}>
      {playing ? 'Pause' : ended ? 'Watch again' : 'Watch it happen'}
    </button>
  );
}
