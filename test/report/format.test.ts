import { describe, expect, it } from 'vitest';
import { formatDuration, formatMs, formatPercent, formatPValue, formatSigned, formatSignedCount, formatSignedUsd, formatUsd, problemLocation } from '../../src/report/format.js';

describe('format', () => {
  it('signs deltas and leaves zero unsigned', () => {
    expect(formatSigned(0.1234)).toBe('+0.12');
    expect(formatSigned(-0.5)).toBe('-0.50');
    expect(formatSigned(-0.001)).toBe('0.00');
    expect(formatSigned(null)).toBe('—');
    expect(formatSignedCount(1234)).toBe('+1,234');
    expect(formatSignedCount(-14)).toBe('-14');
  });

  it('prints dollars to four significant digits', () => {
    expect(formatUsd(0.00123456)).toBe('0.001235');
    expect(formatUsd(12.3456)).toBe('12.35');
    expect(formatUsd(12345.6)).toBe('12,350');
    expect(formatSignedUsd(-0.0043)).toBe('-0.0043');
    expect(formatSignedUsd(null)).toBe('—');
  });

  it('prints rates, times and p-values as a reader expects', () => {
    expect(formatPercent(0.875)).toBe('87.5%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatMs(850.4)).toBe('850 ms');
    expect(formatMs(1240)).toBe('1.24 s');
    expect(formatDuration(8_420)).toBe('8.4 s');
    expect(formatDuration(65_300)).toBe('1m 05s');
    expect(formatPValue(0.0312)).toBe('p=0.031');
    expect(formatPValue(0.0001)).toBe('p<0.001');
  });

  it('writes a problem location as file:line:col', () => {
    const p = { side: 'head' as const, message: 'x', hint: null };
    expect(problemLocation({ ...p, file: 'a.yml', line: 4, column: 3 })).toBe('a.yml:4:3');
    expect(problemLocation({ ...p, file: 'a.yml', line: null, column: 3 })).toBe('a.yml');
    expect(problemLocation({ ...p, file: null, line: 4, column: 3 })).toBe('');
  });
});
