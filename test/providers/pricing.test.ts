import { describe, expect, it } from 'vitest';
import { costUsd } from '../../src/providers/pricing.js';

const usage = { inputTokens: 1_000_000, outputTokens: 1_000_000 };

describe('costUsd', () => {
  it('prices OpenAI, Anthropic and Azure models from the bundled table', async () => {
    for (const id of ['openai:gpt-4o-mini', 'anthropic:claude-haiku-4-5', 'azure:gpt-4o']) {
      expect(await costUsd(id, usage), id).toBeGreaterThan(0);
    }
  });

  it('prices GitHub Models at the publisher list price', async () => {
    expect(await costUsd('github:openai/gpt-4o-mini', usage)).toBe(await costUsd('openai:gpt-4o-mini', usage));
    expect(await costUsd('openai/gpt-4o-mini', usage)).toBe(await costUsd('openai:gpt-4o-mini', usage));
  });

  it('leaves local, self-hosted and unknown models unpriced', async () => {
    for (const id of ['ollama:llama3.2', 'vllm:my-model', 'openai:no-such-model', 'github:meta/Llama-3.3-70B-Instruct']) {
      expect(await costUsd(id, usage), id).toBeUndefined();
    }
  });

  it('costs nothing for no tokens', async () => {
    expect(await costUsd('openai:gpt-4o-mini', { inputTokens: 0, outputTokens: 0 })).toBe(0);
  });
});
