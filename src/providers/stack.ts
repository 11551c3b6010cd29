import pLimit, { type LimitFunction } from 'p-limit';
import { AdaptiveLimit } from './adaptive-limit.js';
import { CircuitBreaker } from './breaker.js';
import { createProviderClient } from './clients.js';
import { endpointOf, parseModelRef, type EndpointMap } from './model-ref.js';
import { costUsd } from './pricing.js';
import { withFallback, withRetries, type RetryPolicy } from './resilience.js';
import { ProviderError, type ChatRequest, type CompletionResult, type ModelRef, type ProviderClient, type ProviderErrorKind, type ProviderKind } from './types.js';

export interface ProviderStackOptions {
  /** Where URLs and API keys are read from; default `process.env`. */
  env?: NodeJS.ProcessEnv;
  /** Calls in flight across all providers; default 8. */
  concurrency?: number;
  /** Calls in flight per provider kind (and per model, fewer while it rate-limits); default `concurrency`. */
  perProviderConcurrency?: number;
  /** Wall-clock budget for every call of this stack, from its creation; default 20 min. */
  budgetMs?: number;
  /** Per attempt; default 60 000 ms. */
  timeoutMs?: number;
  /** Retries after the first attempt, for retryable failures only; default 3. */
  maxRetries?: number;
  /** Model ids tried in order when the requested model fails (chat only). */
  fallback?: string[];
  breaker?: { failureThreshold?: number; cooldownMs?: number };
  /** Named OpenAI-compatible endpoints from `promptgate.yml`. */
  endpoints?: EndpointMap;
  /** Model ids treated as unavailable without calling them, for outage drills; `'all'`: every model. */
  forceDown?: string[] | 'all';
  /** Backoff tuning; `maxRetries` above wins over `retry.maxRetries`. */
  retry?: Omit<RetryPolicy, 'maxRetries'>;
}

/** Counters over the stack's lifetime, for run summaries. */
export interface ProviderStats {
  /** Requests sent to providers: every attempt, retries and fallbacks included. */
  calls: number;
  /** Attempts repeated after a retryable failure (rate limits included). */
  retries: number;
  /** Attempts answered with a rate limit (429): waited out, never counted as an outage. */
  rateLimited: number;
  /** `complete`/`embed` calls that threw after retries and fallbacks. */
  failures: number;
  /** Completions answered by a fallback model. */
  fellBack: number;
}

const SERVER_FAILURES: ReadonlySet<ProviderErrorKind> = new Set(['server', 'overloaded', 'timeout', 'network', 'malformed']);

type Attempt<T> = (client: ProviderClient, model: string, signal: AbortSignal) => Promise<T>;

/**
 * The one way the engine talks to models: SDK clients behind retries with backoff, rate limits
 * waited out (their reset headers honoured, the provider's concurrency shrunk while they last),
 * a per-attempt timeout, a wall-clock budget for the run, a circuit breaker per model that only
 * sustained server failure (retries failing again) opens, a fallback chain, and global and per-provider concurrency
 * limits. Clients are created lazily, once per endpoint.
 */
export class ProviderStack {
  readonly stats: ProviderStats = { calls: 0, retries: 0, rateLimited: 0, failures: 0, fellBack: 0 };
  private readonly env: NodeJS.ProcessEnv;
  private readonly endpoints: EndpointMap;
  private readonly timeoutMs: number;
  private readonly policy: RetryPolicy;
  private readonly fallback: string[];
  private readonly forceDown: Set<string> | 'all';
  private readonly breaker: CircuitBreaker;
  private readonly global: LimitFunction;
  private readonly perProviderConcurrency: number;
  private readonly perProvider = new Map<ProviderKind, LimitFunction>();
  /** Rate limits are per model at OpenAI, Anthropic and GitHub Models: so is the adaptation to them. */
  private readonly perModel = new Map<string, AdaptiveLimit>();
  private readonly deadline: number;
  private readonly clients = new Map<string, ProviderClient>();

  /** @throws UserError when a fallback or forceDown model id cannot be parsed. */
  constructor(opts: ProviderStackOptions = {}) {
    this.env = opts.env ?? process.env;
    this.endpoints = opts.endpoints ?? {};
    this.timeoutMs = opts.timeoutMs ?? 60_000;
    this.deadline = Date.now() + (opts.budgetMs ?? 1_200_000);
    this.policy = { ...opts.retry, maxRetries: opts.maxRetries ?? 3, deadline: this.deadline };
    this.fallback = (opts.fallback ?? []).map((id) => this.ref(id).id);
    this.forceDown = opts.forceDown === 'all' ? 'all' : new Set((opts.forceDown ?? []).map((id) => this.ref(id).id));
    this.breaker = new CircuitBreaker(opts.breaker);
    const concurrency = opts.concurrency ?? 8;
    this.global = pLimit(concurrency);
    this.perProviderConcurrency = opts.perProviderConcurrency ?? concurrency;
  }

  /**
   * Complete a chat request on `modelId`, falling back along the configured chain.
   * @throws ProviderError once retries and fallbacks are exhausted; UserError for an
   * unparseable model id; the caller's abort reason when `req.signal` aborts.
   */
  async complete(modelId: string, req: ChatRequest): Promise<CompletionResult> {
    const primary = this.ref(modelId).id;
    const chain = [primary, ...this.fallback.filter((id) => id !== primary)];
    try {
      const { value, modelId: answered, fellBack } = await withFallback(chain, (id) =>
        this.resilient(id, req.signal, (client, model, signal) => client.chat(model, { ...req, signal })),
      );
      if (fellBack) this.stats.fellBack++;
      return { ...value.value, modelId: answered, costUsd: await costUsd(answered, value.value.usage), attempts: value.attempts, fellBack };
    } catch (err) {
      this.stats.failures++;
      throw err;
    }
  }

  /**
   * Embed `texts` with `modelId` (no fallback: vectors from different models do not compare).
   * @throws ProviderError once retries are exhausted.
   */
  async embed(modelId: string, texts: string[], signal?: AbortSignal): Promise<number[][]> {
    try {
      const { value } = await this.resilient(this.ref(modelId).id, signal, (client, model, s) => client.embed(model, texts, s));
      return value;
    } catch (err) {
      this.stats.failures++;
      throw err;
    }
  }

  private ref(modelId: string): ModelRef {
    return parseModelRef(modelId, this.endpoints);
  }

  /** One model with retries; each attempt waits for a concurrency slot, the backoff does not. */
  private async resilient<T>(modelId: string, callerSignal: AbortSignal | undefined, call: Attempt<T>): Promise<{ value: T; attempts: number }> {
    const ref = this.ref(modelId);
    if (this.forceDown === 'all' || this.forceDown.has(ref.id)) throw new ProviderError('server', ref.id, `${ref.id}: treated as down (forceDown outage drill)`);
    const client = this.client(ref);
    const lane = this.lane(ref.id);
    const limit = this.limiter(ref.provider);
    const attempt = (retry: boolean) => lane.run(() => limit(() => this.global(() => this.attempt({ ref, lane, client, retry }, callerSignal, call))), callerSignal);
    return withRetries(attempt, this.policy, {
      signal: callerSignal,
      onRetry: () => this.stats.retries++,
    });
  }

  private async attempt<T>(
    { ref, lane, client, retry }: { ref: ModelRef; lane: AdaptiveLimit; client: ProviderClient; retry: boolean },
    callerSignal: AbortSignal | undefined,
    call: Attempt<T>,
  ): Promise<T> {
    // Checked once a slot is ours, so calls queued behind an outage fast-fail too.
    this.breaker.admit(ref.id);
    if (Date.now() >= this.deadline) throw new ProviderError('timeout', ref.id, `${ref.id}: not called: this run's time budget is spent (providers.budgetMs)`);
    const timeout = new AbortController();
    const timer = setTimeout(
      () => timeout.abort(new ProviderError('timeout', ref.id, `${ref.id}: timed out: no answer within ${this.timeoutMs} ms`)),
      this.timeoutMs,
    );
    const signal = callerSignal ? AbortSignal.any([callerSignal, timeout.signal]) : timeout.signal;
    this.stats.calls++;
    try {
      const value = await call(client, ref.model, signal);
      this.breaker.succeeded(ref.id);
      lane.succeeded();
      return value;
    } catch (err) {
      if (err instanceof ProviderError && err.kind === 'rate_limit') {
        this.stats.rateLimited++;
        lane.rateLimited(err.retryAfterMs ?? 1000);
      }
      // Only a failing server counts towards an outage; a rate limit or a rejected key means it is up.
      if (err instanceof ProviderError && SERVER_FAILURES.has(err.kind)) this.breaker.failed(ref.id, err, retry);
      else if (err instanceof ProviderError && err.kind === 'bad_request') this.breaker.succeeded(ref.id);
      else this.breaker.abandoned(ref.id);
      throw err;
    } finally {
      clearTimeout(timer);
    }
  }

  private client(ref: ModelRef): ProviderClient {
    const key = endpointOf(ref);
    let client = this.clients.get(key);
    if (!client) {
      client = createProviderClient(ref, this.env, this.endpoints);
      this.clients.set(key, client);
    }
    return client;
  }

  private limiter(kind: ProviderKind): LimitFunction {
    let limit = this.perProvider.get(kind);
    if (!limit) {
      limit = pLimit(this.perProviderConcurrency);
      this.perProvider.set(kind, limit);
    }
    return limit;
  }

  private lane(modelId: string): AdaptiveLimit {
    let lane = this.perModel.get(modelId);
    if (!lane) {
      lane = new AdaptiveLimit(this.perProviderConcurrency);
      this.perModel.set(modelId, lane);
    }
    return lane;
  }
}
