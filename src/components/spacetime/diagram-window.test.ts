import { describe, expect, it } from 'vitest';
import { diagramWindow, orientationFor } from './diagram-window.ts';

describe('diagramWindow', () => {
  it('shows the first second until the cursor nears its end', () => {
    expect(diagramWindow(600_000, 2_000_000)).toEqual({ fromUs: 0, toUs: 1_000_000 });
  });

  it('then follows the cursor, a little ahead of it', () => {
    expect(diagramWindow(1_500_000, 2_000_000)).toEqual({ fromUs: 600_000, toUs: 1_600_000 });
  });

  it('stops at the end of the run, and shows a short run whole', () => {
    expect(diagramWindow(2_000_000, 2_000_000)).toEqual({ fromUs: 1_000_000, toUs: 2_000_000 });
    expect(diagramWindow(100_000, 400_000)).toEqual({ fromUs: 0, toUs: 400_000 });
  });
});

describe('orientationFor', () => {
  it('runs time down on a phone and across elsewhere', () => {
    expect(orientationFor(358, 500)).toBe('time-down');
    expect(orientationFor(900, 260)).toBe('time-across');
  });
});
