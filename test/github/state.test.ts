import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeState, encodeState, readState, stateKey, type SavedState } from '../../src/github/state.js';
import { errorAtHeadReport, hugeReport, improvementReport, inconclusiveReport, regressionReport, skippedReport } from '../support/report-factory.js';

const state: SavedState = { v: 1, baseSha: 'b', headSha: 'h', configHash: 'c', report: regressionReport() };
const key = stateKey('webhook secret');

/** A block holding any JSON at all, as whoever edits the comment could write it. */
const blockOf = (json: unknown) => `<!-- promptgate:state v1 ${deflateRawSync(JSON.stringify(json)).toString('base64')} -->`;

describe('the state block', () => {
  it('is read only as the last line of the body', () => {
    const line = encodeState(state, 100_000)!;
    expect(decodeState(`marker\nreport\n${line}\n`)).toMatchObject({ headSha: 'h' });
    expect(decodeState(`marker\n${line}\nsomething after`)).toBeUndefined();
    expect(readState('marker\nno block here')).toEqual({});
  });

  it('with a key, is read only when signed with that key', () => {
    const signed = encodeState(state, 100_000, key)!;
    expect(decodeState(`x\n${signed}`, key)).toMatchObject({ headSha: 'h' });
    expect(decodeState(`x\n${signed}`, stateKey('another secret'))).toBeUndefined();
    expect(decodeState(`x\n${encodeState(state, 100_000)!}`, key)).toBeUndefined();
    const tampered = encodeState({ ...state, headSha: 'h2' }, 100_000)!.replace(' -->', ` sig=${signed.split(' sig=')[1]}`);
    expect(readState(`x\n${tampered}`, key).problem).toMatch(/not signed by this App: it was ignored and the result computed afresh/);
  });

  it('gives back every report exactly as it was written, byte for byte', () => {
    const acceptance = { by: 'maintainer', role: 'admin', headSha: 'h', at: '2026-01-01T00:00:00Z', via: 'label' as const };
    for (const report of [regressionReport(), improvementReport(), skippedReport(), inconclusiveReport(), errorAtHeadReport(), hugeReport({ prompts: 3, tests: 40 })]) {
      const written: SavedState = { v: 1, baseSha: 'b', headSha: 'h', configHash: 'c', report, acceptance };
      const read = decodeState(`x\n${encodeState(written, 10_000_000, key)!}`, key);
      expect(JSON.stringify(read)).toBe(JSON.stringify(written));
    }
  });
});

describe('a forged or damaged state block', () => {
  const valid = JSON.parse(JSON.stringify(state)) as SavedState;
  const forgeries: [string, unknown, RegExp][] = [
    ['a report cut down to its verdict', { ...valid, report: { schemaVersion: 1, verdict: 'pass' } }, /report\.summary: Invalid input/],
    ['a verdict this version does not know', { ...valid, report: { ...valid.report, verdict: 'approved' } }, /report\.verdict: Invalid option/],
    ['a test whose change is not a change', { ...valid, report: { ...valid.report, tests: valid.report.tests.map((t, i) => (i === 1 ? { ...t, change: 'waved-through' } : t)) } }, /report\.tests\[1\]\.change: Invalid option/],
    ['a field promptgate never writes', { ...valid, report: { ...valid.report, trusted: true } }, /report: Unrecognized key: "trusted"/],
    ['an acceptance without its head', { ...valid, acceptance: { by: 'maintainer', role: 'admin', at: '2026-01-01T00:00:00Z' } }, /acceptance\.headSha: Invalid input/],
    ['an acceptance given by a number', { ...valid, acceptance: { by: 7, role: 'admin', headSha: 'h', at: 'now' } }, /acceptance\.by: Invalid input: expected string/],
    ['a negative sample count', { ...valid, report: { ...valid.report, stats: { ...valid.report.stats, samples: -1 } } }, /report\.stats\.samples: Too small/],
    ['a state of another version', { ...valid, v: 2 }, /^[^:]*\(v: Invalid input: expected 1\)/],
    ['not an object at all', ['pass'], /\(the state: Invalid input: expected object/],
  ];
  it.each(forgeries)('is refused, naming what is wrong and where: %s', (_, json, where) => {
    const read = readState(`marker\n${blockOf(json)}`);
    expect(read.state).toBeUndefined();
    expect(read.problem).toMatch(/^the state block of promptgate's comment does not hold a state of this promptgate version \(/);
    expect(read.problem).toMatch(where);
    expect(read.problem).toMatch(/this run writes a new one/);
  });

  it('is refused when it is not compressed JSON', () => {
    expect(readState('x\n<!-- promptgate:state v1 bm90IGRlZmxhdGVk -->').problem).toMatch(/not readable \(not compressed JSON\)/);
  });

  it('is refused, not inflated whole, when it would expand past 16 MB', () => {
    // 40 KB of deflate that inflates to 40 MB: within a comment's 65,536 characters.
    const bomb = deflateRawSync(Buffer.alloc(40 * 1024 * 1024, 0x20)).toString('base64');
    expect(bomb.length).toBeLessThan(65_536);
    expect(readState(`x\n<!-- promptgate:state v1 ${bomb} -->`).problem).toMatch(/not readable \(it inflates past 16 MB\)/);
  });

  it('names a hostile key without letting it grow the message without bound', () => {
    const read = readState(`x\n${blockOf({ ...valid, ['k'.repeat(5_000)]: 1 })}`);
    expect(read.problem!.length).toBeLessThan(600);
  });
});
