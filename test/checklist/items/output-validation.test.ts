import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { outputValidation } from '../../../src/checklist/items/output-validation.js';
import type { TestRepo } from '../../support/git-repo.js';
import { startModelServer, type ScriptedModelServer } from '../../support/model-server.js';
import { FIXTURES, checklistContext, readyRepo } from '../../support/checklist-harness.js';

const variant = (path: string) => readFileSync(`${FIXTURES}variants/${path}`, 'utf8');

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

async function check(files: (read: (path: string) => string) => Record<string, string>) {
  const repo = readyRepo(repos);
  repo.write(files((path) => readFileSync(`${repo.dir}/${path}`, 'utf8'))).commit('change');
  return outputValidation.run(await checklistContext(repo, server));
}

/** The refund decision as a free JSON object, tested by the tests in the config. */
const refundTestedInConfig = (config: string) => () => ({
  'prompts/refund.prompt.yml': variant('prompts/refund-json-object.prompt.yml'),
  'promptgate.yml': config,
});

describe('checklist: output validation on safety-critical paths', () => {
  it('passes a critical prompt whose response format is a JSON schema', async () => {
    const finding = await check((read) => ({ 'prompts/refund.prompt.yml': read('prompts/refund.prompt.yml').replace('description: ', 'description: Reviewed. ') }));
    expect(finding).toEqual({ status: 'pass', evidence: 'refund: json_schema response format' });
  });

  it('passes a critical prompt whose every test has a structural check', async () => {
    const finding = await check(refundTestedInConfig(variant('promptgate.refund-tests.yml')));
    expect(finding).toEqual({ status: 'pass', evidence: 'refund: 2/2 tests check structure' });
  });

  it('fails naming the tests of a critical prompt that only check words', async () => {
    const config = variant('promptgate.refund-tests.yml').replace(`      - regex: '"approve":\\s*(true|false)'`, '      - contains: approve');
    const finding = await check(refundTestedInConfig(config));
    expect(finding).toEqual({ status: 'fail', evidence: 'refund: 1 of 2 tests without json-schema, is-json, regex or equals: refund#used-saw (promptgate.yml)' });
  });

  it('does not count a negated or report-only check as validation', async () => {
    const config = variant('promptgate.refund-tests.yml')
      .replace('      - is-json:\n', '      - not-is-json:\n')
      .replace(`      - regex: '"approve":\\s*(true|false)'`, `      - { regex: '"approve"', weight: 0 }`);
    const finding = await check(refundTestedInConfig(config));
    expect(finding.status).toBe('fail');
    expect(finding.evidence).toMatch(/^refund: 2 of 2 tests without/);
  });

  it('is n/a when no changed prompt is critical', async () => {
    const finding = await check((read) => ({ 'prompts/support.prompt.yml': read('prompts/support.prompt.yml').replace('Be friendly.', 'Be kind.') }));
    expect(finding).toEqual({ status: 'n/a', evidence: 'no changed prompt is marked critical' });
  });
});
