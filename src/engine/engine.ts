import { join, resolve } from 'node:path';
import type { LoadedConfig } from '../config/load.js';
import type { TokenCount } from '../prompts/tokens.js';
import { ProviderStack } from '../providers/stack.js';
import { ResponseCache } from './cache.js';
import { ModelCalls, type CallPolicy } from './model-calls.js';
import { DEFAULT_IN_FLIGHT, runJobs, type EvalJob, type Progress } from './run-jobs.js';
import type { Suite, SuitePrompt } from './suite.js';
import { TokenCounts } from './token-counts.js';
import { passRateOf, type TestResult } from './types.js';

export interface EngineOptions {
  /** Repository root: the cache directory and custom assertion paths are relative to it. */
  root: string;
  /**
   * Where the trusted commit's custom assertion modules are (default `root`): a `javascript`
   * assertion loads only a file inside it, by the same path relative to the config.
   */
  moduleRoot?: string;
  loaded: LoadedConfig;
  env?: NodeJS.ProcessEnv;
  /** Overrides `providers.concurrency`. */
  concurrency?: number;
  /** Overrides `repeat` for every test. */
  repeat?: number;
  noCache?: boolean;
  /** Directory a relative `cache.dir` is resolved against; default `root`. */
  cacheRoot?: string;
  /** What a comparison may spend; none bounds the CLI's own runs. */
  policy?: CallPolicy;
  /**
   * Outage drills: these models (or all) fail in promptgate's own client. A drill never touches
   * the response cache: a cached answer would hide the outage, and the fallback's answers must
   * not be stored under the primary's key.
   */
  forceDown?: string[] | 'all';
  onProgress?: (progress: Progress) => void;
}

/** The provider stack, cache and call wrapper one run shares across base and head. */
export interface Engine {
  cache: ResponseCache;
  /** Prompt token counts, remembered in the cache directory. */
  tokens: TokenCounts;
  stack: ProviderStack;
  run(jobs: EvalJob[]): Promise<TestResult[]>;
}

export function createEngine(opts: EngineOptions): Engine {
  const { config } = opts.loaded;
  const providers = config.providers;
  const concurrency = opts.concurrency ?? providers.concurrency;
  const stack = new ProviderStack({
    env: opts.env ?? process.env,
    concurrency,
    perProviderConcurrency: providers.perProviderConcurrency,
    timeoutMs: providers.timeoutMs,
    maxRetries: providers.maxRetries,
    budgetMs: providers.budgetMs,
    fallback: providers.fallback,
    endpoints: providers.endpoints,
    forceDown: opts.forceDown,
  });
  const cacheDir = opts.noCache || opts.forceDown !== undefined || !config.cache.enabled ? undefined : resolve(opts.cacheRoot ?? opts.root, config.cache.dir);
  const cache = new ResponseCache(cacheDir);
  // A subdirectory: its name cannot clash with the two-hex-digit shards of the response cache.
  const tokens = new TokenCounts(cacheDir === undefined ? undefined : join(cacheDir, 'tokens'));
  const calls = new ModelCalls(stack, cache, opts.policy);
  const moduleRoot = opts.moduleRoot ?? opts.root;
  const baseDir = opts.loaded.file ? resolve(moduleRoot, opts.loaded.file, '..') : moduleRoot;
  return {
    cache,
    tokens,
    stack,
    run: (jobs) =>
      runJobs(jobs, {
        calls,
        judgeModel: providers.judge,
        embeddingModel: providers.embedding,
        baseDir,
        moduleRoot,
        // Twice the stack's slots: a call is always queued for the next free one.
        inFlight: Math.max(DEFAULT_IN_FLIGHT, concurrency * 2),
        onProgress: opts.onProgress,
      }),
  };
}

/** One job per test of every prompt in the suite, in deterministic order. */
export function jobsFor(prompts: SuitePrompt[], repeatOverride?: number): EvalJob[] {
  return prompts.flatMap((p) =>
    p.tests.map((test) => ({ prompt: p.prompt, modelId: p.modelId, test, samples: repeatOverride ?? test.repeat ?? 1 })),
  );
}

export interface PromptSummary {
  id: string;
  /** The prompt file's own `name:` and `description:`, when it has them. */
  name?: string;
  description?: string;
  path: string;
  version: string;
  model: string;
  tokens: TokenCount;
  tests: number;
  passed: number;
  failed: number;
  flaky: number;
  errored: number;
  /** Passing samples over completed samples; undefined when nothing completed. */
  passRate?: number;
  meanScore?: number;
}

export interface EvalSummary {
  tests: number;
  passed: number;
  failed: number;
  flaky: number;
  errored: number;
}

/** Prompt token counts of a suite, in its prompt order. */
export function countSuiteTokens(suite: Suite, tokens: TokenCounts): Promise<TokenCount[]> {
  return Promise.all(suite.prompts.map((p) => tokens.ofMessages(p.prompt.messages, p.modelId)));
}

/** Per-prompt and overall counts for the eval report and table; `tokens` in the suite's prompt order. */
export async function summarisePrompts(suite: Suite, results: TestResult[], tokens: TokenCount[]): Promise<{ prompts: PromptSummary[]; summary: EvalSummary }> {
  const summary: EvalSummary = { tests: results.length, passed: 0, failed: 0, flaky: 0, errored: 0 };
  for (const r of results) summary[r.outcome]++;
  const prompts = await Promise.all(
    suite.prompts.map(async (p, i): Promise<PromptSummary> => {
      const mine = results.filter((r) => r.promptId === p.prompt.id && r.promptVersion === p.prompt.version);
      const scored = mine.filter((r) => r.completed > 0);
      return {
        id: p.prompt.id,
        name: p.prompt.name,
        description: p.prompt.description,
        path: p.prompt.path,
        version: p.prompt.version,
        model: p.modelId,
        tokens: tokens[i]!,
        tests: mine.length,
        passed: mine.filter((r) => r.outcome === 'passed').length,
        failed: mine.filter((r) => r.outcome === 'failed').length,
        flaky: mine.filter((r) => r.outcome === 'flaky').length,
        errored: mine.filter((r) => r.outcome === 'errored').length,
        passRate: passRateOf(mine) ?? undefined,
        meanScore: scored.length ? scored.reduce((s, r) => s + r.score, 0) / scored.length : undefined,
      };
    }),
  );
  return { prompts, summary };
}
