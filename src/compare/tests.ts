import type { RunResult, TestResult } from '../engine/types.js';
import type { Confirmation, ConfirmationDirection, SampleTally, TestChange, TestSide } from '../report/types.js';
import type { GatePolicy } from '../config/schema.js';
import { binomialCdf, confirmationSamples, fisherHeadWorse, signTestHeadWorse } from './stats.js';

/**
 * How a test's change is judged: screen, then confirm.
 *
 * The screen is the test's first `repeat` samples per side. A test whose head failed (at least
 * half its screen samples) and did no better than base is a regression *candidate*; one whose base
 * failed and head did better is a fix candidate. A candidate is then judged only on fresh samples drawn for it on
 * both sides, never on the screen that picked it (samples chosen because they failed would make
 * any test look significant). Each direction's candidates form one family: a candidate is
 * confirmed when the one-sided Fisher p of its fresh samples stays under alpha / (candidates),
 * Bonferroni's bound, so noise confirms a false regression anywhere in the PR with probability
 * at most alpha. Drawing the fresh samples one round at a time changes nothing about that bound:
 * sampling stops early only once the fixed design's answer is certain, or to give up (which can
 * only lower the false-block rate).
 */

/** Share of the gate's alpha spent on per-test regressions; the rest goes to prompt-level score drops. */
export const TEST_ALPHA_SHARE = 0.8;
/** Chance of confirming a clear regression (head always fails) that the confirmation size is chosen for. */
export const CONFIRMATION_POWER = 0.95;
/** Noise the confirmation is designed for: up to 1 answer in 5 off-topic on a test that passes. */
export const DESIGN_NOISE = 0.2;
/** A `from` side passing less often than this chance allows, under the design noise, is a test that fails anyway. */
const IMPLAUSIBLE = 0.01;
/** Default ceiling on fresh samples per side for one candidate. */
export const DEFAULT_MAX_CONFIRMATION_SAMPLES = 24;

/**
 * Which way a test's screen points, if anywhere. A regression candidate's head failed at least half
 * its screen samples and did no better than base; a fix candidate's base failed at least half and
 * head did better. With one sample per side that is any failure; with `repeat: n` a test whose head
 * still passes most of its samples is no candidate: confirmation is sized for a test that now fails,
 * and checking every test that noise made fail once in n would cost more than the screen.
 */
export function screenCandidate(base: SampleTally, head: SampleTally): ConfirmationDirection | null {
  if (base.samples === 0 || head.samples === 0) return null;
  // Rates compared by cross-multiplying: screens of different sizes stay exact.
  const headRate = head.passes * base.samples;
  const baseRate = base.passes * head.samples;
  if (2 * head.passes <= head.samples && headRate <= baseRate) return 'regression';
  if (2 * base.passes <= base.samples && headRate > baseRate) return 'fix';
  return null;
}

/** The confirmation design of one direction, fixed before any fresh sample is drawn. */
export interface ConfirmationPlan {
  /** Candidates in this direction: the size of the Bonferroni family. */
  family: number;
  /** Significance level per candidate: alpha share / family. */
  level: number;
  /** Fresh samples per side for a candidate (at least its screen's size). */
  samples: number;
}

/** Plans a direction's confirmation: `level` from the family size, `samples` for the design noise. */
export function planConfirmation(opts: { family: number; alpha: number; maxSamples: number }): ConfirmationPlan {
  const family = Math.max(1, opts.family);
  const level = (opts.alpha * TEST_ALPHA_SHARE) / family;
  return { family, level, samples: confirmationSamples({ level, noise: DESIGN_NOISE, power: CONFIRMATION_POWER, max: opts.maxSamples }) };
}

/**
 * Where a candidate's confirmation stands after the fresh samples drawn so far (`base`, `head`),
 * out of `samples` per side planned:
 *  - `confirmed` once Fisher's p is under `level` however the remaining samples turn out;
 *  - `dismissed` once it can no longer get under `level`, or when its fresh samples show no
 *    drop: the candidate's side passed as often as the other (after 2 per side, or 3 when
 *    neither passed at all), or when its `from` side fails too often for a working test;
 *  - else `open`.
 * `pValue`: for a confirmed candidate the largest p the remaining samples could give (what the
 * decision rests on); otherwise the p of the fresh samples drawn.
 */
export function confirmationState(
  direction: ConfirmationDirection,
  base: SampleTally,
  head: SampleTally,
  plan: Pick<ConfirmationPlan, 'level' | 'samples'>,
): { state: Confirmation['state']; pValue: number | null } {
  // A fix is a regression with the sides swapped.
  const [from, to] = direction === 'regression' ? [base, head] : [head, base];
  const k = plan.samples;
  const fromLeft = Math.max(0, k - from.samples);
  const toLeft = Math.max(0, k - to.samples);
  const p = (fromPasses: number, toPasses: number) => fisherHeadWorse(fromPasses, k, toPasses, k);
  const drawn = from.samples && to.samples ? fisherHeadWorse(from.passes, from.samples, to.passes, to.samples) : null;
  const worst = p(from.passes, to.passes + toLeft);
  if (worst < plan.level) return { state: 'confirmed', pValue: worst };
  if (p(from.passes + fromLeft, to.passes) >= plan.level) return { state: 'dismissed', pValue: drawn };
  // Giving up early never adds a false block, so it may follow any rule: here, once the fresh
  // samples show no drop (two per side when the candidate's side passed at all, three when it did
  // not, so that a noisy base failing twice in a row rarely costs a real regression).
  const drawnEach = Math.min(from.samples, to.samples);
  const noDrop = to.passes * from.samples >= from.passes * to.samples;
  const turned = noDrop && drawnEach >= (to.passes >= 1 ? 2 : 3);
  // A test that fails anyway has no drop to confirm: its `from` side failed a fresh sample before
  // the other side was drawn (a candidate that failed on both sides in the screen goes `from`
  // first), or it passes less often than a working test could under the design noise.
  const failsAnyway = (to.samples === 0 && from.samples >= 1 && from.passes === 0) || binomialCdf(from.samples, from.passes, 1 - DESIGN_NOISE) < IMPLAUSIBLE;
  return { state: turned || failsAnyway ? 'dismissed' : 'open', pValue: drawn };
}

/**
 * The prompt-level paired test: a prompt whose tests' screen scores dropped (`diffs`, head − base
 * per test) regresses when its mean score fell by more than `maxScoreDrop` and the one-sided sign
 * test is below the share of alpha the per-test confirmations leave, split over the compared
 * prompts. Both tests together thus block a harmless PR at most `alpha` of the time (a union
 * bound: 0.8 alpha for the tests, 0.2 alpha for the prompts).
 */
export function promptScoreDrop(
  diffs: number[],
  deltaScore: number | null,
  opts: { gate: Pick<GatePolicy, 'alpha' | 'maxScoreDrop'>; prompts: number },
): { pValue: number | null; level: number; significant: boolean; regressed: boolean } {
  const level = (opts.gate.alpha * (1 - TEST_ALPHA_SHARE)) / Math.max(1, opts.prompts);
  const pValue = diffs.length ? signTestHeadWorse(diffs).pValue : null;
  const significant = pValue !== null && pValue < level;
  return { pValue, level, significant, regressed: significant && deltaScore !== null && deltaScore < -opts.gate.maxScoreDrop };
}

/** Completed samples and passes among `runs`. */
export function tallyOf(runs: readonly RunResult[]): SampleTally {
  let passes = 0;
  let samples = 0;
  for (const r of runs) {
    if (r.outcome === 'errored') continue;
    samples++;
    if (r.outcome === 'passed') passes++;
  }
  return { passes, samples };
}

/**
 * A test's change from base to head.
 *  - no completed sample on a side: `errored` (an outage decides nothing);
 *  - a confirmed candidate: `regressed` or `fixed`;
 *  - a candidate whose confirmation could not finish (its fresh samples errored): `errored`;
 *  - every sample on both sides agrees: `unchanged`; otherwise `flaky` (never blocks).
 */
export function classifyChange(base: TestResult | undefined, head: TestResult | undefined, confirmation: Confirmation | null): TestChange {
  if (!base) return 'new';
  if (!head) return 'removed';
  if (base.completed === 0 || head.completed === 0) return 'errored';
  if (confirmation?.state === 'confirmed') return confirmation.direction === 'regression' ? 'regressed' : 'fixed';
  if (confirmation?.state === 'open') return 'errored';
  const allPass = base.passes === base.completed && head.passes === head.completed;
  const allFail = base.passes === 0 && head.passes === 0;
  return allPass || allFail ? 'unchanged' : 'flaky';
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
