import { describe, expect, it } from 'vitest';
import { hashValue } from '../../src/util/hash.js';

describe('hashValue', () => {
  it('hashes a value by its canonical JSON, whatever the order of its keys', () => {
    expect(hashValue({ b: 1, a: [{ d: 2, c: 3 }] })).toBe(hashValue({ a: [{ c: 3, d: 2 }], b: 1 }));
    expect(hashValue({ a: 1 })).not.toBe(hashValue({ a: '1' }));
  });

  it('gives undefined (a setting one config leaves out) a hash of its own, unlike null or the text', () => {
    const undefinedHash = hashValue(undefined);
    expect(undefinedHash).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set([undefinedHash, hashValue(null), hashValue('undefined')]).size).toBe(3);
  });
});
