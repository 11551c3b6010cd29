import { ASSERTION_HANDLERS } from './registry.js';
import type { AssertionContext, AssertionResult } from './types.js';
import type { AssertionSpec } from '../prompts/assertion-spec.js';

export { describeAssertion } from './describe.js';

/** The outcome of all assertions of one test on one output. */
export interface AssertionsOutcome {
  pass: boolean;
  /** Weighted mean of the assertion scores, in [0, 1]. */
  score: number;
  results: AssertionResult[];
  /** Set when there was nothing to check. */
  reason?: string;
}

/**
 * Evaluate every assertion of a test against one output, concurrently (judge calls are slow).
 *
 * - pass: every assertion with weight > 0 passes. Weight 0 makes an assertion report-only.
 * - score: the weighted mean of the scores of assertions with weight > 0.
 * - no (weighted) assertions: pass with score 1 and the reason "no assertions".
 *
 * A ProviderError from a judge or embedding call propagates: the engine marks the test
 * errored, never failed. A UserError (e.g. a missing custom module) propagates too.
 */
export async function evaluateAssertions(specs: AssertionSpec[], ctx: AssertionContext): Promise<AssertionsOutcome> {
  const results = await Promise.all(specs.map(async (spec) => ASSERTION_HANDLERS[spec.type](spec, ctx)));
  const gating = results.filter((r) => r.weight > 0);
  if (gating.length === 0) {
    return { pass: true, score: 1, results, reason: specs.length === 0 ? 'no assertions' : 'only report-only (weight 0) assertions' };
  }
  const totalWeight = gating.reduce((sum, r) => sum + r.weight, 0);
  const score = gating.reduce((sum, r) => sum + r.score * r.weight, 0) / totalWeight;
  return { pass: gating.every((r) => r.pass), score, results };
}
