import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { kindForStatus, rateLimitReset, retryAfterMs, throwAsProviderError } from '../../src/providers/provider-errors.js';
import { ProviderError } from '../../src/providers/types.js';

function thrown(fn: () => never): ProviderError {
  try {
    fn();
  } catch (err) {
    if (err instanceof ProviderError) return err;
    throw err;
  }
}

describe('retryAfterMs', () => {
  it('prefers retry-after-ms, then retry-after seconds, then an HTTP date', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(retryAfterMs(new Headers({ 'retry-after-ms': '75', 'retry-after': '9' }), now)).toBe(75);
    expect(retryAfterMs(new Headers({ 'retry-after': '1.5' }), now)).toBe(1500);
    expect(retryAfterMs(new Headers({ 'retry-after': 'Wed, 01 Jan 2025 00:00:03 GMT' }), now)).toBe(3000);
    expect(retryAfterMs(new Headers({ 'retry-after': 'soon' }), now)).toBeUndefined();
    expect(retryAfterMs(undefined, now)).toBeUndefined();
  });
});

describe('rate-limit reset headers', () => {
  const now = Date.parse('2025-01-01T00:00:00Z');

  it('reads OpenAI, Azure and GitHub Models durations, and waits for the limit that ran out', () => {
    const headers = new Headers({
      'x-ratelimit-remaining-requests': '0',
      'x-ratelimit-reset-requests': '1m30.5s',
      'x-ratelimit-remaining-tokens': '5000',
      'x-ratelimit-reset-tokens': '20ms',
    });
    expect(rateLimitReset(headers, now)).toEqual({ limit: 'requests', inMs: 90_500 });
    expect(retryAfterMs(headers, now)).toBe(90_500);
  });

  it('takes the soonest reset when no remaining count says which limit ran out', () => {
    expect(rateLimitReset(new Headers({ 'x-ratelimit-reset-requests': '6m0s', 'x-ratelimit-reset-tokens': '2s' }), now)).toEqual({ limit: 'tokens', inMs: 2000 });
    expect(rateLimitReset(new Headers({ 'x-ratelimit-reset-requests': '12' }), now)).toEqual({ limit: 'requests', inMs: 12_000 });
  });

  it("reads Anthropic's RFC 3339 reset times", () => {
    const headers = new Headers({ 'anthropic-ratelimit-input-tokens-remaining': '0', 'anthropic-ratelimit-input-tokens-reset': '2025-01-01T00:00:04Z' });
    expect(rateLimitReset(headers, now)).toEqual({ limit: 'input tokens', inMs: 4000 });
  });

  it('prefers an explicit retry-after to any reset header', () => {
    expect(retryAfterMs(new Headers({ 'retry-after': '3', 'x-ratelimit-reset-requests': '60s' }), now)).toBe(3000);
  });
});

describe('kindForStatus', () => {
  it.each([
    [429, { code: 'rate_limit_exceeded' }, 'rate_limit'],
    [429, { code: 'insufficient_quota' }, 'quota'],
    [429, { type: 'error', error: { type: 'insufficient_quota' } }, 'quota'],
    [402, undefined, 'quota'],
    [529, undefined, 'overloaded'],
    [503, { type: 'error', error: { type: 'overloaded_error' } }, 'overloaded'],
    [502, undefined, 'server'],
    [408, undefined, 'timeout'],
    [401, undefined, 'auth'],
    [403, undefined, 'auth'],
    [400, undefined, 'bad_request'],
    [404, undefined, 'bad_request'],
    [422, undefined, 'bad_request'],
  ])('%i with %j → %s', (status, body, kind) => {
    expect(kindForStatus(status, body)).toBe(kind);
  });

  it('does not take a rate-limit message that links to a quota page for exhausted quota', () => {
    expect(kindForStatus(429, { code: '429', message: 'see https://aka.ms/oai/quotaincrease' })).toBe('rate_limit');
  });
});

describe('throwAsProviderError', () => {
  it('never repeats the API key in the message', () => {
    const sdkError = new OpenAI.APIError(401, { message: 'Incorrect API key provided: sk-live-secret-123' }, undefined, new Headers());
    const err = thrown(() => throwAsProviderError(sdkError, { modelId: 'openai:gpt-4o', sdk: OpenAI, secrets: ['sk-live-secret-123'] }));
    expect(err.kind).toBe('auth');
    expect(err.message).not.toContain('sk-live-secret-123');
    expect(err.message).toContain('***');
  });
});
