import { setTimeout as delay } from 'node:timers/promises';
import { ProviderError } from './types.js';

/** How failed attempts are retried. */
export interface RetryPolicy {
  /** Retries after failures other than rate limits; 0 disables them. */
  maxRetries: number;
  /** Waits on rate limits before giving up, when no `deadline` ends them first. Default 100. */
  maxRateLimitWaits?: number;
  /** First backoff step; doubled for each further retry. Default 250 ms. */
  baseDelayMs?: number;
  /** Ceiling of the exponential backoff. Default 8 s. */
  maxDelayMs?: number;
  /** When the run's wall-clock budget ends (epoch ms): no wait may go past it. */
  deadline?: number;
  /** Source of jitter in [0, 1); injectable so delays are reproducible in tests. */
  random?: () => number;
  now?: () => number;
}

/**
 * The wait before retry number `retry` (1-based): the provider's retry-after or rate-limit reset
 * when it gave one, else exponential backoff with "equal jitter" — half the step fixed, half
 * random — so a burst of throttled calls does not retry in lockstep.
 */
export function backoffDelayMs(retry: number, error: ProviderError, policy: RetryPolicy): number {
  if (error.retryAfterMs !== undefined) return error.retryAfterMs;
  const step = Math.min(policy.maxDelayMs ?? 8_000, (policy.baseDelayMs ?? 250) * 2 ** (retry - 1));
  return step / 2 + (policy.random ?? Math.random)() * (step / 2);
}

/**
 * Run `attempt` until it succeeds (`retry`: a failed attempt came before it). Rate limits are weather: they are waited out for as long as
 * the provider says, up to the run's `deadline`, and do not use up `maxRetries`; other
 * retryable failures are retried at most `maxRetries` times. Anything else (a rejected request,
 * a cancelled call) ends at once. The wait happens here, outside `attempt`, so whatever
 * concurrency slot an attempt takes is free while we sleep.
 * @throws ProviderError('quota') when a rate limit resets only after the deadline.
 */
export async function withRetries<T>(
  attempt: (retry: boolean) => Promise<T>,
  policy: RetryPolicy,
  hooks: { signal?: AbortSignal; onRetry?: (error: ProviderError, delayMs: number) => void } = {},
): Promise<{ value: T; attempts: number }> {
  let failures = 0;
  let waits = 0;
  for (let attempts = 1; ; attempts++) {
    try {
      return { value: await attempt(attempts > 1), attempts };
    } catch (err) {
      if (!(err instanceof ProviderError) || !err.retryable) throw err;
      const rateLimited = err.kind === 'rate_limit';
      if (rateLimited ? ++waits > (policy.maxRateLimitWaits ?? 100) : ++failures > policy.maxRetries) throw err;
      const delayMs = backoffDelayMs(rateLimited ? waits : failures, err, policy);
      const now = (policy.now ?? Date.now)();
      if (policy.deadline !== undefined && now + delayMs > policy.deadline) throw rateLimited ? beyondBudget(err, now + delayMs, policy.deadline) : err;
      hooks.onRetry?.(err, delayMs);
      await sleep(delayMs, hooks.signal);
    }
  }
}

/** A rate limit that resets after the run must end: the run is inconclusive, and says until when. */
function beyondBudget(err: ProviderError, resetsAt: number, deadline: number): ProviderError {
  const at = (ms: number) => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');
  return new ProviderError(
    'quota',
    err.modelId,
    `${err.message} — resets at ${at(resetsAt)}, after this run's time budget ends (${at(deadline)}): re-run after the reset, or raise providers.budgetMs`,
    { status: err.status, retryAfterMs: err.retryAfterMs, cause: err },
  );
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

/** Wait `ms`, or reject with the signal's reason (not Node's generic AbortError) as soon as it aborts. */
export async function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  try {
    await delay(ms, undefined, { signal });
  } catch (err) {
    throw signal?.aborted ? (signal.reason as Error) : err;
  }
}
