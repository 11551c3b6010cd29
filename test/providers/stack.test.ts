import { calcPrice } from '@pydantic/genai-prices';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ProviderStack, type ProviderStackOptions } from '../../src/providers/stack.js';
import { ProviderError, type ChatRequest } from '../../src/providers/types.js';
import { startModelServer, type ScriptedModelServer } from '../support/model-server.js';

let server: ScriptedModelServer;

beforeAll(async () => {
  server = await startModelServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

/** A stack on the scripted server with fast, jitter-free backoff unless a test says otherwise. */
function stack(opts: ProviderStackOptions = {}): ProviderStack {
  return new ProviderStack({ env: server.env(), retry: { baseDelayMs: 5, random: () => 0 }, ...opts });
}

const request: ChatRequest = {
  messages: [
    { role: 'system', content: 'Refunds take 30 days.' },
    { role: 'user', content: 'How long do refunds take?' },
  ],
  params: {},
};

async function failure(promise: Promise<unknown>): Promise<ProviderError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(err instanceof ProviderError)) throw new Error(`expected a ProviderError, got ${String(err)}`);
  return err;
}

describe('ProviderStack retries', () => {
  it('waits as long as retry-after-ms says, then succeeds', async () => {
    server.setFaults([{ kind: '429', match: { model: 'gpt-4o-mini' }, times: 2, retryAfterMs: 120 }]);
    const s = stack();
    const started = performance.now();
    const result = await s.complete('openai:gpt-4o-mini', request);
    expect(performance.now() - started).toBeGreaterThanOrEqual(230);
    expect(result).toMatchObject({ modelId: 'openai:gpt-4o-mini', attempts: 3, fellBack: false });
    expect(result.text).toMatch(/^Refunds take 30 days\./);
    expect(s.stats).toEqual({ calls: 3, retries: 2, rateLimited: 2, failures: 0, fellBack: 0 });
  });

  it('waits out a 429 beyond maxRetries, up to its own cap on waits', async () => {
    const s = stack({ maxRetries: 0, retry: { baseDelayMs: 5, random: () => 0, maxRateLimitWaits: 4 } });
    const err = await failure(s.complete('openai:fault-429', request));
    expect(err.kind).toBe('rate_limit');
    expect(server.callCount()).toBe(5);
    expect(s.stats).toMatchObject({ calls: 5, retries: 4, rateLimited: 5, failures: 1 });
  });

  it('ends a call whose rate limit resets after the run budget as a quota, naming the limit and the reset time', async () => {
    server.setFaults([{ kind: '429', match: { model: 'gpt-4o-mini' }, retryAfterSeconds: 3600 }]);
    const s = stack({ budgetMs: 5_000 });
    const err = await failure(s.complete('openai:gpt-4o-mini', request));
    expect(err.kind).toBe('quota');
    expect(err.message).toMatch(/^openai:gpt-4o-mini: rate limited \(HTTP 429\): Rate limit reached; try again later\. — resets at \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ, after this run's time budget ends/);
    expect(server.callCount()).toBe(1);
  });

  it('never counts a rate limit towards the circuit breaker', async () => {
    server.setFaults([{ kind: '429', match: { model: 'gpt-4o-mini' }, times: 6, retryAfterMs: 1 }]);
    const s = stack({ maxRetries: 0, breaker: { failureThreshold: 1 } });
    const result = await s.complete('openai:gpt-4o-mini', request);
    expect(result.attempts).toBe(7);
  });

  it('retries a 500 and then succeeds', async () => {
    server.setFaults([{ kind: '500', times: 1 }]);
    const result = await stack().complete('github:openai/gpt-4o-mini', request);
    expect(result.attempts).toBe(2);
    expect(server.calls().map((c) => c.status)).toEqual([500, 200]);
  });

  it('retries an Anthropic 529 as overloaded', async () => {
    const err = await failure(stack({ maxRetries: 1 }).complete('anthropic:fault-529', request));
    expect(err.kind).toBe('overloaded');
    expect(server.callCount()).toBe(2);
  });

  it('times out a hanging call per attempt', async () => {
    const started = performance.now();
    const err = await failure(stack({ timeoutMs: 150, maxRetries: 1 }).complete('openai:fault-hang', request));
    expect(err.kind).toBe('timeout');
    expect(err.message).toContain('within 150 ms');
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    expect(server.callCount()).toBe(2);
  });

  it('reports a malformed body as malformed', async () => {
    const err = await failure(stack({ maxRetries: 0 }).complete('openai:fault-malformed', request));
    expect(err.kind).toBe('malformed');
  });

  it.each([
    ['openai:fault-quota', 'quota'],
    ['openai:fault-401', 'auth'],
  ])('stops at once on %s (%s) with exactly one call', async (id, kind) => {
    const err = await failure(stack({ maxRetries: 3 }).complete(id, request));
    expect(err.kind).toBe(kind);
    expect(server.callCount()).toBe(1);
  });

  it('names the env var when a key is missing, without calling anything', async () => {
    const err = await failure(new ProviderStack({ env: {} }).complete('anthropic:claude-haiku-4-5', request));
    expect(err.kind).toBe('not_configured');
    expect(err.message).toContain('ANTHROPIC_API_KEY');
    expect(server.callCount()).toBe(0);
  });

  it('stops retrying as soon as the caller aborts', async () => {
    const controller = new AbortController();
    const reason = new Error('cancelled');
    setTimeout(() => controller.abort(reason), 80);
    const s = stack({ retry: { baseDelayMs: 10_000, random: () => 0 } });
    await expect(s.complete('openai:fault-500', { ...request, signal: controller.signal })).rejects.toBe(reason);
    expect(server.callCount()).toBe(1);
  });
});

describe('ProviderStack fallback', () => {
  it('answers from the fallback when the primary is down', async () => {
    const s = stack({ maxRetries: 1, fallback: ['anthropic:claude-haiku-4-5'] });
    const result = await s.complete('openai:fault-500', request);
    expect(result).toMatchObject({ modelId: 'anthropic:claude-haiku-4-5', fellBack: true, attempts: 1 });
    expect(server.calls().map((c) => [c.model, c.status])).toEqual([
      ['fault-500', 500],
      ['fault-500', 500],
      ['claude-haiku-4-5', 200],
    ]);
    expect(s.stats).toEqual({ calls: 3, retries: 1, rateLimited: 0, failures: 0, fellBack: 1 });
  });

  it('treats forceDown models as down without calling them (outage drill)', async () => {
    const s = stack({ forceDown: ['openai/gpt-4o-mini'], fallback: ['anthropic:claude-haiku-4-5'] });
    const result = await s.complete('github:openai/gpt-4o-mini', request);
    expect(result).toMatchObject({ modelId: 'anthropic:claude-haiku-4-5', fellBack: true });
    expect(server.calls().map((c) => c.model)).toEqual(['claude-haiku-4-5']);
  });

  it("throws the primary's error, naming what each fallback hit, when the whole chain fails", async () => {
    const endpoints = { vllm: { baseUrl: server.url, apiKeyEnv: 'VLLM_API_KEY' } };
    const s = stack({ fallback: ['vllm:m', 'github:openai/gpt-4o-mini'], forceDown: ['github:openai/gpt-4o-mini'], endpoints });
    const err = await failure(s.complete('openai:fault-401', request));
    expect(err).toMatchObject({ kind: 'auth', modelId: 'openai:fault-401' });
    expect(err.message).toContain('fallbacks failed too: vllm:m (not_configured), github:openai/gpt-4o-mini (server)');
    expect(server.calls().map((c) => c.model)).toEqual(['fault-401']);
    expect(s.stats).toMatchObject({ calls: 1, failures: 1, fellBack: 0 });
  });

  it('does not fall back from a rejected request', async () => {
    const endpoints = { broken: { baseUrl: `${server.url}/nope` } };
    const s = stack({ endpoints, fallback: ['openai:gpt-4o-mini'] });
    const err = await failure(s.complete('broken:m', request));
    expect(err).toMatchObject({ kind: 'bad_request', status: 404 });
    // The server records model calls only, not 404s: the fallback model was never asked.
    expect(server.callCount()).toBe(0);
  });
});

describe('ProviderStack circuit breaker', () => {
  it('opens once retries fail again, fast-fails without calling, then probes after the cooldown', async () => {
    server.setFaults([{ kind: '500', match: { model: 'gpt-4o-mini' }, times: 4 }]);
    const s = stack({ maxRetries: 1, breaker: { failureThreshold: 2, cooldownMs: 150 } });
    // Each call: a first attempt (not counted) and a retry that fails too (counted).
    expect((await failure(s.complete('openai:gpt-4o-mini', request))).kind).toBe('server');
    expect((await failure(s.complete('openai:gpt-4o-mini', request))).kind).toBe('server');

    const open = await failure(s.complete('openai:gpt-4o-mini', request));
    expect(open.kind).toBe('circuit_open');
    expect(open.rootKind).toBe('server');
    expect(open.message).toMatch(/^openai:gpt-4o-mini: circuit open after 2 failed retries in a row \(last: openai:gpt-4o-mini: provider server error \(HTTP 500\)/);
    expect(server.callCount()).toBe(4);

    await new Promise((r) => setTimeout(r, 160));
    const probe = await s.complete('openai:gpt-4o-mini', request);
    expect(probe.text).toMatch(/^Refunds/);
    await s.complete('openai:gpt-4o-mini', request);
    expect(server.callCount()).toBe(6);
  });

  it('stays closed through a burst of 5xx that hits every call in flight and some retries', async () => {
    // Default breaker: 8 first attempts fail at once, then 4 of their retries; the other retries answer.
    server.setFaults([{ kind: '500', match: { model: 'gpt-4o-mini' }, times: 12 }]);
    const s = stack({ concurrency: 8, retry: { baseDelayMs: 200, random: () => 0 } });
    const results = await Promise.all(Array.from({ length: 8 }, () => s.complete('openai:gpt-4o-mini', request)));
    expect(results.every((r) => r.text.startsWith('Refunds'))).toBe(true);
    const after = await Promise.all(Array.from({ length: 8 }, () => s.complete('openai:gpt-4o-mini', request)));
    expect(after.map((r) => r.attempts)).toEqual(Array(8).fill(1));
    expect(s.stats).toMatchObject({ failures: 0, retries: 12 });
    expect(server.calls().filter((c) => c.status === 500)).toHaveLength(12);
  });

  it('lets the fallback answer while the primary circuit is open', async () => {
    const s = stack({ maxRetries: 1, breaker: { failureThreshold: 1 }, fallback: ['anthropic:claude-haiku-4-5'] });
    // The first call's retry fails too: the circuit opens and the fallback answers.
    expect((await s.complete('openai:fault-500', request)).modelId).toBe('anthropic:claude-haiku-4-5');
    const result = await s.complete('openai:fault-500', request);
    expect(result.modelId).toBe('anthropic:claude-haiku-4-5');
    expect(server.calls().filter((c) => c.model === 'fault-500')).toHaveLength(2);
  });
});

describe('ProviderStack concurrency', () => {
  it('never has more calls in flight than the global limit', async () => {
    server.setLatency(40);
    const s = stack({ concurrency: 3 });
    await Promise.all(Array.from({ length: 10 }, () => s.complete('openai:gpt-4o-mini', request)));
    expect(server.maxInFlight()).toBe(3);
  });

  it('limits each provider kind separately', async () => {
    server.setLatency(40);
    const s = stack({ concurrency: 10, perProviderConcurrency: 2 });
    await Promise.all(Array.from({ length: 6 }, () => s.complete('openai:gpt-4o-mini', request)));
    expect(server.maxInFlight()).toBe(2);
    server.reset();
    server.setLatency(40);
    await Promise.all(
      Array.from({ length: 6 }, (_, i) => s.complete(i % 2 ? 'openai:gpt-4o-mini' : 'anthropic:claude-haiku-4-5', request)),
    );
    expect(server.maxInFlight()).toBe(4);
  });

  it('frees the slot while a retry waits, holding back only the rate-limited model', async () => {
    server.setFaults([{ kind: '429', match: { model: 'gpt-4o' }, times: 1, retryAfterMs: 400 }]);
    const s = stack({ concurrency: 1 });
    const throttled = s.complete('openai:gpt-4o', request);
    await new Promise((r) => setTimeout(r, 30));
    const started = performance.now();
    await s.complete('openai:gpt-4o-mini', request);
    expect(performance.now() - started).toBeLessThan(200);
    expect((await throttled).attempts).toBe(2);
  });
});

describe('ProviderStack cost and embeddings', () => {
  it('prices a known model from the bundled genai-prices table', async () => {
    const result = await stack().complete('openai:gpt-4o-mini', request);
    const expected = calcPrice({ input_tokens: result.usage.inputTokens, output_tokens: result.usage.outputTokens }, 'gpt-4o-mini', { providerId: 'openai' });
    expect(result.costUsd).toBeGreaterThan(0);
    expect(result.costUsd).toBeCloseTo(expected?.total_price ?? Number.NaN, 12);
  });

  it('leaves an unknown model unpriced', async () => {
    const result = await stack().complete('ollama:llama3.2', request);
    expect(result.costUsd).toBeUndefined();
  });

  it('embeds with retries', async () => {
    server.setFaults([{ kind: '500', match: { path: '/v1/embeddings' }, times: 1 }]);
    const s = stack();
    const vectors = await s.embed('openai:text-embedding-3-small', ['a refund', 'shipping']);
    expect(vectors.map((v) => v.length)).toEqual([256, 256]);
    expect(s.stats.retries).toBe(1);
  });
});
