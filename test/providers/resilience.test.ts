import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from '../../src/providers/breaker.js';
import { backoffDelayMs, sleep, withFallback, withRetries } from '../../src/providers/resilience.js';
import { ProviderError } from '../../src/providers/types.js';

const serverError = new ProviderError('server', 'openai:m', 'boom');

describe('backoffDelayMs', () => {
  it('doubles from 250 ms with equal jitter and caps at 8 s', () => {
    const low = { maxRetries: 9, random: () => 0 };
    const high = { maxRetries: 9, random: () => 0.999999 };
    expect([1, 2, 3, 6, 9].map((n) => backoffDelayMs(n, serverError, low))).toEqual([125, 250, 500, 4000, 4000]);
    expect(backoffDelayMs(1, serverError, high)).toBeCloseTo(250, 2);
    expect(backoffDelayMs(9, serverError, high)).toBeCloseTo(8000, 1);
  });

  it("honours the provider's retry-after however long: the run's budget decides whether to wait", () => {
    const limited = (ms: number): ProviderError => new ProviderError('rate_limit', 'openai:m', 'slow down', { retryAfterMs: ms });
    expect(backoffDelayMs(1, limited(1500), { maxRetries: 3 })).toBe(1500);
    expect(backoffDelayMs(1, limited(3_600_000), { maxRetries: 3 })).toBe(3_600_000);
  });
});

describe('withRetries', () => {
  it('retries retryable errors up to maxRetries, telling each attempt whether it is a retry, and reports the attempts', async () => {
    const retries: boolean[] = [];
    const result = await withRetries(async (retry) => {
      retries.push(retry);
      if (retries.length < 3) throw serverError;
      return 'ok';
    }, { maxRetries: 3, baseDelayMs: 1 });
    expect(result).toEqual({ value: 'ok', attempts: 3 });
    expect(retries).toEqual([false, true, true]);
  });

  it('waits out rate limits without using up maxRetries', async () => {
    let n = 0;
    const limited = new ProviderError('rate_limit', 'openai:m', 'slow down', { retryAfterMs: 1 });
    const result = await withRetries(async () => {
      if (++n < 6) throw limited;
      return 'ok';
    }, { maxRetries: 0 });
    expect(result).toEqual({ value: 'ok', attempts: 6 });
  });

  it('gives up at once, as a quota naming the reset time, when a rate limit resets after the deadline', async () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    const limited = new ProviderError('rate_limit', 'github:openai/gpt-4o-mini', 'github:openai/gpt-4o-mini: rate limited (HTTP 429): 150 per day (requests limit)', { retryAfterMs: 3_600_000, status: 429 });
    let n = 0;
    const err = await withRetries(async () => {
      n++;
      throw limited;
    }, { maxRetries: 3, deadline: now + 60_000, now: () => now }).then(
      () => undefined,
      (e: unknown) => e as ProviderError,
    );
    if (!err) throw new Error('expected the rate limit to end the call');
    expect(n).toBe(1);
    expect(err).toMatchObject({ kind: 'quota', modelId: 'github:openai/gpt-4o-mini', status: 429 });
    expect(err.message).toBe(
      "github:openai/gpt-4o-mini: rate limited (HTTP 429): 150 per day (requests limit) — resets at 2026-01-01T01:00:00Z, after this run's time budget ends (2026-01-01T00:01:00Z): re-run after the reset, or raise providers.budgetMs",
    );
  });

  it('does not retry errors that retrying cannot fix', async () => {
    let n = 0;
    const quota = new ProviderError('quota', 'openai:m', 'no credit');
    await expect(withRetries(async () => {
      n++;
      throw quota;
    }, { maxRetries: 3 })).rejects.toBe(quota);
    expect(n).toBe(1);
  });
});

describe('withFallback', () => {
  it('returns the first model that answers', async () => {
    const result = await withFallback(['a:1', 'b:2', 'c:3'], async (id) => {
      if (id === 'a:1') throw serverError;
      return id;
    });
    expect(result).toEqual({ value: 'b:2', modelId: 'b:2', fellBack: true });
  });

  it('rethrows the only error unchanged when there is no fallback', async () => {
    await expect(withFallback(['a:1'], () => Promise.reject(serverError))).rejects.toBe(serverError);
  });
});

describe('CircuitBreaker', () => {
  const err = new ProviderError('server', 'm', 'm: provider server error (HTTP 500)');

  it('opens at the threshold of failed retries, admits one probe after the cooldown, and re-opens if it fails', () => {
    let now = 0;
    const breaker = new CircuitBreaker({ failureThreshold: 3, cooldownMs: 1000, now: () => now });
    breaker.failed('m', err, true);
    breaker.failed('m', err, true);
    expect(() => breaker.admit('m')).not.toThrow();
    breaker.failed('m', err, true);
    expect(() => breaker.admit('m')).toThrow(/circuit open after 3 failed retries in a row \(last: m: provider server error \(HTTP 500\)\); not calling it for another 1 s/);
    expect(() => breaker.admit('other')).not.toThrow();

    now = 1000;
    expect(() => breaker.admit('m')).not.toThrow();
    expect(() => breaker.admit('m')).toThrow(ProviderError);
    // A failed probe re-opens it, first attempt or not.
    breaker.failed('m', err, false);
    now = 1500;
    expect(() => breaker.admit('m')).toThrow(/another 1 s/);
    now = 2000;
    breaker.admit('m');
    breaker.succeeded('m');
    expect(() => breaker.admit('m')).not.toThrow();
  });

  it('lets a new probe through when the last one was abandoned', () => {
    let now = 0;
    const breaker = new CircuitBreaker({ failureThreshold: 1, cooldownMs: 10, now: () => now });
    breaker.failed('m', err, true);
    now = 10;
    breaker.admit('m');
    breaker.abandoned('m');
    expect(() => breaker.admit('m')).not.toThrow();
  });

  it('stays closed through any number of failed first attempts: a burst is retried, not an outage', () => {
    const breaker = new CircuitBreaker({ failureThreshold: 2 });
    for (let i = 0; i < 50; i++) breaker.failed('m', err, false);
    expect(() => breaker.admit('m')).not.toThrow();
    breaker.failed('m', err, true);
    expect(() => breaker.admit('m')).not.toThrow();
    breaker.failed('m', err, true);
    expect(() => breaker.admit('m')).toThrow(/circuit open after 2 failed retries in a row/);
  });

  it('resets the count on an answer, so only failed retries in a row open it', () => {
    const breaker = new CircuitBreaker({ failureThreshold: 2 });
    breaker.failed('m', err, true);
    breaker.succeeded('m');
    breaker.failed('m', err, true);
    expect(() => breaker.admit('m')).not.toThrow();
  });
});

describe('sleep', () => {
  it('rejects with the abort reason itself, at once or while waiting', async () => {
    const reason = new ProviderError('timeout', 'openai/gpt-4o-mini', 'the budget ran out');
    await expect(sleep(60_000, AbortSignal.abort(reason))).rejects.toBe(reason);
    const controller = new AbortController();
    const waiting = sleep(60_000, controller.signal);
    controller.abort(reason);
    await expect(waiting).rejects.toBe(reason);
  });

  it('resolves when no signal aborts it', async () => {
    await expect(sleep(1)).resolves.toBeUndefined();
  });
});
