import { describe, expect, it } from 'vitest';
import {
  degradeFromFields,
  overloadFromFields,
  pauseFromFields,
  workloadChangeWords,
  workloadFromFields,
} from './form-actions.ts';
import type { WorkloadSettings } from '../../scenario/types.ts';

describe('pause', () => {
  it('pauses for the typed length, in µs', () => {
    expect(pauseFromFields('server', { pauseMs: '300' })).toEqual({
      ok: true,
      action: { kind: 'pause', node: 'server', durationUs: 300_000 },
    });
  });

  it('pauses until resumed when the length is empty or 0', () => {
    for (const pauseMs of ['', '0']) {
      expect(pauseFromFields('server', { pauseMs })).toEqual({
        ok: true,
        action: { kind: 'pause', node: 'server' },
      });
    }
  });

  it('gives a message and no action for bad input', () => {
    const result = pauseFromFields('server', { pauseMs: 'soon' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.pauseMs).toMatch(/^Pause length must be a number/);
  });
});

describe('overload', () => {
  const texts = { overloadRate: '500', overloadServiceMs: '', overloadQueue: '', overloadMs: '' };

  it('turns a rate into a gap and keeps the server’s own settings when left empty', () => {
    expect(overloadFromFields('server', texts)).toEqual({
      ok: true,
      action: { kind: 'overload', node: 'server', intervalUs: 2000 },
    });
  });

  it('passes every field that is filled in', () => {
    const result = overloadFromFields('server', {
      overloadRate: '1000',
      overloadServiceMs: '20',
      overloadQueue: '8',
      overloadMs: '160',
    });
    expect(result).toEqual({
      ok: true,
      action: {
        kind: 'overload',
        node: 'server',
        intervalUs: 1000,
        serviceUs: 20_000,
        queueCapacity: 8,
        durationUs: 160_000,
      },
    });
  });

  it('needs a rate, and reports every bad field at once', () => {
    const result = overloadFromFields('server', {
      ...texts,
      overloadRate: '',
      overloadQueue: '2.5',
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(Object.keys(result.errors).sort()).toEqual(['overloadQueue', 'overloadRate']);
  });
});

describe('degrade', () => {
  const empty = { latencyMs: '', jitterMs: '', lossPercent: '', bandwidthMbps: '' };

  it('changes only the values typed in, on both directions by default', () => {
    expect(
      degradeFromFields(['a', 'b'], null, { ...empty, latencyMs: '50', lossPercent: '20' }),
    ).toEqual({
      ok: true,
      action: { kind: 'degrade', cable: ['a', 'b'], latencyUs: 50_000, lossPercent: 20 },
    });
  });

  it('names one direction by its sending end', () => {
    const result = degradeFromFields(['a', 'b'], 'b', { ...empty, bandwidthMbps: '0.5' });
    expect(result).toEqual({
      ok: true,
      action: { kind: 'degrade', cable: ['a', 'b'], from: 'b', bandwidthMbps: 0.5 },
    });
  });

  it('asks for at least one value', () => {
    for (const from of [null, 'a']) {
      expect(degradeFromFields(['a', 'b'], from, empty)).toEqual({
        ok: false,
        errors: {},
        message: 'Change at least one value first.',
      });
    }
  });

  it('refuses a loss above 100 %', () => {
    const result = degradeFromFields(['a', 'b'], null, { ...empty, lossPercent: '101' });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.lossPercent).toBe('Loss must be a number from 0 to 100 %.');
  });
});

describe('set-workload', () => {
  const current: WorkloadSettings = {
    mode: 'interval',
    intervalUs: 250_000,
    timeoutUs: 100_000,
    retries: 0,
  };
  const same = { requestRate: '4', timeoutMs: '100', retries: '0' };

  it('sends only what changed', () => {
    expect(workloadFromFields('client', current, { ...same, timeoutMs: '300' })).toEqual({
      ok: true,
      action: { kind: 'set-workload', client: 'client', timeoutUs: 300_000 },
    });
    expect(
      workloadFromFields('client', current, { ...same, requestRate: '10', retries: '2' }),
    ).toEqual({
      ok: true,
      action: { kind: 'set-workload', client: 'client', intervalUs: 100_000, retries: 2 },
    });
  });

  it('a rate of 0 means only on demand; a rate again means every so often', () => {
    expect(workloadFromFields('client', current, { ...same, requestRate: '0' })).toEqual({
      ok: true,
      action: { kind: 'set-workload', client: 'client', mode: 'on-demand' },
    });
    const onDemand = { ...current, mode: 'on-demand' as const };
    expect(workloadFromFields('client', onDemand, same)).toEqual({
      ok: true,
      action: { kind: 'set-workload', client: 'client', mode: 'interval' },
    });
  });

  it('keeps a Poisson workload Poisson', () => {
    const poisson = { ...current, mode: 'poisson' as const };
    expect(workloadFromFields('client', poisson, { ...same, requestRate: '2' })).toEqual({
      ok: true,
      action: { kind: 'set-workload', client: 'client', intervalUs: 500_000 },
    });
  });

  it('says so when nothing changed, and refuses rates too slow to schedule', () => {
    expect(workloadFromFields('client', current, same)).toMatchObject({
      ok: false,
      message: 'Nothing to change: these are the current settings.',
    });
    const slow = workloadFromFields('client', current, { ...same, requestRate: '0.0001' });
    expect(slow.ok).toBe(false);
    if (!slow.ok) expect(slow.errors.requestRate).toMatch(/at least 0.001 requests\/s/);
  });

  it('refuses eleven retries', () => {
    const result = workloadFromFields('client', current, { ...same, retries: '11' });
    expect(result.ok).toBe(false);
  });
});

describe('a workload change in words', () => {
  const current: WorkloadSettings = {
    mode: 'interval',
    intervalUs: 250_000,
    timeoutUs: 100_000,
    retries: 0,
  };
  const words = (change: Partial<WorkloadSettings>) =>
    workloadChangeWords(current, { kind: 'set-workload', client: 'client', ...change });

  it('names only what changed', () => {
    expect(words({ timeoutUs: 300_000 })).toBe('timeout 300 ms');
    expect(words({ intervalUs: 100_000, retries: 1 })).toBe('a request every 100 ms, 1 retry');
    expect(words({ mode: 'on-demand' })).toBe('requests only on demand');
    expect(words({ mode: 'interval' })).toBe('a request every 250 ms');
    expect(words({ mode: 'poisson', retries: 3 })).toBe(
      'a request on average every 250 ms, 3 retries',
    );
  });
});
