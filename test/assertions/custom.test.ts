import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateAssertions } from '../../src/assertions/evaluate.js';
import type { AssertionSpec } from '../../src/prompts/assertion-spec.js';
import { UserError } from '../../src/util/errors.js';
import { FIXTURES, makeContext, spec } from '../support/assertion-context.js';

const js = (file: string, extra: Partial<AssertionSpec> = {}): AssertionSpec => spec('javascript', undefined, { file, ...extra });

async function failure(promise: Promise<unknown>): Promise<UserError> {
  const err = await promise.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(UserError);
  return err as UserError;
}

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
    await expect(attempt).rejects.toThrow('custom assertion module checks/nope.mjs does not exist in the trusted (base) commit');
  });

  it('raises a UserError for a module with a syntax error, without the host’s paths', async () => {
    const err = await failure(run(js('checks/syntax-error.mjs'), 'hi'));
    expect(err.message).toMatch(/^cannot load custom assertion module checks\/syntax-error\.mjs/);
    expect(err.format()).not.toContain(FIXTURES);
    expect(err.format()).not.toContain(process.cwd());
    expect(err.location).toEqual({ file: 'checks/syntax-error.mjs' });
  });
  it('raises a UserError for a missing export', async () => {
    await expect(run(js('checks/scores.mjs', { exportName: 'nothing' }), 'hi')).rejects.toThrow(
      'custom assertion module checks/scores.mjs has no function export "nothing"',
    );
  });
});

describe('javascript assertions are confined to the trusted files', () => {
  it.each([
    ['an absolute path', join(FIXTURES, 'checks/scores.mjs'), /is not a relative path/],
    ['a file URL', pathToFileURL(join(FIXTURES, 'checks/scores.mjs')).href, /is not a relative path/],
    ['a builtin', 'node:child_process', /is not a relative path/],
    ['a package of the host’s node_modules', '@actions/exec', /is not a \.js, \.mjs or \.cjs file: packages and other files cannot be loaded/],
    ['a climb out with ..', '../../node_modules/@actions/exec/lib/exec.js', /lies outside the repository/],
  ])('refuses %s', async (_, file, why) => {
    const err = await failure(run(js(file), 'hi'));
    expect(err.message).toMatch(why);
    expect(err.format()).not.toContain(FIXTURES);
  });

  it('refuses a symbolic link that leads out of the trusted files, and another installation’s files', async () => {
    const top = mkdtempSync(join(tmpdir(), 'promptgate-modules-'));
    try {
      const mine = join(top, 'acme', 'site');
      const theirs = join(top, 'other', 'repo');
      mkdirSync(join(mine, 'checks'), { recursive: true });
      mkdirSync(theirs, { recursive: true });
      writeFileSync(join(theirs, 'steal.mjs'), 'export default () => true;\n');
      symlinkSync(join(theirs, 'steal.mjs'), join(mine, 'checks/linked.mjs'));
      const ctx = { baseDir: mine, moduleRoot: mine };
      expect((await failure(run(js('checks/linked.mjs'), 'hi', ctx))).message).toMatch(/is a symbolic link that leads outside the repository/);
      expect((await failure(run(js('../../other/repo/steal.mjs'), 'hi', ctx))).message).toMatch(/lies outside the repository/);
    } finally {
      rmSync(top, { recursive: true, force: true });
    }
  });
});
