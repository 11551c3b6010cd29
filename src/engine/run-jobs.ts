import { evaluateAssertions } from '../assertions/evaluate.js';
import type { Prompt, PromptMessage, PromptTestCase } from '../prompts/model.js';
import { renderMessages } from '../prompts/render.js';
import { ProviderError } from '../providers/types.js';
import { UserError } from '../util/errors.js';
import { defaultEmbeddingModel, type ModelCalls } from './model-calls.js';
import type { RunResult, TestOutcome, TestResult } from './types.js';

/** One test of one prompt version to sample `samples` times, starting at sample index `from`. */
export interface EvalJob {
  prompt: Prompt;
  modelId: string;
  test: PromptTestCase;
  samples: number;
  from?: number;
}

export interface Progress {
  done: number;
  total: number;
  cached: number;
  errored: number;
}

export interface RunOptions {
  calls: ModelCalls;
  /** Judge for model-graded assertions; defaults to the prompt's own model. */
  judgeModel?: string;
  embeddingModel?: string;
  /** Directory custom assertion files are relative to. */
  baseDir: string;
  /** Directory custom assertion modules must lie inside (the trusted commit's files). */
  moduleRoot: string;
  /**
   * Samples under way at once (rendered, looked up in the cache, waiting on a model or being
   * scored); default {@link DEFAULT_IN_FLIGHT}. Keep it above the provider stack's concurrency
   * so the stack always has a call queued for its next free slot.
   */
  inFlight?: number;
  onProgress?: (progress: Progress) => void;
}

export const DEFAULT_IN_FLIGHT = 32;

/**
 * Runs every sample of every job and returns one TestResult per job, in the order of `jobs`
 * whatever order the calls finish in.
 *
 * A fixed number of lanes take samples in job order, so memory holds the samples under way
 * and the finished results, never a pending request for every test of a large suite (those
 * would outlive the young generation and pile up as garbage until a full collection), and
 * the first request goes out before the last test is rendered.
 */
export async function runJobs(jobs: EvalJob[], opts: RunOptions): Promise<TestResult[]> {
  const progress: Progress = { done: 0, total: jobs.reduce((n, j) => n + j.samples, 0), cached: 0, errored: 0 };
  opts.onProgress?.(progress);
  const results: TestResult[] = new Array<TestResult>(jobs.length);
  const runs: RunResult[][] = jobs.map(() => []);
  // A job's messages are rendered once for all its samples, by whichever lane gets there first.
  const messages: (Promise<PromptMessage[]> | undefined)[] = new Array<Promise<PromptMessage[]> | undefined>(jobs.length);
  let job = 0;
  let sample = 0;
  let stopped = false;

  const lane = async (): Promise<void> => {
    for (;;) {
      while (job < jobs.length && sample >= jobs[job]!.samples) {
        job++;
        sample = 0;
      }
      if (stopped || job >= jobs.length) return;
      const j = job;
      const current = jobs[j]!;
      const repeatIndex = (current.from ?? 0) + sample++;
      const rendering = (messages[j] ??= renderMessages(current.prompt, current.test.vars).then((m) => withInjection(m, current.test.inject)));
      let run: RunResult;
      try {
        run = await runSample(current, await rendering, repeatIndex, opts);
      } catch (err) {
        stopped = true;
        throw err;
      }
      progress.done++;
      if (run.cached) progress.cached++;
      if (run.outcome === 'errored') progress.errored++;
      opts.onProgress?.(progress);
      runs[j]!.push(run);
      if (runs[j]!.length === current.samples) {
        results[j] = summarise(current, runs[j]!);
        runs[j] = [];
        messages[j] = undefined;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.inFlight ?? DEFAULT_IN_FLIGHT, progress.total)) }, lane));
  // A job asked for no samples has nothing to fold but still gets its (errored) result.
  jobs.forEach((j, i) => (results[i] ??= summarise(j, [])));
  return results;
}

async function runSample(job: EvalJob, messages: PromptMessage[], repeatIndex: number, opts: RunOptions): Promise<RunResult> {
  const { prompt, test, modelId } = job;
  let answer;
  try {
    answer = await opts.calls.complete(
      modelId,
      { messages, params: prompt.params, responseFormat: prompt.responseFormat, tools: prompt.tools, stream: prompt.meta.interactive === true },
      repeatIndex,
    );
  } catch (err) {
    return errored(repeatIndex, err, modelId);
  }
  const base = {
    repeatIndex,
    output: answer.text,
    latencyMs: answer.latencyMs,
    ttftMs: answer.ttftMs,
    usage: answer.usage,
    costUsd: answer.costUsd,
    answeredBy: answer.modelId,
    cached: answer.cached,
  };
  try {
    const verdict = await evaluateAssertions(test.assert, {
      output: answer.text,
      vars: test.vars,
      expected: test.expected,
      prompt,
      latencyMs: answer.latencyMs,
      costUsd: answer.costUsd,
      usage: answer.usage,
      model: answer.modelId,
      judge: opts.calls.judge(opts.judgeModel ?? modelId),
      embed: opts.calls.embedder(opts.embeddingModel ?? defaultEmbeddingModel(modelId)),
      baseDir: opts.baseDir,
      moduleRoot: opts.moduleRoot,
    });
    return { ...base, outcome: verdict.pass ? 'passed' : 'failed', score: verdict.score, assertions: verdict.results };
  } catch (err) {
    return { ...errored(repeatIndex, err, opts.judgeModel ?? modelId), ...base };
  }
}

function errored(repeatIndex: number, err: unknown, modelId: string): RunResult {
  // A broken config (e.g. a custom assertion file that does not load) is the user's to fix: stop.
  if (err instanceof UserError) throw err;
  const error =
    err instanceof ProviderError
      ? { kind: err.rootKind, modelId: err.modelId, message: rootCause(err).message }
      : { kind: 'internal' as const, modelId, message: err instanceof Error ? err.message : String(err) };
  return { repeatIndex, outcome: 'errored', score: 0, output: '', assertions: [], latencyMs: 0, cached: false, error };
}

/** A call an open circuit turned away reports the failure that opened it (its kind and its words). */
function rootCause(err: ProviderError): ProviderError {
  return err.kind === 'circuit_open' && err.cause instanceof ProviderError ? err.cause : err;
}

/** Appends a test's injected system text (e.g. an adversarial test's canary) to the system prompt. */
function withInjection(messages: PromptMessage[], inject: PromptTestCase['inject']): PromptMessage[] {
  if (!inject) return messages;
  const i = messages.findIndex((m) => m.role === 'system' || m.role === 'developer');
  if (i < 0) return [{ role: 'system', content: inject.system }, ...messages];
  return messages.map((m, j) => (j === i ? { ...m, content: `${m.content.trimEnd()}\n${inject.system}` } : m));
}

/** Folds a test's samples into one outcome: errors never count as passes or failures. */
export function summarise(job: Pick<EvalJob, 'prompt' | 'test' | 'modelId'>, runs: RunResult[]): TestResult {
  const sorted = [...runs].sort((a, b) => a.repeatIndex - b.repeatIndex);
  const completed = sorted.filter((r) => r.outcome !== 'errored');
  const passes = completed.filter((r) => r.outcome === 'passed').length;
  let outcome: TestOutcome;
  if (completed.length === 0) outcome = 'errored';
  else if (passes === completed.length) outcome = 'passed';
  else if (passes === 0) outcome = 'failed';
  else outcome = 'flaky';
  return {
    promptId: job.prompt.id,
    promptPath: job.prompt.path,
    promptVersion: job.prompt.version,
    testId: job.test.id,
    description: job.test.description,
    modelId: job.modelId,
    outcome,
    passes,
    completed: completed.length,
    errors: sorted.length - completed.length,
    score: completed.length ? completed.reduce((s, r) => s + r.score, 0) / completed.length : 0,
    runs: sorted,
  };
}
