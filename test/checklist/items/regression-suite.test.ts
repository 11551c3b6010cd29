import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { regressionSuite } from '../../../src/checklist/items/regression-suite.js';
import type { TestRepo } from '../../support/git-repo.js';
import { startModelServer, type ScriptedModelServer } from '../../support/model-server.js';
import { FIXTURES, checklistContext, readyRepo } from '../../support/checklist-harness.js';

let server: ScriptedModelServer;
const repos: TestRepo[] = [];
beforeAll(async () => {
  server = await startModelServer();
});
afterAll(() => server.close());
afterEach(() => {
  server.reset();
  for (const r of repos.splice(0)) r.cleanup();
});

/**
 * Both prompts of the ready repository changed (plus `extra` files), checked with `env` as the
 * process environment; `onMain` is committed to the base branch first (config is the base's).
 */
async function check(env: Record<string, string>, extra: Record<string, string> = {}, onMain: Record<string, string> = {}) {
  const repo = readyRepo(repos);
  if (Object.keys(onMain).length) {
    repo.checkout('main').write(onMain).commit('main selects more prompts');
    repo.git('checkout', '--quiet', '-B', 'pr');
  }
  const read = (path: string) => readFileSync(`${repo.dir}/${path}`, 'utf8');
  repo.write({
    'prompts/support.prompt.yml': read('prompts/support.prompt.yml').replace('Be friendly.', 'Be kind.'),
    'prompts/refund.prompt.yml': read('prompts/refund.prompt.yml').replace('description: ', 'description: Reviewed. '),
    ...extra,
  });
  repo.commit('change');
  return regressionSuite.run(await checklistContext(repo, server, { env }));
}

describe('checklist: a regression eval suite runs in CI', () => {
  it('passes with the counts when the changed prompts have tests and this is a CI run', async () => {
    // The generated tests are the built-in adversarial pack's, counted apart from the team's own.
    const ci = await check({ CI: 'true' });
    expect(ci.status).toBe('pass');
    expect(ci.evidence).toMatch(/^5 tests \(\+\d+ generated\) on 2 changed prompts, run in CI$/);
    const actions = await check({ CI: 'true', GITHUB_ACTIONS: 'true' });
    expect(actions.evidence).toMatch(/^5 tests \(\+\d+ generated\) on 2 changed prompts, run in CI \(GitHub Actions\)$/);
  });

  it('warns when the suite runs outside CI', async () => {
    const local = await check({});
    expect(local.status).toBe('warn');
    expect(local.evidence).toMatch(/^5 tests \(\+\d+ generated\) on 2 changed prompts, run outside CI \(neither CI nor GITHUB_ACTIONS is set\)$/);
  });

  it('fails naming a changed prompt whose tests assert nothing, so pass whatever the model answers', async () => {
    const support = readFileSync(`${FIXTURES}ready/prompts/support.prompt.yml`, 'utf8');
    const unasserted = support.replace('Be friendly.', 'Be kind.').replace(/\nevaluators:[\s\S]*$/, '\n');
    expect(unasserted).not.toContain('evaluators');
    const finding = await check({ CI: 'true' }, { 'prompts/support.prompt.yml': unasserted });
    expect(finding).toEqual({ status: 'fail', evidence: '1 of 2 changed prompts without a test that can fail (none asserts anything): support' });
  });

  it('fails naming a changed prompt without tests', async () => {
    const greet = readFileSync(`${FIXTURES}variants/prompts/greet.prompt.yml`, 'utf8');
    const config = readFileSync(`${FIXTURES}ready/promptgate.yml`, 'utf8').replace('\nproviders:', '  - prompts/greet.prompt.yml\n\nproviders:');
    const finding = await check({ CI: 'true' }, { 'prompts/greet.prompt.yml': greet }, { 'promptgate.yml': config });
    expect(finding).toEqual({ status: 'fail', evidence: '1 of 3 changed prompts without a test: prompts/greet' });
  });

  it('is n/a when no prompt changed', async () => {
    const repo = readyRepo(repos);
    repo.write({ 'src/app.ts': '// no prompt change\n' }).commit('code only');
    expect(await regressionSuite.run(await checklistContext(repo, server, { env: { CI: 'true' } }))).toEqual({ status: 'n/a', evidence: 'no prompt changed' });
  });
});
