import type { GatePolicy } from '../config/schema.js';
import { keyOf, type TestResult } from '../engine/types.js';
import type { PromptMessage } from '../prompts/model.js';
import type { PromptComparison, SideStats, TestComparison } from '../report/types.js';
import type { PromptPair } from './plan.js';
import { promptTokens } from './prompt-tokens.js';
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

/**
 * One prompt: base and head stats, deltas, and whether its score dropped (or, `regressedPrompts`
 * holding its id, a test regressed or was removed).
 */
export async function comparePrompt(pair: PromptPair, input: SampledSides, regressedPrompts: ReadonlySet<string>): Promise<PromptComparison> {
  // One pass over the prompt's tests (a prompt may have thousands, each looked up on both sides):
  // each side's results with their screen sizes, and the paired screen-score differences.
  const base: SideResults = { results: [], screens: [] };
  const head: SideResults = { results: [], screens: [] };
  const diffs: number[] = [];
  for (const id of pair.affectedTests) {
    const k = keyOf(pair.id, id);
    const screen = input.evidence?.get(k)?.screen ?? Number.POSITIVE_INFINITY;
    const b = input.base.get(k);
    const h = input.head.get(k);
    if (b && pair.head) addResult(base, b, screen);
    if (h) addResult(head, h, screen);
    // Pairs by test item: only the screen counts, since confirmation samples were drawn for
    // tests picked because they failed, and would tilt the mean.
    const bs = screenScore(b, screen);
    const hs = screenScore(h, screen);
    if (bs !== null && hs !== null) diffs.push(hs - bs);
  }
  const baseStats = pair.base && pair.head ? await sideStats(base, pair.base.prompt.messages, pair.base.modelId) : null;
  const headStats = pair.head ? await sideStats(head, pair.head.prompt.messages, pair.head.modelId) : null;

  const ci = pairedBootstrapCi(diffs);
  const deltaScore = baseStats?.meanScore != null && headStats?.meanScore != null ? headStats.meanScore - baseStats.meanScore : null;
  const drop = promptScoreDrop(diffs, deltaScore, { gate: input.gate, prompts: input.pairs.filter((p) => p.base && p.head).length });
  const shown = (pair.head ?? pair.base)!;
  return {
    id: pair.id,
    name: shown.prompt.name,
    description: shown.prompt.description,
    path: shown.prompt.path,
    model: shown.modelId,
    base: baseStats,
    head: headStats,
    delta: {
      score: deltaScore,
      passRate: diff(baseStats?.passRate, headStats?.passRate),
      tokens: diff(baseStats?.tokens, headStats?.tokens),
      costPer1kUsd: diff(baseStats?.costPer1kUsd, headStats?.costPer1kUsd),
      latencyP95Ms: diff(baseStats?.latencyP95Ms, headStats?.latencyP95Ms),
    },
    significance: { method: diffs.length ? 'sign-test' : 'none', pairs: diffs.length, pValue: drop.pValue, ci95: ci, significant: drop.significant },
    // A removed prompt, or a test the head prompt can no longer run, needs acceptance like a regression.
    regressed: regressedPrompts.has(pair.id) || drop.regressed,
  };
}

/** The ids of the prompts with a regressed or removed test. */
export function promptsWithRegressedTests(tests: readonly TestComparison[]): Set<string> {
  const ids = new Set<string>();
  for (const t of tests) if (t.change === 'regressed' || t.change === 'removed') ids.add(t.promptId);
  return ids;
}

/** One side's results of a prompt, each with its test's screen size. */
interface SideResults {
  results: TestResult[];
  screens: number[];
}

function addResult(side: SideResults, result: TestResult, screen: number): void {
  side.results.push(result);
  side.screens.push(screen);
}

function screenScore(result: TestResult | undefined, screen: number): number | null {
  if (!result) return null;
  let sum = 0;
  let n = 0;
  for (const r of result.runs) {
    if (r.repeatIndex < screen && r.outcome !== 'errored') {
      sum += r.score;
      n++;
    }
  }
  return n ? sum / n : null;
}

/**
 * Pass rate and mean score come from the screen alone: confirmation samples go only to tests
 * picked for failing. One pass over the runs; sums are taken in run order, as `mean` takes them.
 */
async function sideStats({ results, screens }: SideResults, messages: readonly PromptMessage[], modelId: string): Promise<SideStats> {
  const outcomes = { passed: 0, failed: 0, flaky: 0, errored: 0 };
  const latencies: number[] = [];
  const ttfts: number[] = [];
  const costs: number[] = [];
  const testScores: number[] = [];
  let completed = 0;
  let passes = 0;
  results.forEach((result, i) => {
    outcomes[result.outcome]++;
    let screened = 0;
    let scoreSum = 0;
    for (const run of result.runs) {
      if (run.outcome === 'errored') continue;
      latencies.push(run.latencyMs);
      if (run.ttftMs !== undefined) ttfts.push(run.ttftMs);
      if (run.costUsd !== undefined) costs.push(run.costUsd);
      if (run.repeatIndex >= screens[i]!) continue;
      screened++;
      scoreSum += run.score;
      if (run.outcome === 'passed') passes++;
    }
    completed += screened;
    if (screened > 0) testScores.push(scoreSum / screened);
  });
  const costMean = costs.length === latencies.length ? mean(costs) : null;
  return {
    tests: results.length,
    ...outcomes,
    passRate: completed ? passes / completed : null,
    meanScore: mean(testScores),
    tokens: (await promptTokens(messages, modelId)).tokens,
    costPer1kUsd: costMean === null ? null : costMean * 1000,
    latencyP50Ms: percentile(latencies, 50),
    latencyP95Ms: percentile(latencies, 95),
    ttftP50Ms: percentile(ttfts, 50),
    ttftP95Ms: percentile(ttfts, 95),
  };
}

function diff(a: number | null | undefined, b: number | null | undefined): number | null {
  return a === null || a === undefined || b === null || b === undefined ? null : b - a;
}
