import { describe, expect, it } from 'vitest';
import { hashOf, routeOf } from './route.ts';

describe('routes', () => {
  it('read back what they write', () => {
    for (const route of [
      { page: 'lesson', lesson: 'six-ways', step: 3, lecture: true },
      { page: 'lesson', lesson: 'partial-failure', step: 1, lecture: false },
      { page: 'six', lecture: false },
      { page: 'quiz', lecture: true },
      { page: 'hpc' },
      { page: 'switching' },
    ] as const) {
      expect(routeOf(hashOf(route))).toEqual(route);
    }
  });

  it('leave every other fragment to the lab', () => {
    expect(routeOf('#preset=response-lost&t=5')).toEqual({ page: 'lab' });
    expect(routeOf('#v=1&s=abc')).toEqual({ page: 'lab' });
    expect(routeOf('')).toEqual({ page: 'lab' });
  });

  it('open packets and circuits at #switching', () => {
    expect(routeOf('#switching')).toEqual({ page: 'switching' });
    expect(hashOf({ page: 'switching' })).toBe('#switching');
  });

  it('turn a bad step into the first', () => {
    expect(routeOf('#lesson=x&step=-4')).toMatchObject({ step: 1 });
    expect(routeOf('#lesson=x&step=1e400')).toMatchObject({ step: 1 });
  });
});
