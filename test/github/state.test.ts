import { describe, expect, it } from 'vitest';
import { decodeState, encodeState, stateKey, type SavedState } from '../../src/github/state.js';
import { regressionReport } from '../support/report-factory.js';

const state: SavedState = { v: 1, baseSha: 'b', headSha: 'h', configHash: 'c', report: regressionReport() };
const key = stateKey('webhook secret');

describe('the state block', () => {
  it('is read only as the last line of the body', () => {
    const line = encodeState(state, 100_000)!;
    expect(decodeState(`marker\nreport\n${line}\n`)).toMatchObject({ headSha: 'h' });
    expect(decodeState(`marker\n${line}\nsomething after`)).toBeUndefined();
  });

  it('with a key, is read only when signed with that key', () => {
    const signed = encodeState(state, 100_000, key)!;
    expect(decodeState(`x\n${signed}`, key)).toMatchObject({ headSha: 'h' });
    expect(decodeState(`x\n${signed}`, stateKey('another secret'))).toBeUndefined();
    expect(decodeState(`x\n${encodeState(state, 100_000)!}`, key)).toBeUndefined();
    const tampered = encodeState({ ...state, headSha: 'h2' }, 100_000)!.replace(' -->', ` sig=${signed.split(' sig=')[1]}`);
    expect(decodeState(`x\n${tampered}`, key)).toBeUndefined();
  });
});
