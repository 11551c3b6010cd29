import type { GatePolicy } from '../config/schema.js';
import { keyOf, type TestResult } from '../engine/types.js';
import { countMessageTokens } from '../prompts/tokens.js';
import type { PromptComparison, SideStats, TestComparison } from '../report/types.js';
import type { PromptPair } from './plan.js';
import type { TestEvidence } from './sampling.js';
import { mean, pairedBootstrapCi, percentile } from './stats.js';
import { promptScoreDrop } from './tests.js';

/**
 * A prompt's side of report.json: its stats at base and head, their deltas, and the paired
 * comparison of its tests' screen scores that says whether its score dropped significantly.
 */

/** The runs of both sides by test (`keyOf`), with each test's screen size and confirmation. */
export interface SampledSides {
  gate: GatePolicy;
  pairs: PromptPair[];
  base: Map<string, TestResult>;
  head: Map<string, TestResult>;
  /** Each test's screen size and confirmation; without it every sample counts as screen and nothing was confirmed. */
  evidence?: Map<string, TestEvidence>;
}

/** One prompt: base and head stats, deltas, and whether its score dropped (or a test regressed or was removed). */
export async function comparePrompt(pair: PromptPair, input: SampledSides, tests: TestComparison[]): Promise<PromptComparison> {
  // Each test's key and screen size once: a prompt may have thousands of tests, each looked up on both sides.
  const ids = [...pair.affectedTests];
  const keys = ids.map((id) => keyOf(pair.id, id));
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
function screenScoreDiffs(keys: string[], input: SampledSides): number[] {
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

function diff(a: number | null | undefined, b: number | null | undefined): number | null {
  return a === null || a === undefined || b === null || b === undefined ? null : b - a;
}
