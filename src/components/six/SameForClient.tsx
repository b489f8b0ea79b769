import { FEATURED_REQUEST } from '../../six/featured.ts';
import type { LockstepClock } from '../../six/lockstep-clock.ts';
import { compareClients, observationsOf, sameSentence } from '../../six/same-for-client.ts';
import { useClockView } from './useClock.ts';

/**
 * The point of the page in one sentence, computed from the six clients' views at the moment on
 * screen (a comparison, not a claim), and, where r3 has just timed out, the question to the room.
 */
export function SameForClient({ clock, revealed }: { clock: LockstepClock; revealed: boolean }) {
  // Re-rendered at every change in any world: the comparison is made afresh each time.
  const { playing } = useClockView(clock);
  const seen = clock.worlds.map((w) => observationsOf(w.sim));
  const sentence = sameSentence(compareClients(seen, FEATURED_REQUEST), seen.length);
  const timedOut = clock.featuredEndUs() !== null;
  return (
    <div className="six-same">
      <p className="six-sentence" role="status">
        {sentence}
      </p>
      {timedOut && !playing && (
        <p className="six-question">
          {revealed
            ? 'Six different stories behind one and the same timeout.'
            : 'Which world is which of the six causes? Guess, then reveal.'}
        </p>
      )}
    </div>
  );
}
