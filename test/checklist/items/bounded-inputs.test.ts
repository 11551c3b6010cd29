import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { boundedInputs, fillToTokens } from '../../../src/checklist/items/bounded-inputs.js';
import { knownContextWindow } from '../../../src/checklist/items/context-windows.js';
import { countTokens } from '../../../src/prompts/tokens.js';
import type { TestRepo } from '../../support/git-repo.js';
import { startModelServer, type ScriptedModelServer } from '../../support/model-server.js';
import { checklistContext, readyRepo, startSmallModel } from '../../support/checklist-harness.js';

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

/** The ready repository whose PR touches the support prompt, with its config edited by `config`. */
async function check(config: (text: string) => string = (t) => t) {
  const repo = readyRepo(repos);
  const read = (path: string) => readFileSync(`${repo.dir}/${path}`, 'utf8');
  repo.write({
    'prompts/support.prompt.yml': read('prompts/support.prompt.yml').replace('Be friendly.', 'Be friendly and patient.'),
    'promptgate.yml': config(read('promptgate.yml')),
  });
  repo.commit('change support');
  const ctx = await checklistContext(repo, server);
  server.reset();
  return { ctx, finding: await boundedInputs.run(ctx) };
}

const supportLimit = (lines: string) => (config: string) => config.replace('    maxInputTokens: 500\n', lines);

describe('checklist: context inputs are bounded', () => {
  it('passes when the limit fits the window and a request filled to the limit is answered', async () => {
    const { finding } = await check();
    expect(finding.status).toBe('pass');
    expect(finding.evidence).toMatch(/^support: template \d+ \+ input 500 \+ reply 120 = \d+ tokens ≤ 128,000; drill at 500 input tokens answered$/);
    // The drill really sent 500 tokens of user input (by gpt-4o-mini's tokenizer), no more.
    const sent = server.calls().map((c) => c.messages!.find((m) => m.role === 'user')!.content);
    expect(sent).toHaveLength(1);
    const tokens = await countTokens('github:openai/gpt-4o-mini', sent[0]!);
    expect(tokens).toBeLessThanOrEqual(500);
    expect(tokens).toBeGreaterThan(490);
  });

  it('fails naming a prompt that takes user input without maxInputTokens', async () => {
    const { finding } = await check(supportLimit(''));
    expect(finding.status).toBe('fail');
    expect(finding.evidence).toBe('no maxInputTokens for user input: support (question)');
  });

  it('fails when the template, the limit and the reply overflow the context window', async () => {
    const { finding } = await check(supportLimit('    model: openai:gpt-4\n    maxInputTokens: 9000\n'));
    expect(finding.status).toBe('fail');
    expect(finding.evidence).toMatch(/^support: template \d+ \+ input 9,000 \+ reply 120 = 9,\d{3} tokens > 8,192-token window of openai:gpt-4; drill at 9,000 input tokens answered$/);
  });

  it("warns when the model's window is unknown, and uses the config's contextWindow when given", async () => {
    const unknown = await check(supportLimit('    model: openai:acme-support-ft\n    maxInputTokens: 500\n'));
    expect(unknown.finding.status).toBe('warn');
    expect(unknown.finding.evidence).toMatch(/^support: context window of openai:acme-support-ft unknown \(template \d+ \+ input 500 \+ reply 120 = \d+ tokens\), set contextWindow; drill at 500 input tokens answered$/);
    const declared = await check(supportLimit('    model: openai:acme-support-ft\n    maxInputTokens: 500\n    contextWindow: 16000\n'));
    expect(declared.finding.status).toBe('pass');
    expect(declared.finding.evidence).toContain('≤ 16,000');
  });

  it('fails when a request filled to the limit is rejected for its length', async () => {
    const small = await startSmallModel({ maxChars: 1500, answer: 'Refunds take 30 days; shipping takes 3 to 5 business days; free of charge.' });
    try {
      const { finding } = await check((config) =>
        supportLimit('    model: small:tiny\n    maxInputTokens: 500\n    contextWindow: 4096\n')(config).replace(
          '  maxRetries: 0\n',
          `  maxRetries: 0\n  endpoints:\n    small: { baseUrl: "${small.baseUrl}" }\n`,
        ),
      );
      expect(finding.status).toBe('fail');
      expect(finding.evidence).toMatch(/^support: template \d+ \+ input 500 \+ reply 120 = \d+ tokens ≤ 4,096; drill at 500 input tokens rejected: small:tiny: request rejected \(HTTP 400\): This model's maximum context length is 1500 characters/);
    } finally {
      await small.close();
    }
  });

  it('is n/a when no prompt changed', async () => {
    const repo = readyRepo(repos);
    repo.write({ 'src/app.ts': '// no prompt change\n' }).commit('code only');
    const finding = await boundedInputs.run(await checklistContext(repo, server));
    expect(finding).toEqual({ status: 'n/a', evidence: 'no prompt changed' });
  });
});

describe('filling input to a token count', () => {
  it('reaches the count exactly or within a few tokens under it, with the real tokenizer', async () => {
    for (const target of [7, 500, 3000]) {
      const text = await fillToTokens('How many days do I have to ask for a refund on an unused drill?', target, 'github:openai/gpt-4o-mini');
      const tokens = await countTokens('github:openai/gpt-4o-mini', text);
      expect(tokens).toBeLessThanOrEqual(target);
      expect(tokens).toBeGreaterThanOrEqual(target - 3);
    }
  });
});

describe('known context windows', () => {
  it('knows model families by name whatever the provider prefix', () => {
    expect(knownContextWindow('github:openai/gpt-4o-mini')).toBe(128_000);
    expect(knownContextWindow('openai:gpt-4.1-mini')).toBe(1_047_576);
    expect(knownContextWindow('openai:gpt-4')).toBe(8_192);
    expect(knownContextWindow('anthropic:claude-haiku-4-5')).toBe(200_000);
    expect(knownContextWindow('ollama:llama3.1:8b')).toBe(128_000);
    expect(knownContextWindow('openai:acme-support-ft')).toBeUndefined();
  });
});
