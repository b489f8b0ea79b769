import { formatClock } from '../../lab/clock-format.ts';
import { useController, useLab } from '../../store/hooks.ts';

/**
 * What to know about the run: that it ended, and that the user's own actions are replayed. On a
 * line of its own, kept short, so that a run ending never adds a row to the playback bar (nor
 * shrinks the drawing above it).
 */
export function RunNotes() {
  const controller = useController();
  const ended = useLab((s) => s.view.ended);
  const endUs = useLab((s) => s.view.endUs);
  const recorded = useLab((s) => s.view.recorded);
  return (
    <div className="ctl-notes">
      <p role="status" className="ctl-note">
        {ended && (
          <span className="ctl-note-text">Ended at {formatClock(endUs)}. Play runs it again.</span>
        )}
      </p>
      {recorded > 0 && (
        <p className="ctl-note">
          <span className="ctl-note-text">
            {recorded === 1
              ? 'Reset replays your action.'
              : `Reset replays your ${recorded} actions.`}
          </span>
          <button
            type="button"
            className="ctl-button ctl-button-small"
            onClick={() => controller.forgetRecorded()}
          >
            Forget my actions
          </button>
        </p>
      )}
    </div>
  );
}
