import { describe, expect, it } from 'vitest';
import { DEFAULT_SWITCHING } from './switching.ts';
import { hashOfSettings, settingsFromHash } from './switching-link.ts';

describe('the Packets and circuits address', () => {
  it('leaves the defaults out', () => {
    expect(hashOfSettings(DEFAULT_SWITCHING)).toBe('#switching');
    expect(settingsFromHash('#switching')).toEqual(DEFAULT_SWITCHING);
  });

  it('round-trips changed settings', () => {
    const settings = { loadPerS: 60, slots: 8, seed: 3 };
    expect(hashOfSettings(settings)).toBe('#switching&load=60&circuits=8&seed=3');
    expect(settingsFromHash(hashOfSettings(settings))).toEqual(settings);
  });

  it('reads junk and huge numbers as the default or the nearest bound', () => {
    expect(settingsFromHash('#switching&load=abc&circuits=1e9&seed=-4')).toEqual({
      loadPerS: DEFAULT_SWITCHING.loadPerS,
      slots: 16,
      seed: 1,
    });
    expect(settingsFromHash(`#switching&load=${'9'.repeat(5000)}`).loadPerS).toBe(80);
  });
});
