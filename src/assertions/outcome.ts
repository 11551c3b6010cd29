import { assertionTypeLabel, describeAssertion } from './describe.js';
import type { AssertionResult } from './types.js';
import type { AssertionSpec } from '../prompts/assertion-spec.js';

/** Build the result of `spec` from what a handler decided. */
export function makeResult(spec: AssertionSpec, pass: boolean, score: number, reason: string): AssertionResult {
  return {
    type: assertionTypeLabel(spec),
    name: describeAssertion(spec),
    pass,
    score: Math.min(1, Math.max(0, score)),
    weight: spec.weight,
    reason,
  };
}

/**
 * What a deterministic check found, phrased so one sentence serves both polarities:
 * `expected <subject> [not ]to <predicate>; <seen>`.
 */
export interface CheckFinding {
  /** Whether the predicate holds for the output; `undefined` when it cannot be decided. */
  holds: boolean | undefined;
  subject: string;
  predicate: string;
  /** What was observed, e.g. `it did not (output starts: "We offer…")`. */
  seen: string;
}

/**
 * A deterministic result: score 1 or 0. A negated spec passes when the predicate does not
 * hold; an undecidable check (cost of an unpriced model) fails either way.
 */
export function findingResult(spec: AssertionSpec, finding: CheckFinding): AssertionResult {
  const pass = finding.holds !== undefined && finding.holds !== spec.negate;
  const reason = `expected ${finding.subject} ${spec.negate ? 'not ' : ''}to ${finding.predicate}; ${finding.seen}`;
  return makeResult(spec, pass, pass ? 1 : 0, reason);
}
