import { describe, expect, it } from 'vitest';
import { createEcho } from './action-echo.ts';

describe('the action echo', () => {
  it('repeats what the last action did, and counts each one that applied', () => {
    const echo = createEcho();
    let heard = 0;
    const stop = echo.subscribe(() => heard++);
    expect(echo.get()).toEqual({ status: null, applied: 0 });
    echo.applied({ text: 'Cut the cable at 0.0 ms.', tone: 'done' });
    echo.applied({ text: 'Cut the cable at 0.0 ms.', tone: 'done' });
    // The same sentence twice is still two actions: the sheet closes after each.
    expect(echo.get().applied).toBe(2);
    expect(echo.get().status?.text).toBe('Cut the cable at 0.0 ms.');
    expect(heard).toBe(2);
    stop();
  });

  it('clears without counting, and tells nobody when there was nothing to clear', () => {
    const echo = createEcho();
    let heard = 0;
    echo.subscribe(() => heard++);
    echo.clear();
    expect(heard).toBe(0);
    echo.applied({ text: 'Paused server at 1.000 s.', tone: 'done' });
    echo.clear();
    expect(echo.get()).toEqual({ status: null, applied: 1 });
    expect(heard).toBe(2);
  });
});
