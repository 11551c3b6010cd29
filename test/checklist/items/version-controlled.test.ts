import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { versionControlled } from '../../../src/checklist/items/version-controlled.js';
import { promptLiteralsIn } from '../../../src/checklist/items/prompt-literals.js';
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

/** The ready repository with `files` added on the PR branch (and the support prompt touched, so there is a change). */
async function check(files: Record<string, string>) {
  const repo = readyRepo(repos);
  const support = readFileSync(`${repo.dir}/prompts/support.prompt.yml`, 'utf8');
  repo.write({ 'prompts/support.prompt.yml': support.replace('Be friendly.', 'Be friendly and patient.'), ...files }).commit('change');
  const ctx = await checklistContext(repo, server);
  return { ctx, finding: await versionControlled.run(ctx) };
}

describe('checklist: prompts are version-controlled and tested', () => {
  it('passes when every prompt is a tracked file with tests and no prompt hides in code', async () => {
    const { ctx, finding } = await check({});
    expect(finding.status).toBe('pass');
    expect(finding.evidence).toBe(`2 prompts tracked in git at ${ctx.report.head.sha.slice(0, 7)} with 5 tests; no prompt-like strings in 1 source file`);
  });

  it('warns with file:line for prompt-like string literals in source code', async () => {
    const { finding } = await check({ 'src/agent.ts': variant('agent.ts'), 'scripts/summarise.py': variant('summarise.py') });
    expect(finding.status).toBe('warn');
    expect(finding.evidence).toContain('2 prompt-like strings in source code outside prompt files: scripts/summarise.py:5, src/agent.ts:12');
  });

  it('does not scan tests, vendored code or builds', async () => {
    const { finding } = await check({ 'test/agent.test.ts': variant('agent.ts'), 'node_modules/x/agent.js': variant('agent.ts'), 'dist/agent.js': variant('agent.ts') });
    expect(finding.status).toBe('pass');
  });

  it('fails naming a prompt that has no test', async () => {
    const { finding } = await check({ 'prompts/greet.prompt.yml': variant('prompts/greet.prompt.yml'), 'promptgate.yml': readyConfigWith('  - prompts/greet.prompt.yml\n') });
    expect(finding.status).toBe('fail');
    expect(finding.evidence).toMatch(/^1 of 3 prompts without a test: prompts\/greet\.prompt\.yml;/);
  });
});

describe('prompt-like literals', () => {
  it('joins concatenated literals and reports the line the string starts on', () => {
    const found = promptLiteralsIn('src/agent.ts', variant('agent.ts'));
    expect(found).toEqual([{ file: 'src/agent.ts', line: 12, preview: 'You are the triage assistant of Acme. Re' }]);
  });

  it('finds triple-quoted Python prompts and ignores short or ordinary strings', () => {
    expect(promptLiteralsIn('a.py', variant('summarise.py')).map((l) => l.line)).toEqual([5]);
    expect(promptLiteralsIn('a.ts', `const a = 'You are here';\nconst b = "${'x'.repeat(120)}";\n`)).toEqual([]);
  });

  it('catches an instruction phrase that does not open the string', () => {
    const text = `const p = \`Classify the ticket below into a queue for the support desk and keep it short.\nRespond only with the queue name.\`;`;
    expect(promptLiteralsIn('q.js', text)).toHaveLength(1);
  });
});

function readyConfigWith(entry: string): string {
  const config = readFileSync(`${FIXTURES}ready/promptgate.yml`, 'utf8');
  return config.replace('\nproviders:', `${entry}\nproviders:`);
}
