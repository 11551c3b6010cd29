import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../../src/util/utf8.js';

describe('decodeUtf8', () => {
  it('decodes UTF-8, keeping a BOM, as Buffer#toString does', () => {
    const bytes = Buffer.from('\ufeffGrüße 東京 🎉\n', 'utf8');
    expect(decodeUtf8(bytes)).toEqual({ text: bytes.toString('utf8') });
  });

  it('gives the line of the first byte that is not UTF-8: a Latin-1 é, a lone continuation byte, a sequence cut short', () => {
    expect(decodeUtf8(Buffer.from('a\nb\ncaf\xe9\n', 'latin1'))).toEqual({ invalidLine: 3 });
    expect(decodeUtf8(Buffer.from([0x61, 0x0a, 0x80]))).toEqual({ invalidLine: 2 });
    expect(decodeUtf8(Buffer.from([0x0a, 0x0a, 0x0a, 0xe6, 0x9d]))).toEqual({ invalidLine: 4 });
  });
});
