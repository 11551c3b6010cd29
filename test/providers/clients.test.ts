import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createProviderClient } from '../../src/providers/clients.js';
import { parseModelRef, type EndpointMap } from '../../src/providers/model-ref.js';
import { ProviderError, type ChatRequest, type ProviderClient } from '../../src/providers/types.js';
import { startModelServer, type ScriptedModelServer } from '../support/model-server.js';
import { answer, embedText } from '../support/scripted-answers.js';

let server: ScriptedModelServer;
let endpoints: EndpointMap;

beforeAll(async () => {
  server = await startModelServer();
  endpoints = { vllm: { baseUrl: `${server.url}/v1`, apiKeyEnv: 'VLLM_API_KEY' } };
});
afterAll(() => server.close());
beforeEach(() => server.reset());

function clientFor(id: string, env: NodeJS.ProcessEnv = { ...server.env(), VLLM_API_KEY: 'vllm-key' }): ProviderClient {
  return createProviderClient(parseModelRef(id, endpoints), env, endpoints);
}

const request: ChatRequest = {
  messages: [
    { role: 'developer', content: 'You are a support bot. Refunds take 30 days. Be concise.' },
    { role: 'user', content: 'How long do refunds take?' },
  ],
  params: { temperature: 0, maxTokens: 200 },
};
const expected = answer({ messages: request.messages, maxTokens: 200 });

async function caught(promise: Promise<unknown>): Promise<ProviderError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(err instanceof ProviderError)) throw new Error(`expected a ProviderError, got ${String(err)}`);
  return err;
}

describe('provider clients over the SDKs', () => {
  const kinds = [
    ['openai:gpt-4o-mini', '/v1/chat/completions', 'gpt-4o-mini'],
    ['azure:my-gpt-deployment', '/openai/deployments/my-gpt-deployment/chat/completions', 'my-gpt-deployment'],
    ['github:openai/gpt-4o-mini', '/inference/chat/completions', 'openai/gpt-4o-mini'],
    ['ollama:llama3.2', '/v1/chat/completions', 'llama3.2'],
    ['vllm:my-model', '/v1/chat/completions', 'my-model'],
    ['anthropic:claude-haiku-4-5', '/v1/messages', 'claude-haiku-4-5'],
  ] as const;

  it.each(kinds)('%s answers a whole completion at %s', async (id, path, model) => {
    const response = await clientFor(id).chat(parseModelRef(id, endpoints).model, request);
    expect(response.text).toBe(expected);
    expect(response.usage.inputTokens).toBe(Math.ceil(16 * 1.3));
    expect(response.usage.outputTokens).toBe(Math.ceil(4 * 1.3));
    expect(response.ttftMs).toBeUndefined();
    expect(server.calls()).toEqual([expect.objectContaining({ path, model, stream: false, status: 200 })]);
  });

  it.each(kinds)('%s streams with time to first token and usage', async (id, path) => {
    server.setLatency(60);
    const response = await clientFor(id).chat(parseModelRef(id, endpoints).model, { ...request, stream: true });
    expect(response.text).toBe(expected);
    expect(response.ttftMs).toBeGreaterThanOrEqual(55);
    expect(response.latencyMs).toBeGreaterThanOrEqual(response.ttftMs ?? 0);
    expect(response.usage).toEqual({ inputTokens: Math.ceil(16 * 1.3), outputTokens: Math.ceil(4 * 1.3) });
    expect(server.calls()).toEqual([expect.objectContaining({ path, stream: true })]);
  });

  it('sends developer text as system where only OpenAI knows the developer role', async () => {
    await clientFor('openai:gpt-4o-mini').chat('gpt-4o-mini', request);
    await clientFor('github:openai/gpt-4o-mini').chat('openai/gpt-4o-mini', request);
    await clientFor('anthropic:claude-haiku-4-5').chat('claude-haiku-4-5', request);
    expect(server.calls().map((c) => c.messages?.[0]?.role)).toEqual(['developer', 'system', 'system']);
  });

  it('asks for JSON through response_format and gets the schema filled', async () => {
    const schema = { type: 'object', properties: { answer: { type: 'string' }, confidence: { type: 'number' } } };
    const response = await clientFor('openai:gpt-4o-mini').chat('gpt-4o-mini', {
      ...request,
      responseFormat: { type: 'json_schema', name: 'reply', schema },
    });
    expect(JSON.parse(response.text)).toEqual({ answer: 'Refunds take 30 days.', confidence: 0.9 });
  });

  it('embeds through the OpenAI SDK (base64 on the wire) in input order', async () => {
    const vectors = await clientFor('github:openai/text-embedding-3-small').embed('openai/text-embedding-3-small', ['refund policy', 'pizza']);
    expect(vectors).toHaveLength(2);
    expect(vectors[0]?.[0]).toBeCloseTo(embedText('refund policy')[0] ?? 0, 5);
    expect(server.calls()[0]).toMatchObject({ path: '/inference/embeddings', kind: 'embeddings' });
  });

  it('has no embeddings for Anthropic', async () => {
    const err = await caught(clientFor('anthropic:claude-haiku-4-5').embed('claude-haiku-4-5', ['x']));
    expect(err.kind).toBe('bad_request');
  });
});

describe('configuration', () => {
  it.each([
    ['openai:gpt-4o', 'OPENAI_API_KEY'],
    ['github:openai/gpt-4o', 'GITHUB_TOKEN'],
    ['anthropic:claude-haiku-4-5', 'ANTHROPIC_API_KEY'],
    ['azure:dep', 'AZURE_OPENAI_ENDPOINT'],
    ['vllm:m', 'VLLM_API_KEY'],
  ])('%s without its key is not_configured and names %s', (id, variable) => {
    let err: unknown;
    try {
      clientFor(id, {});
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ProviderError);
    expect((err as ProviderError).kind).toBe('not_configured');
    expect((err as ProviderError).message).toContain(`set ${variable}`);
  });

  it('needs no key for Ollama', () => {
    expect(clientFor('ollama:llama3', {}).kind).toBe('ollama');
  });

  it('ignores OPENAI_BASE_URL for Azure, which has its own endpoint', async () => {
    const env = { ...server.env(), OPENAI_BASE_URL: 'http://127.0.0.1:9/v1' };
    await clientFor('azure:dep', env).chat('dep', request);
    expect(server.calls()[0]?.path).toBe('/openai/deployments/dep/chat/completions');
  });
});

describe('failures map to ProviderError kinds', () => {
  it.each([
    ['openai:fault-429', 'rate_limit', 429],
    ['openai:fault-quota', 'quota', 429],
    ['openai:fault-500', 'server', 500],
    ['openai:fault-401', 'auth', 401],
    ['anthropic:fault-529', 'overloaded', 529],
    ['anthropic:fault-quota', 'quota', 429],
    ['anthropic:fault-500', 'server', 500],
  ])('%s → %s', async (id, kind, status) => {
    const ref = parseModelRef(id);
    const err = await caught(clientFor(id).chat(ref.model, request));
    expect(err).toMatchObject({ kind, status, modelId: id });
    expect(err.message).toMatch(new RegExp(`^${id}: .*\\(HTTP ${status}\\)`));
  });

  it('reads retry-after-ms into retryAfterMs', async () => {
    const err = await caught(clientFor('openai:fault-429').chat('fault-429', request));
    expect(err.retryAfterMs).toBe(50);
    expect(err.retryable).toBe(true);
  });

  it('reads retry-after seconds when retry-after-ms is absent', async () => {
    server.setFaults([{ kind: '429', retryAfterSeconds: 2 }]);
    const err = await caught(clientFor('anthropic:claude-haiku-4-5').chat('claude-haiku-4-5', request));
    expect(err).toMatchObject({ kind: 'rate_limit', retryAfterMs: 2000 });
  });

  it.each([false, true])('a truncated body is malformed (stream: %s)', async (stream) => {
    for (const id of ['openai:fault-malformed', 'anthropic:fault-malformed']) {
      const err = await caught(clientFor(id).chat('fault-malformed', { ...request, stream }));
      expect(err.kind).toBe('malformed');
    }
  });

  it('a hang ends as a timeout when the signal times out', async () => {
    const err = await caught(clientFor('openai:fault-hang').chat('fault-hang', { ...request, signal: AbortSignal.timeout(100) }));
    expect(err.kind).toBe('timeout');
  });

  it("a caller's abort is rethrown as the caller's reason, not as a provider failure", async () => {
    const controller = new AbortController();
    const reason = new Error('user pressed ctrl-c');
    setTimeout(() => controller.abort(reason), 50);
    await expect(clientFor('openai:fault-hang').chat('fault-hang', { ...request, signal: controller.signal })).rejects.toBe(reason);
  });

  it('an unreachable endpoint is a network error', async () => {
    const env = { ...server.env(), OPENAI_BASE_URL: 'http://127.0.0.1:9/v1' };
    const err = await caught(clientFor('openai:gpt-4o', env).chat('gpt-4o', request));
    expect(err.kind).toBe('network');
  });

  it('a missing route is a rejected request', async () => {
    const bad = { broken: { baseUrl: `${server.url}/nope` } };
    const client = createProviderClient(parseModelRef('broken:m', bad), {}, bad);
    const err = await caught(client.chat('m', request));
    expect(err).toMatchObject({ kind: 'bad_request', status: 404 });
  });
});

describe('GitHub Models billed to an organisation (PROMPTGATE_MODELS_ORG, the CLI\'s --org)', () => {
  it('calls the organisation\'s inference endpoint, as gh models eval --org does', async () => {
    const client = clientFor('github:openai/gpt-4o-mini', { ...server.env(), PROMPTGATE_MODELS_ORG: 'acme' });
    await client.chat('openai/gpt-4o-mini', request);
    expect(server.calls().map((c) => c.path)).toEqual(['/orgs/acme/inference/chat/completions']);
  });

  it('is a configuration problem, not a request, when the name could change the URL or the URL has no /inference', () => {
    for (const org of ['a/b', '..', 'a b', 'x%2F']) {
      expect(() => clientFor('github:openai/gpt-4o-mini', { ...server.env(), PROMPTGATE_MODELS_ORG: org })).toThrow(/PROMPTGATE_MODELS_ORG: ".*" is not a GitHub organisation name/);
    }
    expect(() => clientFor('github:openai/gpt-4o-mini', { ...server.env(), PROMPTGATE_MODELS_URL: `${server.url}/v1`, PROMPTGATE_MODELS_ORG: 'acme' })).toThrow(/needs a models URL ending in \/inference/);
  });
});
