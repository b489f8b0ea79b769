import { describe, expect, it } from 'vitest';
import {
  boundsText,
  fieldText,
  intervalUsFromRate,
  msField,
  parseField,
  usFromMs,
} from './fields.ts';

const latency = { name: 'Latency', unit: 'ms', min: 0, max: 60_000 };
const retries = { name: 'Retries', unit: '', min: 0, max: 10, integer: true };

describe('parseField', () => {
  it('reads plain and decimal numbers within bounds', () => {
    expect(parseField('250', latency)).toEqual({ ok: true, value: 250 });
    expect(parseField(' 2.5 ', latency)).toEqual({ ok: true, value: 2.5 });
    expect(parseField('.5', latency)).toEqual({ ok: true, value: 0.5 });
    expect(parseField('1e3', latency)).toEqual({ ok: true, value: 1000 });
  });

  it('says what is expected when the field is empty and required', () => {
    expect(parseField('  ', latency)).toEqual({
      ok: false,
      message: 'Latency is empty: type a number from 0 to 60,000 ms.',
    });
  });

  it('reads an empty optional field as not given', () => {
    expect(parseField('', { ...latency, optional: true })).toEqual({ ok: true, value: null });
  });

  it('refuses what is not a number, without throwing', () => {
    for (const text of ['abc', '0x10', 'Infinity', 'NaN', '5 ms', '--1', '1.2.3']) {
      const result = parseField(text, latency);
      expect(result.ok, text).toBe(false);
    }
  });

  it('suggests a dot to someone who typed a decimal comma', () => {
    const result = parseField('2,5', latency);
    expect(result).toEqual({
      ok: false,
      message: 'Latency must be a number from 0 to 60,000 ms. Use a dot for decimals, like 2.5.',
    });
  });

  it('refuses values out of bounds, naming the bounds', () => {
    expect(parseField('60001', latency)).toEqual({
      ok: false,
      message: 'Latency must be a number from 0 to 60,000 ms.',
    });
    expect(parseField('-1', latency).ok).toBe(false);
    expect(parseField('11', retries)).toEqual({
      ok: false,
      message: 'Retries must be a whole number from 0 to 10.',
    });
  });

  it('refuses fractions where whole numbers are needed', () => {
    expect(parseField('1.5', retries)).toEqual({
      ok: false,
      message: 'Retries must be a whole number.',
    });
  });
});

describe('units', () => {
  it('turns limits in µs into a field in ms', () => {
    const spec = msField('Timeout', { min: 1, max: 3_600_000_000, integer: true, unit: 'µs' });
    expect(spec).toMatchObject({ unit: 'ms', min: 0.001, max: 3_600_000 });
    expect(boundsText(spec)).toBe('0.001 to 3,600,000 ms');
  });

  it('converts ms to whole µs and rates to gaps', () => {
    expect(usFromMs(2.5)).toBe(2500);
    expect(usFromMs(0.0004)).toBe(0);
    expect(intervalUsFromRate(4)).toBe(250_000);
    expect(intervalUsFromRate(3)).toBe(333_333);
  });

  it('writes starting values without float noise', () => {
    expect(fieldText(0.1 + 0.2)).toBe('0.3');
    expect(fieldText(250)).toBe('250');
  });
});
