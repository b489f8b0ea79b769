import { describe, expect, it } from 'vitest';
import { validateScenario } from '../scenario/validate.ts';
import { claimProblems } from './claims.ts';
import { LESSONS } from './index.ts';

describe('every lesson step', () => {
  for (const lesson of LESSONS) {
    for (const [i, step] of lesson.steps.entries()) {
      it(`${lesson.id} ${i + 1} (${step.id}) loads, and its claims hold`, () => {
        expect(validateScenario(step.scenario).problems.filter((p) => p.level === 'error')).toEqual(
          [],
        );
        expect(step.claims.length).toBeGreaterThan(0);
        expect(claimProblems(step)).toEqual([]);
      });
    }
  }

  it('says two to four sentences at most, with a right answer among its choices', () => {
    for (const lesson of LESSONS) {
      for (const step of lesson.steps) {
        const sentences = step.text
          .join(' ')
          .split(/[.!?:](\s|$)/)
          .filter((s) => s.trim()).length;
        expect(sentences, `${lesson.id}/${step.id}`).toBeLessThanOrEqual(6);
        if (step.predict) expect(step.predict.choices[step.predict.answer]).toBeDefined();
      }
    }
  });

  it('ends each lesson with a question', () => {
    for (const lesson of LESSONS) expect(lesson.steps.at(-1)!.predict, lesson.id).toBeDefined();
  });

  it('has ids unique within its lesson', () => {
    for (const lesson of LESSONS) {
      expect(new Set(lesson.steps.map((s) => s.id)).size).toBe(lesson.steps.length);
    }
  });
});

describe('the claims checker', () => {
  it('catches a claim the simulation does not keep', () => {
    const step = LESSONS[1]!.steps[1]!;
    const wrong = { ...step, claims: [{ ...step.claims[0]!, cause: 'response lost' as const }] };
    expect(claimProblems(wrong as typeof step)).not.toEqual([]);
  });
});
