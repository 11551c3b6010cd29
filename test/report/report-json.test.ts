import { describe, expect, it } from 'vitest';
import { reportJson } from '../../src/report/report-json.js';
import { regressionReport, report, testComparison, testSide } from '../support/report-factory.js';

const whole = (r: Parameters<typeof reportJson>[0]) => [...reportJson(r)].join('');

describe('report.json written in pieces', () => {
  it('is exactly JSON.stringify(report, null, 2) and a newline', () => {
    const r = regressionReport();
    expect(whole(r)).toBe(JSON.stringify(r, null, 2) + '\n');
  });

  it('writes a report without tests as one piece', () => {
    const r = report();
    expect([...reportJson(r)]).toEqual([JSON.stringify(r, null, 2) + '\n']);
  });

  it('splits thousands of tests into pieces that still make the same document', () => {
    const tests = Array.from({ length: 1_234 }, (_, i) => testComparison('prompts/support', `t-${i}`, { description: `question ${i}` }));
    const r = report({ tests });
    const pieces = [...reportJson(r)];
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.join('')).toBe(JSON.stringify(r, null, 2) + '\n');
  });

  it('is not misled by a model output that spells the tests key', () => {
    const hostile = '\n  "tests": [\n';
    const tests = [testComparison('prompts/support', 't-1', { head: testSide('failed', hostile) })];
    const r = report({ tests, summary: hostile, reviewSample: [{ promptId: 'prompts/support', testId: 't-1', vars: {}, output: hostile, outcome: 'failed' }] });
    const text = whole(r);
    expect(text).toBe(JSON.stringify(r, null, 2) + '\n');
    expect(JSON.parse(text)).toEqual(r);
  });
});
