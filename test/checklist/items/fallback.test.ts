import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { authoredTests } from '../../../src/checklist/items/common.js';
import { fallback, FALLBACK_DRILL_TESTS_PER_PROMPT } from '../../../src/checklist/items/fallback.js';
import type { TestRepo } from '../../support/git-repo.js';
import { startModelServer, type ScriptedModelServer } from '../../support/model-server.js';
import { checklistContext, readyRepo, startSmallModel, type ContextOptions } from '../../support/checklist-harness.js';

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

const PRIMARY = 'github:openai/gpt-4o-mini';

/** The ready repository whose PR touches the support prompt, with the fallback chain replaced by `chain`. */
async function check(chain: string, opts: ContextOptions = {}) {
  const repo = readyRepo(repos);
  const read = (path: string) => readFileSync(`${repo.dir}/${path}`, 'utf8');
  repo.write({
    'prompts/support.prompt.yml': read('prompts/support.prompt.yml').replace('Be friendly.', 'Be friendly and patient.'),
    'promptgate.yml': read('promptgate.yml').replace('  fallback: [anthropic:claude-haiku-4-5]\n', chain),
  });
  repo.commit('change support');
  const ctx = await checklistContext(repo, server, opts);
  server.reset();
  return { ctx, finding: await fallback.run(ctx) };
}

describe('checklist: fallback provider configured and tested', () => {
  it('passes when every test is answered by the fallback with the primary forced down', async () => {
    const { finding } = await check('  fallback: [anthropic:claude-haiku-4-5]\n');
    expect(finding).toEqual({
      status: 'pass',
      evidence: `${PRIMARY} forced down: 3/3 tests answered by anthropic:claude-haiku-4-5; pass rate 100% on the fallback vs 100% on the primary; chain: anthropic:claude-haiku-4-5`,
    });
    // The outage was simulated in promptgate's client: the primary was never called.
    expect(new Set(server.calls().map((c) => `${c.path} ${c.model}`))).toEqual(new Set(['/v1/messages claude-haiku-4-5']));
  });

  it('drills a prompt of many tests on a spread of them, not all of them', async () => {
    const repo = readyRepo(repos);
    const read = (path: string) => readFileSync(`${repo.dir}/${path}`, 'utf8');
    const rows = Array.from({ length: 97 }, (_, i) => `  - question: Where is order number ${i}?\n    expected: order`).join('\n');
    repo.write({ 'prompts/support.prompt.yml': read('prompts/support.prompt.yml').replace('Be friendly.', 'Be friendly and patient.').replace('testData:\n', `testData:\n${rows}\n`) });
    repo.commit('change support, 100 tests');
    const ctx = await checklistContext(repo, server);
    server.reset();
    const finding = await fallback.run(ctx);
    expect(finding.status).toBe('pass');
    expect(finding.evidence).toContain(`${FALLBACK_DRILL_TESTS_PER_PROMPT}/${FALLBACK_DRILL_TESTS_PER_PROMPT} tests answered by anthropic:claude-haiku-4-5 (${FALLBACK_DRILL_TESTS_PER_PROMPT} of the 100 tests, spread over each prompt's list)`);
    const asked = server.calls().filter((c) => c.model === 'claude-haiku-4-5');
    expect(asked).toHaveLength(FALLBACK_DRILL_TESTS_PER_PROMPT);
    // Spread over the list: tests near its end are drilled too, not only the first fifty.
    const tests = authoredTests(ctx.head.prompts.find((p) => p.prompt.id === 'support')!);
    expect(tests).toHaveLength(100);
    const drilled = (i: number) => asked.some((c) => c.messages?.some((m) => m.content === tests[i]!.vars.question));
    expect([0, 50, 98].map(drilled)).toEqual([true, true, true]);
    expect(drilled(99)).toBe(false);
  });

  it('fails when no fallback is configured', async () => {
    const { finding } = await check('');
    expect(finding).toEqual({ status: 'fail', evidence: 'no fallback model: providers.fallback is empty' });
  });

  it('fails when the only fallback is the primary itself', async () => {
    const { finding } = await check(`  fallback: [${PRIMARY}]\n`);
    expect(finding.status).toBe('fail');
    expect(finding.evidence).toBe(`${PRIMARY} has no fallback but itself (support); chain: ${PRIMARY}`);
  });

  it('fails when the drill errors because the fallback is down too', async () => {
    const { finding } = await check('  fallback: [openai:gpt-4o-mini-fault-500]\n');
    expect(finding.status).toBe('fail');
    expect(finding.evidence).toBe(
      `${PRIMARY} forced down: 3 of 3 tests errored (${PRIMARY}: treated as down (forceDown outage drill); fallbacks failed too: openai:gpt-4o-mini-fault-500 (server)); chain: openai:gpt-4o-mini-fault-500`,
    );
  });

  it('warns when the fallback passes fewer tests than the primary', async () => {
    const small = await startSmallModel({ maxChars: 100_000, answer: "I'm not sure about that." });
    try {
      const chain = `  fallback: [small:tiny]\n  endpoints:\n    small: { baseUrl: "${small.baseUrl}" }\n`;
      const { finding } = await check(chain);
      expect(finding).toEqual({
        status: 'warn',
        evidence: `${PRIMARY} forced down: 3/3 tests answered by small:tiny; pass rate 0% on the fallback vs 100% on the primary; chain: small:tiny`,
      });
    } finally {
      await small.close();
    }
  });

  it('warns that nothing was drilled when the answers come from the response cache', async () => {
    const { finding } = await check('  fallback: [anthropic:claude-haiku-4-5]\n', { cache: true });
    expect(finding.status).toBe('warn');
    expect(finding.evidence).toMatch(new RegExp(`^${PRIMARY} forced down: 3 answers came from the response cache, so the outage was not exercised`));
  });

  it('is n/a when no prompt changed', async () => {
    const repo = readyRepo(repos);
    repo.write({ 'src/app.ts': '// no prompt change\n' }).commit('code only');
    expect(await fallback.run(await checklistContext(repo, server))).toEqual({ status: 'n/a', evidence: 'no prompt changed' });
  });
});
