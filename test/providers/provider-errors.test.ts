import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { kindForStatus, retryAfterMs, throwAsProviderError } from '../../src/providers/provider-errors.js';
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
