import { describe, expect, it } from 'vitest';
import { hashOfHpcSettings, hpcSettingsFromHash } from './hpc-link.ts';
import { DEFAULT_SETTINGS } from './hpc-settings.ts';

describe('the supercomputers page address', () => {
  it('leaves the defaults out, and round-trips the rest', () => {
    expect(hashOfHpcSettings(DEFAULT_SETTINGS)).toBe('#hpc');
    expect(hpcSettingsFromHash('#hpc')).toEqual(DEFAULT_SETTINGS);
    const settings = { ...DEFAULT_SETTINGS, nodes: 100_000, intervalMin: 26 };
    expect(hashOfHpcSettings(settings)).toBe('#hpc&nodes=100000&tau=26');
    expect(hpcSettingsFromHash(hashOfHpcSettings(settings))).toEqual(settings);
  });

  it('reads junk as the default and snaps or bounds the rest to what the controls offer', () => {
    expect(hpcSettingsFromHash('#hpc&nodes=7000&mtbf=4&tau=abc&delta=99999&restart=-3')).toEqual({
      nodes: 5000,
      nodeMtbfYears: 3,
      intervalMin: DEFAULT_SETTINGS.intervalMin,
      checkpointMin: 1440,
      restartMin: 1,
    });
    expect(hpcSettingsFromHash(`#hpc&nodes=${'9'.repeat(400)}`).nodes).toBe(100_000);
  });
});
