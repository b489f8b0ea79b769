import { SIX_CAUSES_SHORT } from '../../lab/words.ts';
import { CAUSES, requestLabel } from '../../sim/index.ts';
import { useController, useLab } from '../../store/hooks.ts';
import { latestTimedOut } from './row-text.ts';

/**
 * The truth panel while hidden: the six things that can be behind a timeout, in the seed's
 * order, so a class has the words to guess with; once a request has timed out, the question
 * about it, first, where the eye lands. The list is the same whatever happened, so it gives
 * nothing away.
 */
export function TruthGuess() {
  const controller = useController();
  // Re-read the requests at every revision of the simulation.
  useLab((s) => s.view.revision);
  const timedOut = latestTimedOut(controller.sim.state.requests);

  // A world without client requests (replicas and their storage): the six are not the question.
  if (controller.sim.world.workloads.length === 0) {
    return (
      <div className="panel-body panel-guess" tabIndex={0}>
        <p>
          <strong>Hidden, so you can guess first.</strong> Reveal to see what each node believed,
          and what it really did.
        </p>
      </div>
    );
  }

  return (
    // Only words, which scroll in a short panel: the body takes the focus to scroll them.
    <div className="panel-body panel-guess" tabIndex={0}>
      {timedOut === null ? (
        <p>
          <strong>Hidden, so you can guess first.</strong> When no response comes in time, one of
          six things happened:
        </p>
      ) : (
        <p>
          <strong>
            Which of these happened to <span className="panel-id">{requestLabel(timedOut)}</span>?
          </strong>{' '}
          The client cannot tell.
        </p>
      )}
      <ol className="panel-six">
        {CAUSES.map((cause) => (
          <li key={cause}>
            <strong>{cause}</strong>: {SIX_CAUSES_SHORT[cause]}
          </li>
        ))}
      </ol>
    </div>
  );
}
