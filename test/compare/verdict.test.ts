import { describe, expect, it } from 'vitest';
import { gateSchema } from '../../src/config/schema.js';
import { decide, type VerdictInput } from '../../src/compare/verdict.js';
import { promptComparison, sideStats, testComparison, testSide } from '../support/report-factory.js';

const gate = gateSchema.parse({});
const input = (overrides: Partial<VerdictInput>): VerdictInput => ({ gate, prompts: [promptComparison('support')], tests: [testComparison('support', 'refund')], headProblems: [], anythingToCompare: true, ...overrides });

const regressed = testComparison('support', 'warranty', { change: 'regressed', head: testSide('failed', 'No idea.') });
const errored = testComparison('support', 'shipping', { change: 'errored', head: testSide('errored', '') });
const brokenHead = { side: 'head' as const, message: 'messages must be a list', file: 'prompts/support.prompt.yml', line: 4, column: 3, hint: null };

describe('the verdict', () => {
  it('is an error when a file at head cannot be read, before anything else, naming it at file:line:column', () => {
    expect(decide(input({ headProblems: [brokenHead], tests: [regressed] }))).toEqual({
      verdict: 'error',
      summary: '1 file at head could not be read: prompts/support.prompt.yml:4:3: messages must be a list',
      blocking: true,
    });
  });

  it('is skipped, never blocking, when nothing affects the suite', () => {
    expect(decide(input({ anythingToCompare: false, prompts: [], tests: [] }))).toMatchObject({ verdict: 'skipped', blocking: false });
  });

  it('is a regression found in completed samples even when other calls failed', () => {
    const decision = decide(input({ prompts: [promptComparison('support', { regressed: true })], tests: [regressed, errored] }));
    expect(decision).toEqual({ verdict: 'regression', summary: '1 test regressed in support.', blocking: true });
  });

  it('counts removed tests and score-only drops in the regression it names', () => {
    const removed = testComparison('support', 'refund', { change: 'removed', head: null });
    const prompts = [promptComparison('support', { regressed: true }), promptComparison('classify', { regressed: true })];
    expect(decide(input({ prompts, tests: [regressed, removed] })).summary).toBe('1 test regressed and 1 test removed (a removal needs acceptance) and 1 prompt score dropped significantly in support, classify.');
  });

  it('fails the gate on a head pass rate under minPassRate, and on any failure with failOn: any-failure', () => {
    const low = promptComparison('support', { head: sideStats({ passRate: 0.5 }) });
    expect(decide(input({ gate: { ...gate, minPassRate: 0.8 }, prompts: [low] }))).toEqual({ verdict: 'fail', summary: 'Head pass rate is below the minimum 80% for support (50%).', blocking: true });
    const failing = testComparison('support', 'refund', { head: testSide('failed', 'no') });
    expect(decide(input({ gate: { ...gate, failOn: 'any-failure' }, tests: [failing] }))).toMatchObject({ verdict: 'fail', summary: '1 test fail at head (failOn: any-failure).' });
  });

  it('is inconclusive on a provider outage, never a pass', () => {
    expect(decide(input({ tests: [errored] }))).toMatchObject({ verdict: 'inconclusive', blocking: true });
  });

  it('passes with what it compared and fixed, and blocks nothing with failOn: never', () => {
    const fixed = testComparison('support', 'warranty', { change: 'fixed' });
    expect(decide(input({ tests: [testComparison('support', 'refund'), fixed] }))).toEqual({ verdict: 'pass', summary: 'No regression in 2 compared tests; 1 fixed.', blocking: false });
    expect(decide(input({ gate: { ...gate, failOn: 'never' }, prompts: [promptComparison('support', { regressed: true })], tests: [regressed] }))).toMatchObject({ verdict: 'regression', blocking: false });
  });
});
