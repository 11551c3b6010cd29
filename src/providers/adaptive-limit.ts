import pLimit, { type LimitFunction } from 'p-limit';
import { sleep } from './resilience.js';

/**
 * A model's share of the calls in flight, adapted to its rate limits (additive increase,
 * multiplicative decrease, as TCP does): a 429 halves the limit and holds every call to the
 * model until the reset it named; each run of `limit` successes adds one slot back, up to
 * the configured maximum. A provider allowing N requests a minute thus settles near the rate it
 * allows instead of answering most calls with 429.
 */
export class AdaptiveLimit {
  private readonly slots: LimitFunction;
  private successes = 0;
  private pausedUntil = 0;

  constructor(
    private readonly max: number,
    private readonly now: () => number = Date.now,
  ) {
    this.slots = pLimit(max);
  }

  /** Calls allowed in flight now. */
  get concurrency(): number {
    return this.slots.concurrency;
  }

  /** Runs `fn` in a slot, once any pause for a rate limit has passed. */
  async run<T>(fn: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    for (let wait = this.pausedUntil - this.now(); wait > 0; wait = this.pausedUntil - this.now()) await sleep(wait, signal);
    return this.slots(fn);
  }

  succeeded(): void {
    if (++this.successes < this.slots.concurrency) return;
    this.successes = 0;
    this.slots.concurrency = Math.min(this.max, this.slots.concurrency + 1);
  }

  /** A 429 that says to wait `waitMs`: calls already in flight may hit it too, but it shrinks the limit once. */
  rateLimited(waitMs: number): void {
    const now = this.now();
    if (now >= this.pausedUntil) this.slots.concurrency = Math.max(1, Math.floor(this.slots.concurrency / 2));
    this.successes = 0;
    this.pausedUntil = Math.max(this.pausedUntil, now + waitMs);
  }
}
