import type { GatePolicy } from '../config/schema.js';
import type { TestResult } from '../engine/types.js';
import type { PromptTestCase } from '../prompts/model.js';
import { countMessageTokens } from '../prompts/tokens.js';
import { costUsd } from '../providers/pricing.js';
import { roundRobin } from '../util/round-robin.js';
import type { ChangedPrompt, ComparisonReport, FileProblem, GrowthFlag, PromptComparison, ProviderErrorSummary, ReviewSample, RunStats, SideStats, TestComparison } from '../report/types.js';
import type { PromptPair } from './plan.js';
import type { CommitRange } from '../source/types.js';
import type { TestEvidence } from './sampling.js';
import { mean, pairedBootstrapCi, percentile } from './stats.js';
import { classifyChange, promptScoreDrop, sideOf } from './tests.js';
import { decide } from './verdict.js';

export interface ReportInput {
  range: CommitRange;
  /** Token growth share above which a prompt is flagged; sample size for human review. */
  growthMaxShare: number;
  reviewSampleSize: number;
  configFile: string | null;
  configHash: string;
  gate: GatePolicy;
  notes: string[];
  pairs: PromptPair[];
  base: Map<string, TestResult>;
  head: Map<string, TestResult>;
  problems: FileProblem[];
  providerStats: RunStats;
  /** Each test's screen size and confirmation; without it every sample counts as screen and nothing was confirmed. */
  evidence?: Map<string, TestEvidence>;
}

const key = (pairId: string, testId: string) => `${pairId}\u0000${testId}`;

/** Turns the runs of both sides into report.json v1: per-test changes, per-prompt deltas, verdict. */
export async function buildReport(input: ReportInput): Promise<ComparisonReport> {
  const { gate, pairs } = input;
  const tests = compareTests(input);
  const prompts = await Promise.all(pairs.map((pair) => comparePrompt(pair, input, tests)));
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
    for (const testId of [...pair.affectedTests].sort()) rows.push({ pair, testId, k: key(pair.id, testId), headTest: headTests.get(testId), baseTest: baseTests.get(testId) });
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
      ...(headChange ? { headChange } : {}),
      base: sideOf(base),
      head: sideOf(head),
      pValue,
      adjustedPValue: pValue === null ? null : Math.min(1, pValue * confirmation!.family),
      confirmation,
      source: test?.source,
    };
  });
}

async function comparePrompt(pair: PromptPair, input: ReportInput, tests: TestComparison[]): Promise<PromptComparison> {
  // Each test's key and screen size once: a prompt may have thousands of tests, each looked up on both sides.
  const ids = [...pair.affectedTests];
  const keys = ids.map((id) => key(pair.id, id));
  const screens = new Map(ids.map((id, i) => [id, input.evidence?.get(keys[i]!)?.screen ?? Number.POSITIVE_INFINITY]));
  const mine = (side: Map<string, TestResult>) => keys.flatMap((k) => side.get(k) ?? []);
  const baseResults = pair.head ? mine(input.base) : [];
  const headResults = mine(input.head);
  const screenOf = (r: TestResult) => screens.get(r.testId) ?? Number.POSITIVE_INFINITY;
  const base = pair.base && pair.head ? await sideStats(baseResults, screenOf, pair.base.prompt.messages, pair.base.modelId) : null;
  const head = pair.head ? await sideStats(headResults, screenOf, pair.head.prompt.messages, pair.head.modelId) : null;

  const diffs = screenScoreDiffs(keys, input);
  const ci = pairedBootstrapCi(diffs);
  const deltaScore = base?.meanScore != null && head?.meanScore != null ? head.meanScore - base.meanScore : null;
  const drop = promptScoreDrop(diffs, deltaScore, { gate: input.gate, prompts: input.pairs.filter((p) => p.base && p.head).length });
  // A removed prompt, or a test the head prompt can no longer run, needs acceptance like a regression.
  const regressedTests = tests.some((t) => t.promptId === pair.id && (t.change === 'regressed' || t.change === 'removed'));
  return {
    id: pair.id,
    name: (pair.head ?? pair.base)!.prompt.name,
    description: (pair.head ?? pair.base)!.prompt.description,
    path: (pair.head ?? pair.base)!.prompt.path,
    model: (pair.head ?? pair.base)!.modelId,
    base,
    head,
    delta: {
      score: deltaScore,
      passRate: diff(base?.passRate, head?.passRate),
      tokens: diff(base?.tokens, head?.tokens),
      costPer1kUsd: diff(base?.costPer1kUsd, head?.costPer1kUsd),
      latencyP95Ms: diff(base?.latencyP95Ms, head?.latencyP95Ms),
    },
    significance: { method: diffs.length ? 'sign-test' : 'none', pairs: diffs.length, pValue: drop.pValue, ci95: ci, significant: drop.significant },
    regressed: regressedTests || drop.regressed,
  };
}

/**
 * Pairs by test item: each test's mean screen score, head minus base. Only the screen counts:
 * confirmation samples were drawn for tests picked because they failed, and would tilt the mean.
 */
function screenScoreDiffs(keys: string[], input: ReportInput): number[] {
  const diffs: number[] = [];
  for (const k of keys) {
    const screen = input.evidence?.get(k)?.screen ?? Number.POSITIVE_INFINITY;
    const b = screenScore(input.base.get(k), screen);
    const h = screenScore(input.head.get(k), screen);
    if (b !== null && h !== null) diffs.push(h - b);
  }
  return diffs;
}

function screenScore(result: TestResult | undefined, screen: number): number | null {
  return mean((result?.runs ?? []).filter((r) => r.repeatIndex < screen && r.outcome !== 'errored').map((r) => r.score));
}

/** Pass rate and mean score come from the screen alone: confirmation samples go only to tests picked for failing. */
async function sideStats(results: TestResult[], screenOf: (r: TestResult) => number, messages: Parameters<typeof countMessageTokens>[0], modelId: string): Promise<SideStats> {
  const runs = results.flatMap((r) => r.runs.filter((x) => x.outcome !== 'errored'));
  const costs = runs.flatMap((r) => (r.costUsd === undefined ? [] : [r.costUsd]));
  const screened = results.map((r) => r.runs.filter((x) => x.outcome !== 'errored' && x.repeatIndex < screenOf(r)));
  const completed = screened.reduce((n, s) => n + s.length, 0);
  const passes = screened.reduce((n, s) => n + s.filter((x) => x.outcome === 'passed').length, 0);
  const costMean = costs.length === runs.length ? mean(costs) : null;
  return {
    tests: results.length,
    passed: results.filter((r) => r.outcome === 'passed').length,
    failed: results.filter((r) => r.outcome === 'failed').length,
    flaky: results.filter((r) => r.outcome === 'flaky').length,
    errored: results.filter((r) => r.outcome === 'errored').length,
    passRate: completed ? passes / completed : null,
    meanScore: mean(screened.filter((s) => s.length > 0).map((s) => mean(s.map((x) => x.score))!)),
    tokens: (await countMessageTokens(messages, modelId)).tokens,
    costPer1kUsd: costMean === null ? null : costMean * 1000,
    latencyP50Ms: percentile(runs.map((r) => r.latencyMs), 50),
    latencyP95Ms: percentile(runs.map((r) => r.latencyMs), 95),
    ttftP50Ms: percentile(runs.flatMap((r) => (r.ttftMs === undefined ? [] : [r.ttftMs])), 50),
    ttftP95Ms: percentile(runs.flatMap((r) => (r.ttftMs === undefined ? [] : [r.ttftMs])), 95),
  };
}

async function changedPrompt(pair: PromptPair): Promise<ChangedPrompt> {
  const count = async (sp: PromptPair['base']) => (sp ? await countMessageTokens(sp.prompt.messages, sp.modelId) : undefined);
  const [b, h] = await Promise.all([count(pair.base), count(pair.head)]);
  const status = pair.status === 'unchanged' ? 'modified' : pair.status;
  return {
    id: pair.id,
    path: (pair.head ?? pair.base)!.prompt.path,
    previousPath: pair.previousPath,
    status,
    baseVersion: pair.base?.prompt.version ?? null,
    headVersion: pair.head?.prompt.version ?? null,
    baseTokens: b?.tokens ?? null,
    headTokens: h?.tokens ?? null,
    tokensEstimated: (b?.estimated ?? false) || (h?.estimated ?? false),
    baseText: pair.base?.text ?? null,
    headText: pair.head?.text ?? null,
  };
}

/** Prompts whose tokens grew by more than `maxShare`, with the input cost the growth adds per 1,000 calls. */
async function growthFlags(changed: ChangedPrompt[], pairs: PromptPair[], maxShare: number): Promise<GrowthFlag[]> {
  const flags: GrowthFlag[] = [];
  for (const c of changed) {
    if (c.baseTokens === null || c.headTokens === null || c.baseTokens === 0) continue;
    const share = (c.headTokens - c.baseTokens) / c.baseTokens;
    if (share <= maxShare) continue;
    const model = pairs.find((p) => p.id === c.id)?.head?.modelId;
    const added = model ? await costUsd(model, { inputTokens: c.headTokens - c.baseTokens, outputTokens: 0 }) : undefined;
    flags.push({ promptId: c.id, baseTokens: c.baseTokens, headTokens: c.headTokens, share, addedCostPer1kUsd: added === undefined ? null : added * 1000 });
  }
  return flags;
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
    const result = head.get(key(t.promptId, t.testId));
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

function diff(a: number | null | undefined, b: number | null | undefined): number | null {
  return a === null || a === undefined || b === null || b === undefined ? null : b - a;
}
