import { LIMITS } from '../../scenario/limits.ts';
import { useController, useLab } from '../../store/hooks.ts';
import { limitNotes } from './log-text.ts';

/**
 * Says plainly when a run hit one of its bounds, so a log that stops growing is not mistaken
 * for a network gone quiet. Always in the page (a live region must exist before it speaks).
 */
export function RunLimits() {
  const controller = useController();
  const traceFull = useLab((s) => s.view.traceFull);
  const requestsCapped = useLab((s) => s.view.requestsCapped);
  const notes = limitNotes({
    traceFull,
    requestsCapped,
    traceCapEvents: controller.sim.trace.capEvents,
    maxRequests: LIMITS.requests,
  });
  return (
    <p role="status" className="panel-limits">
      {notes.map((note) => (
        <span key={note} className="panel-limit">
          <span aria-hidden="true" className="panel-limit-mark">
            ⚠
          </span>{' '}
          {note}
        </span>
      ))}
    </p>
  );
}
