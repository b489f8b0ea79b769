import { describe, expect, it } from 'vitest';
import {
  loadScore,
  NO_SCORE,
  readScore,
  saveScore,
  SCORE_KEY,
  scoreAfter,
  scoreWords,
  type Score,
} from './score.ts';
import type { Verdict } from './grade.ts';

const play = (verdicts: Verdict[]): Score => verdicts.reduce(scoreAfter, NO_SCORE);

describe('score and streak', () => {
  it('counts answers, right answers and lucky guesses', () => {
    expect(play(['right', 'lucky', 'wrong', 'right'])).toMatchObject({
      answered: 4,
      right: 2,
      lucky: 1,
    });
  });

  it('keeps a streak of right answers that a lucky or wrong one ends, and the best streak', () => {
    expect(play(['right', 'right', 'right'])).toMatchObject({ streak: 3, best: 3 });
    expect(play(['right', 'right', 'lucky'])).toMatchObject({ streak: 0, best: 2 });
    expect(play(['right', 'right', 'wrong', 'right'])).toMatchObject({ streak: 1, best: 2 });
  });

  it('reads back what it saved, and falls back to zero on junk', () => {
    const score = play(['right', 'lucky', 'right']);
    expect(readScore(JSON.stringify(score))).toEqual(score);
    for (const junk of [null, '', '{', '"x"', '[]', '42', 'null'])
      expect(readScore(junk)).toEqual(NO_SCORE);
    expect(readScore('{"answered":2,"right":9,"streak":-1,"best":"a"}')).toEqual({
      answered: 2,
      right: 2,
      lucky: 0,
      streak: 0,
      best: 0,
    });
  });

  it('goes to storage and back, and fails silently when storage does', () => {
    const kept = new Map<string, string>();
    const storage = {
      getItem: (k: string) => kept.get(k) ?? null,
      setItem: (k: string, v: string) => void kept.set(k, v),
    };
    const score = play(['right']);
    saveScore(score, storage);
    expect(kept.has(SCORE_KEY)).toBe(true);
    expect(loadScore(storage)).toEqual(score);
    const broken = {
      getItem: (): string => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('full');
      },
    };
    expect(() => saveScore(score, broken)).not.toThrow();
    expect(loadScore(broken)).toEqual(NO_SCORE);
    expect(loadScore(null)).toEqual(NO_SCORE);
  });

  it('says the score in words', () => {
    expect(scoreWords(play(['right', 'wrong', 'right']))).toBe('2 of 3 right · streak 1 · best 1');
  });
});
