import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DRILL_TESTS_PER_PROMPT, gracefulDegradation } from '../../../src/checklist/items/graceful-degradation.js';
import type { TestRepo } from '../../support/git-repo.js';
import { startModelServer, type ScriptedModelServer } from '../../support/model-server.js';
import { checklistContext, readyRepo, type ContextOptions } from '../../support/checklist-harness.js';

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

/** The ready repository with `prompt` touched and the config edited by `config`. */
async function check(prompt: 'support' | 'refund', config: (text: string) => string = (t) => t, opts: ContextOptions = {}) {
  const repo = readyRepo(repos);
  const read = (path: string) => readFileSync(`${repo.dir}/${path}`, 'utf8');
  const file = `prompts/${prompt}.prompt.yml`;
  repo.write({ [file]: read(file).replace('description: ', 'description: Reviewed. '), 'promptgate.yml': config(read('promptgate.yml')) }).commit('change');
  const ctx = await checklistContext(repo, server, opts);
  server.reset();
  return gracefulDegradation.run(ctx);
}

const refundDegraded = (response: string) => (config: string) => config.replace('      error: RefundDecisionUnavailable', `      response: '${response}'`);

describe('checklist: graceful degradation when the model is unavailable', () => {
  it('passes an error contract once the all-down drill sees every call fail', async () => {
    const finding = await check('refund');
    expect(finding).toEqual({ status: 'pass', evidence: 'every provider forced down: 2/2 calls errored, none passed; refund: error contract "RefundDecisionUnavailable"' });
    expect(server.callCount()).toBe(0);
  });

  it('passes a static response that meets the JSON schema the prompt answers in', async () => {
    const finding = await check('refund', refundDegraded('{"approve": false, "reason": "Refund decisions are paused; a person will review your request."}'));
    expect(finding).toEqual({ status: 'pass', evidence: 'every provider forced down: 2/2 calls errored, none passed; refund: degraded response passes 1 format check' });
  });

  it('passes a static text response when the tests hold answers to no format', async () => {
    const finding = await check('support');
    expect(finding).toEqual({ status: 'pass', evidence: 'every provider forced down: 3/3 calls errored, none passed; support: static degraded response (no format checks to hold it to)' });
  });

  it('drills a prompt of many tests on its first ones only: the outage path is the same for each', async () => {
    const repo = readyRepo(repos);
    const file = 'prompts/support.prompt.yml';
    const rows = Array.from({ length: DRILL_TESTS_PER_PROMPT + 5 }, (_, i) => `  - question: Where is order number ${i}?\n    expected: order`).join('\n');
    const text = readFileSync(`${repo.dir}/${file}`, 'utf8').replace('description: ', 'description: Reviewed. ');
    repo.write({ [file]: text.replace('testData:\n', `testData:\n${rows}\n`) }).commit('many tests');
    const ctx = await checklistContext(repo, server);
    const finding = await gracefulDegradation.run(ctx);
    expect(finding.evidence).toMatch(new RegExp(`^every provider forced down: ${DRILL_TESTS_PER_PROMPT}/${DRILL_TESTS_PER_PROMPT} calls errored, none passed`));
  });

  it('fails a static response that breaks the format real answers must have', async () => {
    const finding = await check('refund', refundDegraded('Sorry, refunds are unavailable right now.'));
    expect(finding.status).toBe('fail');
    expect(finding.evidence).toMatch(/^refund: degraded response fails json_schema response format: .*not JSON/);
  });

  it('holds a static response to a catastrophic-backtracking pattern in linear time, and fails it', async () => {
    const config = (t: string) =>
      `${t.replace(/      response: .*\n/, `      response: ${'a'.repeat(30_000)}!\n`)}\ntests:\n  - prompt: support\n    vars: { question: Hi }\n    assert: [{ regex: '^(a+)+$' }]\n`;
    const finding = await check('support', config);
    expect(finding.status).toBe('fail');
    expect(finding.evidence).toMatch(/support: degraded response fails regex \/\^\(a\+\)\+\$\/ of support#c-[0-9a-f]+ \(promptgate\.yml\): expected output to match \/\^\(a\+\)\+\$\/; it did not/);
  });

  it('fails a static response too long to search, naming the file and the cap', async () => {
    const config = (t: string) =>
      `${t.replace(/      response: .*\n/, `      response: ${'a'.repeat(100_001)}\n`)}\ntests:\n  - prompt: support\n    vars: { question: Hi }\n    assert: [{ regex: '^a+$' }]\n`;
    const finding = await check('support', config);
    expect(finding.status).toBe('fail');
    expect(finding.evidence).toContain('support: degraded response in prompts/support.prompt.yml cannot be checked: regex assertion "^a+$" cannot search this output: the text is 100,001 characters; patterns search at most 100,000');
  });

  it('fails naming a changed prompt that declares no degraded behaviour', async () => {
    const finding = await check('support', (c) => c.replace(/    degraded:\n      response: .*\n/, ''));
    expect(finding).toEqual({ status: 'fail', evidence: 'no degraded response or error contract: support; every provider forced down: 3/3 calls errored, none passed' });
  });

  it('fails when answers still arrive with every provider down (here: from a shared response cache)', async () => {
    const finding = await check('refund', (t) => t, { cache: true });
    expect(finding.status).toBe('fail');
    expect(finding.evidence).toMatch(/^every provider forced down, yet 2 of 2 calls answered \(from the response cache\): refund#/);
  });

  it('is n/a when no prompt changed', async () => {
    const repo = readyRepo(repos);
    repo.write({ 'src/app.ts': '// no prompt change\n' }).commit('code only');
    expect(await gracefulDegradation.run(await checklistContext(repo, server))).toEqual({ status: 'n/a', evidence: 'no prompt changed' });
  });
});
