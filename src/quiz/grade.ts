/**
 * Grading an answer, and the quiz's words. `Cannot tell` is right: the client's view was the
 * same in all six. Naming the cause that really happened is only lucky; any other is wrong.
 */

import { formatClock } from '../lab/clock-format.ts';
import { CAUSES, type Cause } from '../sim/index.ts';

export const CANNOT_TELL = 'Cannot tell';
export type Answer = Cause | typeof CANNOT_TELL;
export const ANSWERS: readonly Answer[] = [...CAUSES, CANNOT_TELL];

export type Verdict = 'right' | 'lucky' | 'wrong';

export function grade(answer: Answer, cause: Cause): Verdict {
  if (answer === CANNOT_TELL) return 'right';
  return answer === cause ? 'lucky' : 'wrong';
}

/** The verdict in words, said by the live region; `null` when revealed without an answer. */
export function verdictText(verdict: Verdict | null, cause: Cause): string {
  switch (verdict) {
    case 'right':
      return 'Right: the client cannot tell.';
    case 'lucky':
      return 'Lucky: right cause, but the client could not have known it.';
    case 'wrong':
      return `Wrong: it was ${cause}, and the client could not have known that either.`;
    default:
      return `The answer: ${CANNOT_TELL}. It was ${cause}, but the client could not have known.`;
  }
}

/** Why the client could not have known, in a few plain sentences. */
export function whyText(sentAtUs: number, timeoutUs: number): string {
  return (
    `Until its timer fired at ${formatClock(timeoutUs)}, the client saw the same thing in all ` +
    `six worlds: r3 sent at ${formatClock(sentAtUs)}, then silence. A lost request, a long ` +
    'queue, a dead or paused server, a lost or slow response: to the client each is just ' +
    `silence. So the only honest answer is “${CANNOT_TELL}”.`
  );
}
