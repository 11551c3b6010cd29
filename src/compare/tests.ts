import type { TestResult } from '../engine/types.js';
import type { TestChange, TestSide } from '../report/types.js';
import { fisherHeadBetter, fisherHeadWorse } from './stats.js';

/** p-values of one test's base-vs-head comparison; null where the samples allow no test. */
export interface TestEvidence {
  pWorse: number | null;
  pBetter: number | null;
}

/**
 * Fisher's exact test on a test's pass counts (base and head samples are independent, repeats
 * are not pairs). A single sample per side gives no test: that case is judged deterministically.
 */
export function evidenceOf(base: TestResult | undefined, head: TestResult | undefined): TestEvidence {
  if (!base || !head || base.completed === 0 || head.completed === 0) return { pWorse: null, pBetter: null };
  if (base.completed === 1 && head.completed === 1) return { pWorse: null, pBetter: null };
  return {
    pWorse: fisherHeadWorse(base.passes, base.completed, head.passes, head.completed),
    pBetter: fisherHeadBetter(base.passes, base.completed, head.passes, head.completed),
  };
}

/**
 * A test's change from base to head.
 *  - no completed sample on a side: `errored` (an outage decides nothing);
 *  - one sample per side (a deterministic run): pass → fail is `regressed`, fail → pass `fixed`;
 *  - with repeats, only significance counts: Holm-adjusted p < alpha for a drop is `regressed`,
 *    p < alpha for a rise is `fixed`; samples that disagree but settle nothing are `flaky`
 *    (adaptive sampling draws more of them first, so a real flip reaches significance).
 */
export function classifyChange(
  base: TestResult | undefined,
  head: TestResult | undefined,
  evidence: TestEvidence,
  adjustedWorse: number | null,
  alpha: number,
): TestChange {
  if (!base) return 'new';
  if (!head) return 'removed';
  if (base.completed === 0 || head.completed === 0) return 'errored';
  const basePassed = base.passes === base.completed;
  const headPassed = head.passes === head.completed;
  if (base.completed === 1 && head.completed === 1) {
    if (basePassed === headPassed) return 'unchanged';
    return basePassed ? 'regressed' : 'fixed';
  }
  if (adjustedWorse !== null && adjustedWorse < alpha) return 'regressed';
  if (evidence.pBetter !== null && evidence.pBetter < alpha) return 'fixed';
  const allAgree = (base.passes === 0 && head.passes === 0) || (basePassed && headPassed);
  return allAgree ? 'unchanged' : 'flaky';
}

/**
 * Whether more samples could settle this test: its samples disagree (within or between sides)
 * and the difference is not yet significant.
 */
export function isAmbiguous(base: TestResult | undefined, head: TestResult | undefined, evidence: TestEvidence, alpha: number): boolean {
  if (!base || !head || base.completed === 0 || head.completed === 0) return false;
  const allSame = [base, head].every((r) => r.passes === 0) || [base, head].every((r) => r.passes === r.completed);
  if (allSame) return false;
  const significant = (evidence.pWorse ?? 1) < alpha || (evidence.pBetter ?? 1) < alpha;
  return !significant;
}

/** The side of a test as the report shows it: a representative output and why it failed. */
export function sideOf(result: TestResult | undefined): TestSide | null {
  if (!result) return null;
  const failing = result.runs.find((r) => r.outcome === 'failed');
  const shown = failing ?? result.runs.find((r) => r.outcome === 'passed') ?? result.runs[0];
  let reason = '';
  if (failing) {
    reason = failing.assertions
      .filter((a) => !a.pass)
      .map((a) => `${a.name}: ${a.reason}`)
      .join('; ');
  } else if (result.completed === 0 && shown?.error) {
    reason = `${shown.error.modelId}: ${shown.error.kind} — ${shown.error.message}`;
  }
  return {
    outcome: result.outcome,
    passes: result.passes,
    samples: result.completed,
    errors: result.errors,
    score: result.score,
    output: shown?.output ?? '',
    reason,
  };
}
