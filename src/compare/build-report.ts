import { keyOf, type TestResult } from '../engine/types.js';
import type { PromptTestCase } from '../prompts/model.js';
import { roundRobin } from '../util/round-robin.js';
import type { ComparisonReport, FileProblem, ProviderErrorSummary, ReviewSample, RunStats, TestComparison } from '../report/types.js';
import type { PromptPair } from './plan.js';
import type { CommitRange } from '../source/types.js';
import { changedPrompt, growthFlags } from './changed-prompts.js';
import { comparePrompt, promptsWithRegressedTests, type SampledSides } from './prompt-stats.js';
import { classifyChange, sideOf } from './tests.js';
import { decide } from './verdict.js';

export interface ReportInput extends SampledSides {
  range: CommitRange;
  /** Token growth share above which a prompt is flagged; sample size for human review. */
  growthMaxShare: number;
  reviewSampleSize: number;
  configFile: string | null;
  configHash: string;
  notes: string[];
  problems: FileProblem[];
  providerStats: RunStats;
}

/** Turns the runs of both sides into report.json v1: per-test changes, per-prompt deltas, verdict. */
export async function buildReport(input: ReportInput): Promise<ComparisonReport> {
  const { gate, pairs } = input;
  const tests = compareTests(input);
  const regressedPrompts = promptsWithRegressedTests(tests);
  const prompts = await Promise.all(pairs.map((pair) => comparePrompt(pair, input, regressedPrompts)));
  const changedPrompts = await Promise.all(pairs.filter((p) => p.status !== 'unchanged').map(changedPrompt));
  const growth = await growthFlags(changedPrompts, pairs, input.growthMaxShare);
  const decision = decide({
    gate,
    prompts,
    tests,
    headProblems: input.problems.filter((p) => p.side === 'head'),
    anythingToCompare: pairs.length > 0,
  });
  return {
    schemaVersion: 1,
    verdict: decision.verdict,
    summary: decision.summary,
    blocking: decision.blocking,
    overridden: false,
    override: null,
    base: { ref: input.range.baseRef, sha: input.range.baseSha },
    head: { ref: input.range.headRef, sha: input.range.headSha },
    mergeBase: input.range.mergeBaseSha,
    notes: input.notes,
    config: { file: input.configFile, hash: input.configHash },
    gate: { failOn: gate.failOn, alpha: gate.alpha, maxScoreDrop: gate.maxScoreDrop, minPassRate: gate.minPassRate ?? null, overrideLabel: gate.overrideLabel },
    changedPrompts,
    prompts,
    tests,
    checklist: [],
    growth,
    reviewSample: reviewSample(tests, pairs, input.head, input.reviewSampleSize),
    errors: input.problems,
    providerErrors: providerErrors(input),
    stats: input.providerStats,
  };
}

function compareTests(input: ReportInput): TestComparison[] {
  const rows: { pair: PromptPair; testId: string; k: string; headTest?: PromptTestCase; baseTest?: PromptTestCase }[] = [];
  for (const pair of input.pairs) {
    // By id once per prompt: a prompt of thousands of tests must not search its list per test.
    const headTests = new Map(pair.head?.tests.map((t) => [t.id, t]));
    const baseTests = new Map(pair.base?.tests.map((t) => [t.id, t]));
    for (const testId of [...pair.affectedTests].sort()) rows.push({ pair, testId, k: keyOf(pair.id, testId), headTest: headTests.get(testId), baseTest: baseTests.get(testId) });
  }
  return rows.map((r) => {
    const { headTest, baseTest } = r;
    const test = headTest ?? baseTest;
    const base = input.base.get(r.k);
    const head = input.head.get(r.k);
    const confirmation = input.evidence?.get(r.k)?.confirmation ?? null;
    // Whether a test exists on a side is the suite's word, not whether it ran (a deleted prompt's tests do not run).
    const change = !baseTest ? 'new' : !headTest ? 'removed' : classifyChange(base, head, confirmation);
    const headChange = r.pair.headChanges.get(r.testId);
    const pValue = confirmation?.pValue ?? null;
    return {
      promptId: r.pair.id,
      testId: r.testId,
      description: test?.description,
      category: test?.category,
      attack: test?.attack,
      vars: test?.category === undefined ? undefined : test.vars,
      change,
      // Undefined (left out of report.json) unless the head changed the test: one object shape
      // for 50,000 tests, where a spread in the middle of the literal copied each one slowly.
      headChange,
      base: sideOf(base),
      head: sideOf(head),
      pValue,
      adjustedPValue: pValue === null ? null : Math.min(1, pValue * confirmation!.family),
      confirmation,
      source: test?.source,
    };
  });
}

/**
 * A few head outputs for a person to read: spread over the changed prompts' ordinary tests
 * (generated probes are left out), in test order so the same change shows the same sample.
 */
function reviewSample(tests: TestComparison[], pairs: PromptPair[], head: Map<string, TestResult>, size: number): ReviewSample[] {
  const candidates = tests.filter((t) => t.head && t.head.outcome !== 'errored' && !t.category);
  const picked = roundRobin(candidates, (t) => t.promptId, size);
  return picked.map((t) => {
    const test = pairs.find((p) => p.id === t.promptId)?.head?.tests.find((x) => x.id === t.testId);
    const result = head.get(keyOf(t.promptId, t.testId));
    return {
      promptId: t.promptId,
      testId: t.testId,
      description: t.description,
      vars: test?.vars ?? {},
      output: result?.runs.find((r) => r.outcome !== 'errored')?.output ?? t.head!.output,
      outcome: t.head!.outcome,
    };
  });
}

function providerErrors(input: ReportInput): ProviderErrorSummary[] {
  const groups = new Map<string, ProviderErrorSummary>();
  for (const side of ['base', 'head'] as const) {
    for (const result of input[side].values()) {
      for (const run of result.runs) {
        if (!run.error) continue;
        const k = `${run.error.modelId}\u0000${run.error.kind}`;
        const g = groups.get(k);
        if (g) {
          g.count++;
          if (g.side !== side) g.side = 'both';
        } else groups.set(k, { side, modelId: run.error.modelId, kind: run.error.kind, count: 1, message: run.error.message });
      }
    }
  }
  return [...groups.values()].sort((a, b) => b.count - a.count);
}
