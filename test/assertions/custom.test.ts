import { describe, expect, it } from 'vitest';
import { evaluateAssertions } from '../../src/assertions/evaluate.js';
import type { AssertionSpec } from '../../src/assertions/types.js';
import { UserError } from '../../src/util/errors.js';
import { makeContext, spec } from './make-context.js';

const js = (file: string, extra: Partial<AssertionSpec> = {}): AssertionSpec => spec('javascript', undefined, { file, ...extra });

async function run(s: AssertionSpec, output: string, extra: Parameters<typeof makeContext>[0] = {}) {
  return (await evaluateAssertions([s], makeContext({ output, ...extra }))).results[0]!;
}

describe('javascript assertions', () => {
  it('uses a boolean from the default export as pass and score', async () => {
    expect(await run(js('checks/mentions-refund.mjs'), 'Refunds take 5 days.')).toMatchObject({
      pass: true,
      score: 1,
      reason: 'checks/mentions-refund.mjs returned true',
    });
    expect(await run(js('checks/mentions-refund.mjs'), 'No money back.')).toMatchObject({ pass: false, score: 0 });
  });

  it('treats a number as a score that passes at 0.5 unless a threshold says otherwise', async () => {
    const keywordShare = js('checks/scores.mjs', { exportName: 'keywordShare' });
    const vars = { keywords: 'refund, 30 days, receipt, manager' };
    const output = 'Refunds within 30 days.';
    expect(await run(keywordShare, output, { vars })).toMatchObject({ pass: true, score: 0.5 });
    expect(await run({ ...keywordShare, threshold: 0.75 }, output, { vars })).toMatchObject({
      pass: false,
      score: 0.5,
      reason: 'checks/scores.mjs returned score 0.5 (passes at ≥ 0.75)',
    });
  });

  it('passes the test context and uses a returned verdict object with its reason', async () => {
    const fastEnough = js('checks/scores.mjs', { exportName: 'fastEnough' });
    expect(await run(fastEnough, 'hi', { latencyMs: 250 })).toMatchObject({ pass: true, score: 1, reason: 'support answered in 250 ms' });
    expect(await run(fastEnough, 'hi', { latencyMs: 2500 })).toMatchObject({ pass: false, score: 0.2, reason: 'support answered in 2500 ms' });
  });

  it('fails with the message when the function throws', async () => {
    expect(await run(js('checks/scores.mjs', { exportName: 'broken' }), 'hi')).toMatchObject({
      pass: false,
      score: 0,
      reason: 'checks/scores.mjs threw: vars.keywords is not set',
    });
  });

  it('fails when the function returns something that is not a verdict', async () => {
    expect((await run(js('checks/scores.mjs', { exportName: 'confused' }), 'hi')).reason).toBe(
      'checks/scores.mjs returned "yes"; expected a boolean, a score in [0, 1] or { pass, score?, reason? }',
    );
    expect((await run(js('checks/scores.mjs', { exportName: 'rambling' }), 'hi')).reason).toMatch(/^checks\/scores\.mjs returned \{"verdict":"good"\}; expected/);
    expect((await run(js('checks/scores.mjs', { exportName: 'overconfident' }), 'hi')).reason).toBe(
      'checks/scores.mjs returned 1.7; a score must be a number in [0, 1]',
    );
  });

  it('raises a UserError naming a missing file', async () => {
    const attempt = run(js('checks/nope.mjs'), 'hi');
    await expect(attempt).rejects.toBeInstanceOf(UserError);
    await expect(attempt).rejects.toThrow(/^cannot load custom assertion module checks\/nope\.mjs: /);
  });

  it('raises a UserError for a module with a syntax error', async () => {
    await expect(run(js('checks/syntax-error.mjs'), 'hi')).rejects.toThrow(/^cannot load custom assertion module checks\/syntax-error\.mjs/);
  });

  it('raises a UserError for a missing export', async () => {
    await expect(run(js('checks/scores.mjs', { exportName: 'nothing' }), 'hi')).rejects.toThrow(
      'custom assertion module checks/scores.mjs has no function export "nothing"',
    );
  });
});
