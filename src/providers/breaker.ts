import { ProviderError } from './types.js';

export interface BreakerOptions {
  /** Failed retries in a row, with no answer between, that open the circuit; default 5. */
  failureThreshold?: number;
  /** How long an open circuit fast-fails before one probe call may try; default 30 s. */
  cooldownMs?: number;
  now?: () => number;
}

interface Circuit {
  /** Retries that failed again since the model last answered. */
  failures: number;
  /** The last failed attempt, so a fast-failed call still names the cause. */
  lastError?: ProviderError;
  openedAt?: number;
  probing: boolean;
}

/**
 * A circuit breaker per model id. During an outage every test would otherwise wait through its
 * own retries; once `failureThreshold` retries in a row have failed again, calls fail at once
 * with `circuit_open`, so the run ends promptly as an outage (and the fallback chain takes over).
 *
 * What opens it is *sustained* failure, told apart from a burst by the retries rather than by a
 * clock: a first attempt that fails may be a blip (a burst of 5xx at the start of a run, an
 * instance restarting), and its retry, after a backoff, usually gets an answer; a retry that fails
 * too means the server is still failing. In a real outage the first round of retries fails, so the
 * circuit opens within one backoff step. Only server-side failures are reported here: a rate limit
 * means the server is up. After `cooldownMs` one probe call is let through (half-open): success
 * closes the circuit, failure re-opens it for another cooldown.
 */
export class CircuitBreaker {
  private readonly circuits = new Map<string, Circuit>();
  private readonly threshold: number;
  private readonly cooldownMs: number;
  private readonly now: () => number;

  constructor(opts: BreakerOptions = {}) {
    this.threshold = opts.failureThreshold ?? 5;
    this.cooldownMs = opts.cooldownMs ?? 30_000;
    this.now = opts.now ?? Date.now;
  }

  /**
   * Ask to send a call to `modelId`.
   * @throws ProviderError('circuit_open') while the circuit is open or a probe is in flight.
   */
  admit(modelId: string): void {
    const circuit = this.circuits.get(modelId);
    if (circuit?.openedAt === undefined) return;
    const waited = this.now() - circuit.openedAt;
    if (waited >= this.cooldownMs && !circuit.probing) {
      circuit.probing = true;
      return;
    }
    const retryInMs = Math.max(0, this.cooldownMs - waited);
    throw new ProviderError(
      'circuit_open',
      modelId,
      `${modelId}: circuit open after ${circuit.failures} failed retries in a row${circuit.lastError ? ` (last: ${circuit.lastError.message})` : ''}; not calling it for another ${Math.ceil(retryInMs / 1000)} s`,
      { rootKind: circuit.lastError?.rootKind, cause: circuit.lastError },
    );
  }

  /** Record a call the provider answered (a rejected request counts: the model is up). */
  succeeded(modelId: string): void {
    this.circuits.delete(modelId);
  }

  /**
   * Record a failed attempt (an infrastructure failure, not a rejected request). `retry`: the
   * attempt was itself a retry of a failed one — only those count towards opening the circuit.
   */
  failed(modelId: string, error: ProviderError | undefined, retry: boolean): void {
    const circuit = this.circuits.get(modelId) ?? { failures: 0, probing: false };
    if (retry) circuit.failures++;
    circuit.lastError = error;
    if (circuit.probing || circuit.failures >= this.threshold) circuit.openedAt = this.now();
    circuit.probing = false;
    this.circuits.set(modelId, circuit);
  }

  /** Record a call that ended without a verdict (the caller cancelled it): a probe may go again. */
  abandoned(modelId: string): void {
    const circuit = this.circuits.get(modelId);
    if (circuit) circuit.probing = false;
  }
}
