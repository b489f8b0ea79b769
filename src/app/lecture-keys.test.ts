import { describe, expect, it } from 'vitest';
import { lectureCommandFor } from './lecture-keys.ts';

describe('lecture keys', () => {
  it('take what a presentation clicker sends', () => {
    expect(lectureCommandFor('PageDown', false)).toBe('next');
    expect(lectureCommandFor('PageUp', false)).toBe('back');
    expect(lectureCommandFor(' ', false)).toBe('next');
    expect(lectureCommandFor('ArrowLeft', false)).toBe('back');
    expect(lectureCommandFor('b', false)).toBe('blank');
    expect(lectureCommandFor('.', false)).toBe('blank');
    expect(lectureCommandFor('Enter', false)).toBe('reveal');
    expect(lectureCommandFor('q', false)).toBe('qr');
    expect(lectureCommandFor('P', false)).toBe('play');
  });

  it('leave chords and other keys to the browser', () => {
    expect(lectureCommandFor('PageDown', true)).toBeNull();
    expect(lectureCommandFor('x', false)).toBeNull();
  });
});
