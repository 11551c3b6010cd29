import { describe, expect, it } from 'vitest';
import { endpointOf, parseModelRef } from '../../src/providers/model-ref.js';
import { UserError } from '../../src/util/errors.js';

describe('parseModelRef', () => {
  it.each([
    ['github:openai/gpt-4o-mini', 'github', 'openai/gpt-4o-mini', 'github:openai/gpt-4o-mini'],
    ['openai/gpt-4o-mini', 'github', 'openai/gpt-4o-mini', 'github:openai/gpt-4o-mini'],
    ['openai:gpt-4o', 'openai', 'gpt-4o', 'openai:gpt-4o'],
    ['azure:my-deployment', 'azure', 'my-deployment', 'azure:my-deployment'],
    ['anthropic:claude-haiku-4-5', 'anthropic', 'claude-haiku-4-5', 'anthropic:claude-haiku-4-5'],
    ['ollama:llama3.2:1b', 'ollama', 'llama3.2:1b', 'ollama:llama3.2:1b'],
  ])('reads %s as a %s model', (id, provider, model, normalised) => {
    expect(parseModelRef(id)).toEqual({ id: normalised, provider, model });
  });

  it('reads a named endpoint from config as OpenAI-compatible', () => {
    const ref = parseModelRef('vllm:my-model', { vllm: { baseUrl: 'http://127.0.0.1:8000/v1' } });
    expect(ref).toEqual({ id: 'vllm:my-model', provider: 'openai-compatible', model: 'my-model' });
    expect(endpointOf(ref)).toBe('vllm');
    expect(endpointOf(parseModelRef('openai/gpt-4o'))).toBe('github');
  });

  it('rejects an unknown prefix and lists the valid ones', () => {
    const err = catchError(() => parseModelRef('mistral:large', { vllm: { baseUrl: 'http://x' } }));
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toContain('unknown model provider "mistral"');
    expect((err as UserError).hint).toContain('github:, openai:, azure:, anthropic:, ollama:, vllm:');
  });

  it('rejects ids without a provider or a model, and endpoints named like a built-in', () => {
    expect(() => parseModelRef('gpt-4o')).toThrow(/no provider prefix/);
    expect(() => parseModelRef('openai:')).toThrow(/names no model/);
    expect(() => parseModelRef('openai:gpt-4o', { openai: { baseUrl: 'http://x' } })).toThrow(/taken by a built-in provider/);
  });
});

function catchError(fn: () => unknown): Error {
  try {
    fn();
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected a throw');
}
