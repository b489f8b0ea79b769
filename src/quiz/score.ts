/**
 * The learner's score, kept in the browser: questions answered, right answers (`Cannot tell`),
 * lucky guesses, the current streak of right answers and the best one. A lucky guess ends a
 * streak: the quiz rewards knowing that the client cannot know. Storage may be blocked or hold
 * junk: reading falls back to zero, writing fails silently.
 */

import type { Verdict } from './grade.ts';

export const SCORE_KEY = 'faultline.quiz';

export interface Score {
  answered: number;
  right: number;
  lucky: number;
  streak: number;
  best: number;
}

export const NO_SCORE: Score = { answered: 0, right: 0, lucky: 0, streak: 0, best: 0 };

export function scoreAfter(score: Score, verdict: Verdict): Score {
  const right = verdict === 'right';
  const streak = right ? score.streak + 1 : 0;
  return {
    answered: score.answered + 1,
    right: score.right + (right ? 1 : 0),
    lucky: score.lucky + (verdict === 'lucky' ? 1 : 0),
    streak,
    best: Math.max(score.best, streak),
  };
}

const count = (value: unknown): number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : 0;

/** What was saved, made sound: counts that are not counts become 0; the parts agree. */
export function readScore(raw: string | null): Score {
  try {
    const saved = JSON.parse(raw ?? 'null') as Partial<Record<keyof Score, unknown>> | null;
    if (typeof saved !== 'object' || saved === null) return NO_SCORE;
    const answered = count(saved.answered);
    const right = Math.min(answered, count(saved.right));
    const lucky = Math.min(answered - right, count(saved.lucky));
    const streak = Math.min(right, count(saved.streak));
    const best = Math.min(right, Math.max(streak, count(saved.best)));
    return { answered, right, lucky, streak, best };
  } catch {
    return NO_SCORE;
  }
}

export function loadScore(storage: Pick<Storage, 'getItem'> | null = browserStorage()): Score {
  try {
    return readScore(storage?.getItem(SCORE_KEY) ?? null);
  } catch {
    return NO_SCORE;
  }
}

export function saveScore(
  score: Score,
  storage: Pick<Storage, 'setItem'> | null = browserStorage(),
): void {
  try {
    storage?.setItem(SCORE_KEY, JSON.stringify(score));
  } catch {
    // Full or blocked: the score lasts this visit only.
  }
}

/** Even touching `localStorage` can throw (a sandboxed iframe, blocked cookies). */
function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** "3 of 5 right" and so on, for the page. */
export const scoreWords = (score: Score): string =>
  `${score.right} of ${score.answered} right · streak ${score.streak} · best ${score.best}`;
