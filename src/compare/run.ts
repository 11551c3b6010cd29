import type { LoadedConfig } from '../config/load.js';
import { DEFAULT_CONFIG_PATH, defaultConfig, parseConfig } from '../config/load.js';
import { runChecklist } from '../checklist/run.js';
import { createEngine, type EngineOptions } from '../engine/evaluate.js';
import type { EvalJob, Progress } from '../engine/run.js';
import { summarise } from '../engine/run.js';
import { loadSuite, selectsPromptFile, type Suite } from '../engine/suite.js';
import type { TestResult } from '../engine/types.js';
import type { ComparisonReport, FileProblem } from '../report/types.js';
import { applyRequirements } from '../gate/requirements.js';
import type { GatePolicy } from '../config/schema.js';
import { holdTokenizer } from '../prompts/tokens.js';
import { missingCredential } from '../providers/credentials.js';
import type { ChangeSource, FileSource } from '../source/types.js';
import { UserError } from '../util/errors.js';
import type { ChangedFile } from './changed-files.js';
import { planComparison, type PromptPair } from './plan.js';
import { buildReport, type ReportInput } from './report.js';
import { evidenceOf, isAmbiguous } from './tests.js';

export interface CompareOptions {
  /** Where the commits and files come from. */
  source: ChangeSource;
  /** Directory the response cache and custom assertion files are relative to (a checkout, or the App's work dir). */
  root: string;
  /** The branch or commit the change goes into; null evaluates head alone (every test is new). */
  base: string | null;
  head: string;
  /** Repository-relative config path; default `promptgate.yml` (zero-config when absent). */
  configPath?: string;
  /**
   * Which side's config decides providers, gate and custom assertions. `head` suits a workflow
   * on the PR's own code; a service holding secrets must use `base` so a PR cannot rewrite it.
   */
  trust?: 'head' | 'base';
  /** Gate settings that override the config's (the Action's `fail-on` input). */
  gate?: Partial<GatePolicy>;
  /** Skip, with the reason, when a needed model has no credentials (instead of erroring every test). */
  requireCredentials?: boolean;
  /** An earlier result: returned as is, with no model call, when it was computed from exactly these commits and config. */
  recorded?: RecordedComparison;
  env?: NodeJS.ProcessEnv;
  concurrency?: number;
  noCache?: boolean;
  onProgress?: (progress: Progress) => void;
}

/** What a comparison's result depends on, besides model behaviour. */
export interface ComparisonInputs {
  baseSha: string;
  headSha: string;
  mergeBaseSha: string;
  configHash: string;
}

/** A result and what it was computed from, as a caller kept it (e.g. in the PR comment's state block). */
export interface RecordedComparison {
  baseSha: string;
  headSha: string;
  configHash: string;
  report: ComparisonReport;
}

/** What `compare()` evaluated: the report, the inputs it was computed from, and whether it is a recorded one. */
export interface Comparison {
  report: ComparisonReport;
  inputs: ComparisonInputs;
  reused: boolean;
}

/** The main job: what did the change from base to head do to the prompts' evals? */
export async function compare(opts: CompareOptions): Promise<Comparison> {
  const prepared = await prepareComparison(opts);
  if (prepared.report) return { report: prepared.report, inputs: prepared.inputs, reused: prepared.reused };
  const samples = await sampleTests(prepared, prepared.pairs, comparedTests(prepared.pairs));
  return { report: await concludeComparison(prepared, samples), inputs: prepared.inputs, reused: false };
}

/**
 * Everything a comparison decides before any model call: the commits, the trusted config, and
 * the pairs of prompts and tests to sample. `report` is set when no sampling is needed (nothing
 * relevant changed, a missing credential, or a result reused as is).
 */
export interface PreparedComparison {
  started: number;
  inputs: ComparisonInputs;
  report?: ComparisonReport;
  /** `report` is the recorded one the caller passed (`CompareOptions.recorded`). */
  reused: boolean;
  context: Omit<ReportInput, 'pairs' | 'base' | 'head' | 'problems' | 'providerStats'>;
  problems: FileProblem[];
  pairs: PromptPair[];
  trusted: LoadedConfig;
  headSuite: Suite;
  headSource: FileSource;
  engineOptions: EngineOptions;
  env: NodeJS.ProcessEnv;
}

/** Both sides' results by {@link keyOf}, and what drawing them cost. */
export interface Samples {
  base: Map<string, TestResult>;
  head: Map<string, TestResult>;
  modelCalls: number;
  adaptiveSamples: number;
}

/** Steps 1–4 of a comparison: commits, configs, the trusted one, and the plan of pairs. */
export async function prepareComparison(opts: CompareOptions): Promise<PreparedComparison> {
  const started = Date.now();
  const range = await opts.source.resolve(opts.base, opts.head);
  const configPath = opts.configPath ?? DEFAULT_CONFIG_PATH;
  const baseSource: FileSource = range.mergeBaseSha ? opts.source.at(range.mergeBaseSha, `base ${range.mergeBaseSha.slice(0, 7)}`) : EMPTY_SOURCE;
  const headSource = opts.source.at(range.headSha, `head ${range.headSha.slice(0, 7)}`);
  const problems: FileProblem[] = [];
  const notes = range.note ? [range.note] : [];
  const env = opts.env ?? process.env;

  const headConfig = await readConfig(headSource, configPath, 'head', problems);
  const baseConfig = await readConfig(baseSource, configPath, 'base', problems);
  if (problems.some((p) => p.side === 'base')) notes.push(`the config at base could not be read; base runs with the head config`);
  // Trusting base, an unreadable base config falls back to the defaults, never to the head's:
  // a PR must not choose the endpoints that receive the provider keys.
  const trusted = opts.trust === 'base' ? (baseConfig ?? defaultConfig()) : (headConfig ?? baseConfig ?? defaultConfig());
  const gate: GatePolicy = { ...trusted.config.gate, ...definedOnly(opts.gate ?? {}) };
  const inputs: ComparisonInputs = { baseSha: range.baseSha, headSha: range.headSha, mergeBaseSha: range.mergeBaseSha, configHash: trusted.hash };
  const engineOptions: EngineOptions = { root: opts.root, loaded: trusted, env: opts.env, concurrency: opts.concurrency, noCache: opts.noCache, onProgress: opts.onProgress };
  const context = {
    range,
    configFile: headConfig?.file ?? null,
    configHash: trusted.hash,
    notes,
    gate,
    growthMaxShare: trusted.config.growth.maxShare,
    reviewSampleSize: trusted.config.review.sampleSize,
  };
  const prepared: PreparedComparison = { started, inputs, reused: false, context, problems, pairs: [], trusted, headSuite: { prompts: [], errors: [] }, headSource, engineOptions, env };

  const recorded = opts.recorded;
  if (recorded && recorded.baseSha === inputs.baseSha && recorded.headSha === inputs.headSha && recorded.configHash === inputs.configHash) {
    return { ...prepared, report: recorded.report, reused: true };
  }

  const changed: ChangedFile[] = range.mergeBaseSha
    ? await opts.source.changedFiles(range.mergeBaseSha, range.headSha)
    : (await headSource.listFiles()).map((path) => ({ path, status: 'added' as const }));
  const relevant = changed.filter(
    (f) =>
      f.path === configPath ||
      [headConfig, baseConfig].some((c) => c && (selectsPromptFile(c, f.path) || (f.previousPath !== undefined && selectsPromptFile(c, f.previousPath)) || referencesFile(c, f.path))),
  );

  if (relevant.length === 0 && !problems.some((p) => p.side === 'head')) {
    return { ...prepared, report: await buildReport({ ...context, pairs: [], base: new Map(), head: new Map(), problems, providerStats: emptyStats(started) }) };
  }

  const baseSuite = await loadSuite(baseSource, baseConfig ?? headConfig ?? defaultConfig());
  const headSuite = headConfig ? await loadSuite(headSource, headConfig) : { prompts: [], errors: [] };
  problems.push(...suiteProblems(baseSuite, 'base'), ...suiteProblems(headSuite, 'head'));
  // A prompt that is broken at head is reported as a file problem, not as deleted.
  const brokenAtHead = new Set(problems.filter((p) => p.side === 'head' && p.file).map((p) => p.file));
  const pairs = planComparison(baseSuite, headSuite, changed).filter(
    (p) => (p.affectedTests.size > 0 || p.status !== 'unchanged') && !(p.status === 'deleted' && brokenAtHead.has(p.base!.prompt.path)),
  );

  if (opts.requireCredentials) {
    const models = new Set(pairs.flatMap((p) => [p.base?.modelId, p.head?.modelId]).filter((m): m is string => !!m));
    const missing = [...models].map((m) => missingCredential(m, env, trusted.config.providers.endpoints)).filter((m): m is string => !!m);
    if (missing.length) {
      // Report what changed, run nothing: a missing key is the workflow's setup, not a result.
      const report = await buildReport({ ...context, pairs, base: new Map(), head: new Map(), problems, providerStats: emptyStats(started) });
      if (report.verdict === 'error') return { ...prepared, pairs, report };
      return { ...prepared, pairs, report: { ...report, prompts: [], tests: [], verdict: 'skipped', blocking: false, summary: `Not evaluated: no provider credentials. ${missing.join('; ')}.` } };
    }
  }
  return { ...prepared, pairs, headSuite };
}

/**
 * Step 5: samples the affected tests of `pairs` on both sides, then draws more where an outcome
 * is still ambiguous. `familySize` is how many tests the PR compares in all — in a shard, more
 * than `pairs` holds — since a test is settled by the correction over the whole family.
 */
export async function sampleTests(prepared: PreparedComparison, pairs: PromptPair[], familySize: number): Promise<Samples> {
  const { trusted } = prepared;
  const engine = createEngine(prepared.engineOptions);
  const sides = { base: new Map<string, TestResult>(), head: new Map<string, TestResult>() };
  const repeat = trusted.config.repeat;
  const cap = Math.max(repeat, trusted.config.maxRepeat ?? (repeat > 1 ? 10 : 1));

  const first = jobsOf(pairs, (t) => t.repeat ?? repeat);
  await runInto(engine.run.bind(engine), first, sides);
  let adaptiveSamples = 0;
  // Adaptive sampling: draw more samples only where the outcome is still ambiguous. A test is
  // settled once its p-value would survive the correction over the whole family (Bonferroni's
  // bound, which Holm never exceeds), so sampling stops where the verdict can no longer move.
  const settleAlpha = trusted.config.gate.alpha / Math.max(1, familySize);
  for (;;) {
    const more = first.filter(({ side, pair, job }) => {
      if (side !== 'head') return false;
      const key = keyOf(pair.id, job.test.id);
      const b = sides.base.get(key);
      const h = sides.head.get(key);
      return !!b && !!h && b.runs.length < cap && isAmbiguous(b, h, evidenceOf(b, h), settleAlpha);
    });
    if (more.length === 0) break;
    const extra = more.flatMap(({ pair, job }) => {
      const key = keyOf(pair.id, job.test.id);
      const step = Math.min(job.samples, cap - sides.head.get(key)!.runs.length);
      return (['base', 'head'] as const).map((side) => {
        const current = sides[side].get(key)!;
        const sideJob = first.find((j) => j.side === side && j.pair === pair && j.job.test.id === job.test.id)!.job;
        return { side, pair, job: { ...sideJob, samples: step, from: current.runs.length } };
      });
    });
    adaptiveSamples += extra.reduce((n, e) => n + e.job.samples, 0);
    await runInto(engine.run.bind(engine), extra, sides, true);
  }
  return { ...sides, modelCalls: engine.stack.stats.calls, adaptiveSamples };
}

/** How many tests of `pairs` are compared (sampled on both sides): the family the correction is over. */
export function comparedTests(pairs: PromptPair[]): number {
  let n = 0;
  for (const pair of pairs) {
    if (!pair.head || !pair.base) continue;
    const atBase = new Set(pair.base.tests.map((t) => t.id));
    for (const t of pair.head.tests) if (pair.affectedTests.has(t.id) && atBase.has(t.id)) n++;
  }
  return n;
}

/** Steps 6–7: the report from the samples (per-test changes, deltas, verdict), then the checklist. */
export async function concludeComparison(prepared: PreparedComparison, samples: Samples, pairs = prepared.pairs): Promise<ComparisonReport> {
  const { started } = prepared;
  // The report and the checklist count prompt tokens in turn: one tokenizer load serves both.
  const releaseTokenizer = holdTokenizer(undefined);
  try {
    const all = [...samples.base.values(), ...samples.head.values()];
    const report = await buildReport({
      ...prepared.context,
      pairs,
      base: samples.base,
      head: samples.head,
      problems: prepared.problems,
      providerStats: {
        durationMs: Date.now() - started,
        samples: all.reduce((n, r) => n + r.runs.length, 0),
        modelCalls: samples.modelCalls,
        cachedSamples: all.reduce((n, r) => n + r.runs.filter((x) => x.cached).length, 0),
        adaptiveSamples: samples.adaptiveSamples,
      },
    });
    if (report.verdict === 'error') return report;

    // The readiness checklist looks at the head side; its drills run on engines of their own.
    const checklist = await runChecklist({
      report,
      head: prepared.headSuite,
      headFiles: prepared.headSource,
      config: prepared.trusted.config,
      changedPromptIds: new Set(pairs.filter((p) => p.status !== 'unchanged').map((p) => p.id)),
      runHead: (jobs, drill) => createEngine({ ...prepared.engineOptions, forceDown: drill?.forceDown, onProgress: undefined }).run(jobs),
      env: prepared.env,
    });
    return applyRequirements({ ...report, stats: { ...report.stats, durationMs: Date.now() - started } }, checklist);
  } finally {
    releaseTokenizer();
  }
}

interface SideJob {
  side: 'base' | 'head';
  pair: PromptPair;
  job: EvalJob;
}

function jobsOf(pairs: PromptPair[], samplesOf: (t: EvalJob['test']) => number): SideJob[] {
  const jobs: SideJob[] = [];
  for (const pair of pairs) {
    for (const side of ['base', 'head'] as const) {
      const sp = pair[side];
      // A deleted prompt needs no base run: its tests are simply removed.
      if (!sp || (side === 'base' && !pair.head)) continue;
      for (const test of sp.tests) {
        if (pair.affectedTests.has(test.id)) jobs.push({ side, pair, job: { prompt: sp.prompt, modelId: sp.modelId, test, samples: samplesOf(test) } });
      }
    }
  }
  return jobs;
}

async function runInto(
  run: (jobs: EvalJob[]) => Promise<TestResult[]>,
  jobs: SideJob[],
  sides: Record<'base' | 'head', Map<string, TestResult>>,
  merge = false,
): Promise<void> {
  const results = await run(jobs.map((j) => j.job));
  results.forEach((result, i) => {
    const { side, pair, job } = jobs[i]!;
    const key = keyOf(pair.id, job.test.id);
    const previous = merge ? sides[side].get(key) : undefined;
    sides[side].set(key, previous ? summarise(job, [...previous.runs, ...result.runs]) : result);
  });
}

export function keyOf(pairId: string, testId: string): string {
  return `${pairId}\u0000${testId}`;
}

async function readConfig(source: FileSource, path: string, side: 'base' | 'head', problems: FileProblem[]): Promise<LoadedConfig | undefined> {
  const text = await source.readFile(path);
  if (text === undefined) return defaultConfig();
  try {
    return parseConfig(path, text);
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    problems.push(problemOf(err, side));
    return undefined;
  }
}

function suiteProblems(suite: Suite, side: 'base' | 'head'): FileProblem[] {
  return suite.errors.map((e) => problemOf(e, side));
}

function problemOf(err: UserError, side: 'base' | 'head'): FileProblem {
  return {
    side,
    message: err.message,
    file: err.location?.file ?? null,
    line: err.location?.line ?? null,
    column: err.location?.column ?? null,
    hint: err.hint ?? null,
  };
}

function referencesFile(loaded: LoadedConfig, path: string): boolean {
  return loaded.config.tests.some((t) => t.assert.some((a) => a.file !== undefined && path.endsWith(a.file.replace(/^\.\//, ''))));
}

const EMPTY_SOURCE: FileSource = { label: 'no base', listFiles: async () => [], readFile: async () => undefined };

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function emptyStats(started: number) {
  return { durationMs: Date.now() - started, samples: 0, modelCalls: 0, cachedSamples: 0, adaptiveSamples: 0 };
}
