import { ProviderError } from './types.js';

/** How failed attempts are retried. */
export interface RetryPolicy {
  /** Retries after the first attempt; 0 disables retrying. */
  maxRetries: number;
  /** First backoff step; doubled for each further retry. Default 250 ms. */
  baseDelayMs?: number;
  /** Ceiling of the exponential backoff. Default 8 s. */
  maxDelayMs?: number;
  /** Ceiling on a provider's own retry-after, so one header cannot stall a run. Default 30 s. */
  maxRetryAfterMs?: number;
  /** Source of jitter in [0, 1); injectable so delays are reproducible in tests. */
  random?: () => number;
}

/**
 * The wait before retry number `retry` (1-based): the provider's retry-after when it gave
 * one (capped), else exponential backoff with "equal jitter" — half the step fixed, half
 * random — so a burst of throttled calls does not retry in lockstep.
 */
export function backoffDelayMs(retry: number, error: ProviderError, policy: RetryPolicy): number {
  if (error.retryAfterMs !== undefined) return Math.min(error.retryAfterMs, policy.maxRetryAfterMs ?? 30_000);
  const step = Math.min(policy.maxDelayMs ?? 8_000, (policy.baseDelayMs ?? 250) * 2 ** (retry - 1));
  return step / 2 + (policy.random ?? Math.random)() * (step / 2);
}

/**
 * Run `attempt` until it succeeds, retrying only retryable ProviderErrors, at most
 * `maxRetries` times. Anything else (a rejected request, a cancelled call) ends at once.
 * The wait between attempts happens here, outside `attempt`, so whatever concurrency
 * slot an attempt takes is free while we sleep.
 */
export async function withRetries<T>(
  attempt: () => Promise<T>,
  policy: RetryPolicy,
  hooks: { signal?: AbortSignal; onRetry?: (error: ProviderError, delayMs: number) => void } = {},
): Promise<{ value: T; attempts: number }> {
  for (let attempts = 1; ; attempts++) {
    try {
      return { value: await attempt(), attempts };
    } catch (err) {
      if (!(err instanceof ProviderError) || !err.retryable || attempts > policy.maxRetries) throw err;
      const delayMs = backoffDelayMs(attempts, err, policy);
      hooks.onRetry?.(err, delayMs);
      await sleep(delayMs, hooks.signal);
    }
  }
}

/**
 * Try `modelIds` in order until one answers. A rejected request (`bad_request`) from the
 * primary ends the chain: the same request would be just as wrong for a fallback. When
 * every model fails, the primary's error is thrown, naming what each fallback hit.
 */
export async function withFallback<T>(
  modelIds: string[],
  run: (modelId: string) => Promise<T>,
): Promise<{ value: T; modelId: string; fellBack: boolean }> {
  const errors: ProviderError[] = [];
  for (const [index, modelId] of modelIds.entries()) {
    try {
      return { value: await run(modelId), modelId, fellBack: index > 0 };
    } catch (err) {
      if (!(err instanceof ProviderError)) throw err;
      errors.push(err);
      if (index === 0 && err.kind === 'bad_request') throw err;
    }
  }
  const [primary, ...fallbacks] = errors;
  if (!primary) throw new Error('withFallback needs at least one model id');
  if (fallbacks.length === 0) throw primary;
  const tried = fallbacks.map((e) => `${e.modelId} (${e.kind})`).join(', ');
  throw new ProviderError(primary.kind, primary.modelId, `${primary.message}; fallbacks failed too: ${tried}`, {
    status: primary.status,
    retryAfterMs: primary.retryAfterMs,
    cause: new AggregateError(errors, 'every model in the fallback chain failed'),
  });
}

/** Wait `ms`, or reject with the signal's reason as soon as it aborts. */
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason as Error);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason as Error);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
