import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TokenCounts } from '../../src/engine/token-counts.js';
import { countMessageTokens } from '../../src/prompts/tokens.js';

const dir = mkdtempSync(join(tmpdir(), 'promptgate-tokens-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const messages = [
  { role: 'system' as const, content: 'You are a support assistant. Refunds take 30 days.' },
  { role: 'user' as const, content: '{{question}}' },
];

describe('remembered prompt token counts', () => {
  it('counts as the tokenizer does, and stores the count for the next run', async () => {
    const counts = new TokenCounts(dir);
    expect(await counts.ofMessages(messages, 'github:openai/gpt-4o-mini')).toEqual(await countMessageTokens(messages, 'github:openai/gpt-4o-mini'));
    await new Promise((resolve) => setImmediate(resolve)); // stored at the end of the turn
    expect(readdirSync(dir)).toHaveLength(1);
    expect(await new TokenCounts(dir).ofMessages(messages, 'openai:gpt-4o')).toEqual(await countMessageTokens(messages, 'openai:gpt-4o'));
  });

  it('shares a count between models of one encoding but keeps each model’s estimated flag', async () => {
    const counts = new TokenCounts(dir);
    const exact = await counts.ofMessages(messages, 'openai:gpt-4o');
    const estimate = await counts.ofMessages(messages, 'anthropic:claude-haiku-4-5');
    expect(estimate).toEqual({ ...exact, estimated: true });
  });

  it('counts every time and stores nothing without a directory', async () => {
    expect(await new TokenCounts(undefined).ofMessages(messages, 'gpt-4')).toEqual(await countMessageTokens(messages, 'gpt-4'));
  });
});
