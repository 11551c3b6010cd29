import type { AssertionResult } from '../assertions/types.js';
import type { TokenUsage, ProviderErrorKind } from '../providers/types.js';

/** What one sample of one test did. `errored` means the provider failed: never a pass, never a failure. */
export type RunOutcome = 'passed' | 'failed' | 'errored';

/** A test over all its samples: `flaky` when completed samples disagree. */
export type TestOutcome = 'passed' | 'failed' | 'flaky' | 'errored';

export interface RunError {
  /** What failed at the root: a call turned away by an open circuit breaker reports the failure that opened it. */
  kind: ProviderErrorKind | 'internal';
  modelId: string;
  message: string;
}

/** One sample: one model call (or cache hit) and its assertions. */
export interface RunResult {
  repeatIndex: number;
  outcome: RunOutcome;
  score: number;
  output: string;
  assertions: AssertionResult[];
  latencyMs: number;
  ttftMs?: number;
  usage?: TokenUsage;
  costUsd?: number;
  /** The model that answered (a fallback's id after the primary failed). */
  answeredBy?: string;
  cached: boolean;
  error?: RunError;
}

/** One test of one prompt version, over all its samples. */
export interface TestResult {
  promptId: string;
  promptPath: string;
  promptVersion: string;
  testId: string;
  description?: string;
  modelId: string;
  outcome: TestOutcome;
  /** Samples that completed and passed / completed at all / errored. */
  passes: number;
  completed: number;
  errors: number;
  /** Mean score over completed samples (0 when none completed). */
  score: number;
  runs: RunResult[];
}

/** Passed over completed samples across some tests' results; null when no sample completed. */
export function passRateOf(results: Pick<TestResult, 'passes' | 'completed'>[]): number | null {
  const completed = results.reduce((n, r) => n + r.completed, 0);
  return completed === 0 ? null : results.reduce((n, r) => n + r.passes, 0) / completed;
}

/** The key of one test of one prompt (or prompt pair) in maps of results by test. */
export function keyOf(promptId: string, testId: string): string {
  return `${promptId}\u0000${testId}`;
}
