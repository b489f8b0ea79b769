import { describe, it, expect } from 'vitest';
import { formatMs, parseDuration } from './duration.ts';

const us = (text: string): number => {
  const r = parseDuration(text);
  if (!r.ok) throw new Error(`expected ${JSON.stringify(text)} to parse: ${r.message}`);
  return r.us;
};

describe('parseDuration', () => {
  it.each([
    ['2s', 2_000_000],
    ['1500ms', 1_500_000],
    ['250us', 250],
    ['250µs', 250],
    ['1.5m', 90_000_000],
    ['0.5ms', 500],
    ['0s', 0],
    ['1m', 60_000_000],
    ['0.25s', 250_000],
    ['550ms', 550_000],
    ['1.0006ms', 1001],
    ['007ms', 7000],
  ])('%s is %i µs', (text, expected) => {
    expect(us(text)).toBe(expected);
  });

  it('allows spaces around the number and the unit', () => {
    expect(us(' 2s')).toBe(2_000_000);
    expect(us('2s ')).toBe(2_000_000);
    expect(us('2 s')).toBe(2_000_000);
    expect(us('  1500   ms  ')).toBe(1_500_000);
    expect(us('\t250 us\n')).toBe(250);
  });

  it('always returns whole microseconds', () => {
    expect(us('0.0004ms')).toBe(0);
    expect(us('0.0006ms')).toBe(1);
    expect(us('1.7us')).toBe(2);
    for (const text of ['1.333ms', '0.1234567s', '2.5us', '0.001m']) {
      expect(Number.isInteger(us(text))).toBe(true);
    }
  });

  it.each([
    '',
    ' ',
    '3x',
    '-1s',
    '+1s',
    '1e3s',
    'ms',
    's',
    '2',
    '1.s',
    '1,5s',
    '1_000ms',
    '2 s s',
    '2sec',
    '2S',
    '2MS',
    '0x10ms',
    'Infinity s',
    'NaN ms',
    '1h',
    '2s1ms',
  ])('rejects %j with a message', (text) => {
    const r = parseDuration(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toContain('not a duration');
    expect(r.message).toContain('2s');
  });

  it('rejects durations too long to count in whole microseconds', () => {
    for (const text of ['9999999999999999999s', `1${'0'.repeat(400)}m`]) {
      const r = parseDuration(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toContain('too long');
    }
    // The largest safe number of microseconds still parses; one more does not.
    expect(us(`${Number.MAX_SAFE_INTEGER}us`)).toBe(Number.MAX_SAFE_INTEGER);
    expect(parseDuration('9007199254740993us').ok).toBe(false);
  });

  it('keeps the quoted input in a message short', () => {
    const r = parseDuration(`${'9'.repeat(1000)}x`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.length).toBeLessThan(120);
  });
});

describe('formatMs', () => {
  it.each([
    [1_250_000, '1,250.0 ms'],
    [0, '0.0 ms'],
    [500, '0.5 ms'],
    [1000, '1.0 ms'],
    [123, '0.1 ms'],
    [550_000, '550.0 ms'],
    [2_100_000, '2,100.0 ms'],
    [1_234_567_890, '1,234,567.9 ms'],
  ])('%i µs is %s', (value, text) => {
    expect(formatMs(value)).toBe(text);
  });

  it('reads back through parseDuration to within a tenth of a millisecond', () => {
    for (const value of [0, 1, 499, 1_250_000, 3_600_000_000]) {
      const text = formatMs(value).replace(/,/g, '').replace(' ', '');
      expect(Math.abs(us(text) - value)).toBeLessThanOrEqual(50);
    }
  });
});
