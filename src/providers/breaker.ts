import { ProviderError } from './types.js';

export interface BreakerOptions {
  /** Consecutive failed attempts that open the circuit; default 5. */
  failureThreshold?: number;
  /** How long an open circuit fast-fails before one probe call may try; default 30 s. */
  cooldownMs?: number;
  /**
   * How long failures must go on, with no success between them, before the circuit opens;
   * default 10 s. A burst of errors at the start of a run is retried through, not an outage.
   */
  sustainMs?: number;
  now?: () => number;
}

interface Circuit {
  failures: number;
  /** When the current run of failures began. */
  since: number;
  /** The last failed attempt, so a fast-failed call still names the cause. */
  lastError?: ProviderError;
  openedAt?: number;
  probing: boolean;
}

/**
 * A circuit breaker per model id. During an outage every test would otherwise wait
 * through its own retries; once a model has failed `failureThreshold` attempts in a row over
 * at least `sustainMs`, calls fail at once with `circuit_open` (so the fallback chain takes
 * over quickly). Only server-side failures count: the stack never reports a rate limit here.
 * After `cooldownMs` one probe call is let through: success closes the circuit, failure
 * re-opens it for another cooldown.
 */
export class CircuitBreaker {
  private readonly circuits = new Map<string, Circuit>();
  private readonly threshold: number;
  private readonly cooldownMs: number;
  private readonly sustainMs: number;
  private readonly now: () => number;

  constructor(opts: BreakerOptions = {}) {
    this.threshold = opts.failureThreshold ?? 5;
    this.cooldownMs = opts.cooldownMs ?? 30_000;
    this.sustainMs = opts.sustainMs ?? 10_000;
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
      `${modelId}: circuit open after ${circuit.failures} consecutive failures over ${Math.round((circuit.openedAt - circuit.since) / 1000)} s${circuit.lastError ? ` (last: ${circuit.lastError.message})` : ''}; not calling it for another ${Math.ceil(retryInMs / 1000)} s`,
      { rootKind: circuit.lastError?.rootKind },
    );
  }

  /** Record a call the provider answered (a rejected request counts: the model is up). */
  succeeded(modelId: string): void {
    this.circuits.delete(modelId);
  }

  /** Record a failed attempt (an infrastructure failure, not a rejected request). */
  failed(modelId: string, error?: ProviderError): void {
    const now = this.now();
    const circuit = this.circuits.get(modelId) ?? { failures: 0, since: now, probing: false };
    circuit.failures++;
    circuit.lastError = error;
    if (circuit.probing || (circuit.failures >= this.threshold && now - circuit.since >= this.sustainMs)) circuit.openedAt = now;
    circuit.probing = false;
    this.circuits.set(modelId, circuit);
  }

  /** Record a call that ended without a verdict (the caller cancelled it): a probe may go again. */
  abandoned(modelId: string): void {
    const circuit = this.circuits.get(modelId);
    if (circuit) circuit.probing = false;
  }
}
