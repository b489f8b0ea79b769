import { formatClock } from '../../lab/clock-format.ts';
import { useController, useLab } from '../../store/hooks.ts';

/** What to know about the run: that it ended, and that the user's own actions are replayed. */
export function RunNotes() {
  const controller = useController();
  const ended = useLab((s) => s.view.ended);
  const endUs = useLab((s) => s.view.endUs);
  const recorded = useLab((s) => s.view.recorded);
  return (
    <div className="ctl-notes">
      <p role="status" className="ctl-note">
        {ended && `Ended at ${formatClock(endUs)}. Play runs it again.`}
      </p>
      {recorded > 0 && (
        <p className="ctl-note">
          {recorded === 1
            ? '1 of your actions is in the schedule; Reset replays it.'
            : `${recorded} of your actions are in the schedule; Reset replays them.`}{' '}
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
