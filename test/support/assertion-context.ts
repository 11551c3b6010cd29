import { fileURLToPath } from 'node:url';
import type { AssertionContext } from '../../src/assertions/types.js';
import type { AssertionSpec } from '../../src/prompts/assertion-spec.js';
import type { Prompt } from '../../src/prompts/model.js';

/** fixtures/assertions: where custom checks and schemas for these tests live. */
export const FIXTURES = fileURLToPath(new URL('../../fixtures/assertions/', import.meta.url));

/** A support prompt with a system message and a templated user message. */
export const SUPPORT_PROMPT: Prompt = {
  id: 'support',
  path: 'prompts/support.prompt.yml',
  format: 'github-models',
  engine: 'mustache',
  model: 'openai/gpt-4o-mini',
  params: {},
  messages: [
    { role: 'system', content: 'You are a support agent. Refunds are accepted within 30 days of purchase.' },
    { role: 'user', content: 'Customer question: {{question}}' },
  ],
  variables: ['question'],
  tests: [],
  version: 'abc123def456',
  meta: {},
};

/**
 * A context for SUPPORT_PROMPT whose judge and embeddings fail loudly unless a test provides
 * them. Vars always include `question`, as a real run's would.
 */
export function makeContext(overrides: Partial<AssertionContext> = {}): AssertionContext {
  return {
    output: '',
    prompt: SUPPORT_PROMPT,
    latencyMs: 120,
    model: 'github:openai/gpt-4o-mini',
    judge: () => Promise.reject(new Error('this test makes no judge calls')),
    embed: () => Promise.reject(new Error('this test makes no embedding calls')),
    baseDir: FIXTURES,
    moduleRoot: FIXTURES,
    ...overrides,
    vars: { question: 'How long do refunds take?', ...overrides.vars },
  };
}

/** A spec with the defaults the schema would fill in. */
export function spec(type: AssertionSpec['type'], value?: unknown, extra: Partial<AssertionSpec> = {}): AssertionSpec {
  return { type, negate: false, weight: 1, ...(value === undefined ? {} : { value }), ...extra };
}
