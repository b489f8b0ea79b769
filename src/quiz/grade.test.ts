import { describe, expect, it } from 'vitest';
import { CAUSES } from '../sim/index.ts';
import { ANSWERS, CANNOT_TELL, grade, verdictText, whyText } from './grade.ts';

describe('grading', () => {
  it('offers the six causes in the seed’s order, then Cannot tell', () => {
    expect(ANSWERS).toEqual([
      'request lost',
      'request queued',
      'remote crashed',
      'remote paused',
      'response lost',
      'response delayed',
      'Cannot tell',
    ]);
  });

  it('calls Cannot tell right, the true cause lucky and any other cause wrong', () => {
    for (const cause of CAUSES) {
      expect(grade(CANNOT_TELL, cause)).toBe('right');
      expect(grade(cause, cause)).toBe('lucky');
      for (const other of CAUSES.filter((c) => c !== cause))
        expect(grade(other, cause)).toBe('wrong');
    }
  });

  it('says each verdict in words, naming the cause where it matters', () => {
    expect(verdictText('right', 'response lost')).toMatch(/^Right/);
    expect(verdictText('lucky', 'response lost')).toBe(
      'Lucky: right cause, but the client could not have known it.',
    );
    expect(verdictText('wrong', 'response lost')).toMatch(/^Wrong: it was response lost/);
    expect(verdictText(null, 'remote paused')).toMatch(/Cannot tell\. It was remote paused/);
  });

  it('explains in two to four sentences, with the moments of the question', () => {
    const why = whyText(500_000, 600_000);
    expect(why).toContain('600.0 ms');
    expect(why).toContain('500.0 ms');
    const sentences = why.split(/[.!?](?:”)?\s+(?=[A-Z])/).length;
    expect(sentences).toBeGreaterThanOrEqual(2);
    expect(sentences).toBeLessThanOrEqual(4);
  });
});
