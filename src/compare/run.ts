import { isAbsolute, relative, resolve } from 'node:path';
import type { LoadedConfig } from '../config/load.js';
import { DEFAULT_CONFIG_PATH } from '../config/load.js';
import { runChecklist } from '../checklist/run.js';
import { createEngine, type EngineOptions } from '../engine/evaluate.js';
import type { Progress } from '../engine/run.js';
import { loadSuite, selectsPromptFile, type Suite } from '../engine/suite.js';
import type { ComparisonReport, FileProblem } from '../report/types.js';
import { applyRequirements } from '../gate/requirements.js';
import type { GatePolicy } from '../config/schema.js';
import { missingCredential } from '../providers/credentials.js';
import type { ChangeSource, FileSource } from '../source/types.js';
import { LimitError, UserError } from '../util/errors.js';
import type { ChangedFile } from './changed-files.js';
import { headChangeNotes, planComparison, type PromptPair } from './plan.js';
import { checkLimits, limitReport, modelAllowance } from './limits.js';
import { buildReport, type ReportInput } from './report.js';
import { problemOf, readJudgingConfig } from './trusted-config.js';
import { confirmationStats, confirmCandidates, jobsOf, screenBothSides, type SampledSides, type ScreenedSides } from './sampling.js';
export { keyOf } from './sampling.js';
import type { CommitRange } from './range.js';
import { materialiseModules, namedModules } from '../assertions/trusted-modules.js';

export interface CompareOptions {
  /** Where the commits and files come from. */
  source: ChangeSource;
  /** Directory custom assertion files are relative to (a checkout, or the App's work dir). */
  root: string;
  /**
   * Directory a relative `cache.dir` is resolved against; default `root`. The Action keeps it
   * out of the checkout: answers must never come from files the head controls.
   */
  cacheRoot?: string;
  /**
   * Where to write the base commit's custom assertion modules. When set, `javascript` assertions
   * load only those (never a file of `root`, which may be the PR's head checkout), and a head
   * change to one of them is noted as taking effect after merge.
   */
  moduleDir?: string;
  /** The branch or commit the change goes into; null evaluates head alone (every test is new). */
  base: string | null;
  head: string;
  /** Repository-relative config path; default `promptgate.yml` (zero-config when absent). */
  configPath?: string;
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

/** How a report that ran nothing for want of provider keys begins its summary (the CLI exits 2 on it). */
export const NO_CREDENTIALS = 'Not evaluated: no provider credentials.';

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

/**
 * The main job: what did the change from base to head do to the prompts' evals? The base
 * branch's tip decides how the change is judged (config, tests, models, limits); the head
 * supplies only what is judged.
 */
export async function compare(opts: CompareOptions): Promise<Comparison> {
  const prepared = await prepareComparison(opts);
  if (prepared.report) return { report: prepared.report, inputs: prepared.inputs, reused: prepared.reused };
  const done = (report: ComparisonReport): Comparison => ({ report, inputs: prepared.inputs, reused: false });
  try {
    return done(await concludeComparison(prepared, await confirmTests(prepared, await screenTests(prepared, prepared.pairs))));
  } catch (err) {
    if (!(err instanceof LimitError)) throw err;
    return done(await limitReportOf(prepared, err));
  }
}

/**
 * Everything a comparison decides before any model call: the commits, the trusted config, the
 * limits over the whole plan, and the pairs of prompts and tests to sample. `report` is set when
 * no sampling is needed (nothing relevant changed, a limit, a missing credential, or a result
 * reused as is).
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

/** Both sides' screen results by {@link keyOf}, and the model calls drawing them took. */
export interface Screened extends ScreenedSides {
  modelCalls: number;
}

/** Both sides' results by {@link keyOf}, each candidate's evidence, and what drawing them cost. */
export interface Samples extends SampledSides {
  modelCalls: number;
}

/** Steps 1–3 of a comparison: commits, the judging config, the plan of pairs and its limits. */
export async function prepareComparison(opts: CompareOptions): Promise<PreparedComparison> {
  const started = Date.now();
  const range = await opts.source.resolve(opts.base, opts.head);
  const configPath = opts.configPath ?? DEFAULT_CONFIG_PATH;
  const baseSource: FileSource = range.mergeBaseSha ? opts.source.at(range.mergeBaseSha, `base ${range.mergeBaseSha.slice(0, 7)}`) : EMPTY_SOURCE;
  const headSource = opts.source.at(range.headSha, `head ${range.headSha.slice(0, 7)}`);
  const problems: FileProblem[] = [];
  const notes = range.note ? [range.note] : [];
  const env = opts.env ?? process.env;

  // 1. The config that judges: the base branch's tip. The head's may only add tests.
  const judging = await readJudgingConfig(opts.source, range, configPath, problems);
  const { trusted } = judging;
  notes.push(...judging.notes);
  const gate: GatePolicy = { ...trusted.config.gate, ...definedOnly(opts.gate ?? {}) };

  const inputs: ComparisonInputs = { baseSha: range.baseSha, headSha: range.headSha, mergeBaseSha: range.mergeBaseSha, configHash: trusted.hash };
  const context = {
    range,
    configFile: trusted.file ?? null,
    configHash: trusted.hash,
    notes,
    gate,
    growthMaxShare: trusted.config.growth.maxShare,
    reviewSampleSize: trusted.config.review.sampleSize,
  };
  const engineOptions: EngineOptions = { root: opts.root, cacheRoot: opts.cacheRoot, loaded: trusted, env: opts.env, concurrency: opts.concurrency, noCache: opts.noCache, onProgress: opts.onProgress };
  const prepared: PreparedComparison = { started, inputs, reused: false, context, problems, pairs: [], trusted, headSuite: { prompts: [], errors: [], notRun: [] }, headSource, engineOptions, env };
  const recorded = opts.recorded;
  if (recorded && recorded.baseSha === inputs.baseSha && recorded.headSha === inputs.headSha && recorded.configHash === inputs.configHash) {
    return { ...prepared, report: recorded.report, reused: true };
  }

  // 2. What changed, and whether it touches the suite.
  const changed: ChangedFile[] = range.mergeBaseSha
    ? await opts.source.changedFiles(range.mergeBaseSha, range.headSha)
    : (await headSource.listFiles()).map((path) => ({ path, status: 'added' as const }));
  const configs = [trusted, judging.head].filter((c) => c !== undefined);
  const relevant = changed.filter(
    (f) =>
      f.path === configPath ||
      configs.some((c) => selectsPromptFile(c, f.path) || (f.previousPath !== undefined && selectsPromptFile(c, f.previousPath)) || referencesFile(c, f.path)),
  );
  if (relevant.length === 0 && !problems.some((p) => p.side === 'head')) {
    return { ...prepared, report: await buildReport({ ...context, pairs: [], base: new Map(), head: new Map(), problems, providerStats: emptyStats(started) }) };
  }

  // 3. Both sides read with the trusted config; base tests stay in force against the head prompt.
  try {
    const maxPromptFiles = { count: trusted.config.limits.promptFiles, limitName: 'limits.promptFiles' };
    const baseSuite = await loadSuite(baseSource, trusted, { tolerateMissingPrompts: true, maxPromptFiles });
    const headSuite = await loadSuite(headSource, trusted, { tolerateMissingPrompts: true, addedTests: judging.addedTests, maxPromptFiles });
    problems.push(...suiteProblems(baseSuite, 'base'), ...suiteProblems(headSuite, 'head'));
    // A prompt that is broken at head is reported as a file problem, not as deleted.
    const brokenAtHead = new Set(problems.filter((p) => p.side === 'head' && p.file).map((p) => p.file));
    prepared.pairs = planComparison(baseSuite, headSuite, changed).filter(
      (p) => (p.affectedTests.size > 0 || p.status !== 'unchanged') && !(p.status === 'deleted' && brokenAtHead.has(p.base!.prompt.path)),
    );
    notes.push(...headChangeNotes(prepared.pairs, await headSource.listFiles()));
    // Limits are checked on the whole plan, before any shard takes its part of it.
    const refuseModel = modelAllowance(trusted, baseSuite);
    checkLimits(prepared.pairs, jobsOf(prepared.pairs, (t) => t.repeat ?? trusted.config.repeat).map((j) => j.job), trusted, refuseModel);
    prepared.engineOptions = {
      ...engineOptions,
      policy: { maxCalls: trusted.config.limits.modelCalls, maxCallsName: 'limits.modelCalls', refuseModel, calls: 0 },
      moduleRoot: opts.moduleDir ? await trustedModules(opts.source, range, trusted, opts.moduleDir, changed, notes) : undefined,
      noCache: opts.noCache || cacheInCheckout(opts, trusted, notes),
    };
    prepared.headSuite = headSuite;
  } catch (err) {
    if (!(err instanceof LimitError)) throw err;
    return { ...prepared, report: await limitReportOf(prepared, err) };
  }

  if (opts.requireCredentials) {
    const models = new Set(prepared.pairs.flatMap((p) => [p.base?.modelId, p.head?.modelId]).filter((m): m is string => !!m));
    const missing = [...models].map((m) => missingCredential(m, env, trusted.config.providers.endpoints)).filter((m): m is string => !!m);
    if (missing.length) {
      // Report what changed, run nothing: a missing key is the workflow's setup, not a result.
      const report = await buildReport({ ...context, pairs: prepared.pairs, base: new Map(), head: new Map(), problems, providerStats: emptyStats(started) });
      if (report.verdict === 'error') return { ...prepared, report };
      return { ...prepared, report: { ...report, prompts: [], tests: [], verdict: 'skipped', blocking: false, summary: `${NO_CREDENTIALS} ${missing.join('; ')}.` } };
    }
  }
  return prepared;
}

/** A limit reached while planning or sampling: the report lists what changed and names the limit, with no results. */
async function limitReportOf(prepared: PreparedComparison, err: LimitError): Promise<ComparisonReport> {
  const report = await buildReport({ ...prepared.context, pairs: prepared.pairs, base: new Map(), head: new Map(), problems: prepared.problems, providerStats: emptyStats(prepared.started) });
  return limitReport(report, err);
}

/** Step 4a: screens the affected tests of `pairs` on both sides (a shard passes its part of the plan). */
export async function screenTests(prepared: PreparedComparison, pairs: PromptPair[]): Promise<Screened> {
  const engine = createEngine(prepared.engineOptions);
  const sides = await screenBothSides(engine, pairs, { repeat: prepared.trusted.config.repeat });
  return { ...sides, modelCalls: engine.stack.stats.calls };
}

/**
 * Step 4b: confirms the screen's candidates on fresh samples, corrected over every candidate of
 * `pairs` — the whole PR's, also when the screen came from shards (the merge confirms).
 */
export async function confirmTests(prepared: PreparedComparison, screened: Screened, pairs = prepared.pairs): Promise<Samples> {
  const { config } = prepared.trusted;
  const engine = createEngine(prepared.engineOptions);
  const sides = await confirmCandidates(engine, pairs, screened, { repeat: config.repeat, maxRepeat: config.maxRepeat, alpha: config.gate.alpha });
  return { ...sides, modelCalls: screened.modelCalls + engine.stack.stats.calls };
}

/** Steps 5–6: the report from the samples (per-test changes, deltas, verdict), then the checklist. */
export async function concludeComparison(prepared: PreparedComparison, samples: Samples, pairs = prepared.pairs): Promise<ComparisonReport> {
  const { started } = prepared;
  const all = [...samples.base.values(), ...samples.head.values()];
  const report = await buildReport({
    ...prepared.context,
    pairs,
    base: samples.base,
    head: samples.head,
    problems: prepared.problems,
    evidence: samples.evidence,
    providerStats: {
      durationMs: Date.now() - started,
      samples: all.reduce((n, r) => n + r.runs.length, 0),
      modelCalls: samples.modelCalls,
      cachedSamples: all.reduce((n, r) => n + r.runs.filter((x) => x.cached).length, 0),
      adaptiveSamples: samples.confirmationSamples,
      confirmation: confirmationStats(samples),
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
}

/**
 * Whether the response cache would live inside the checkout when the caller keeps it apart:
 * files there are the head's, and answers must never come from them.
 */
function cacheInCheckout(opts: CompareOptions, trusted: LoadedConfig, notes: string[]): boolean {
  if (opts.cacheRoot === undefined) return false;
  const dir = resolve(opts.cacheRoot, trusted.config.cache.dir);
  const inside = relative(resolve(opts.root), dir);
  if (inside.startsWith('..') || isAbsolute(inside)) return false;
  notes.push('the response cache is off: `cache.dir` points into the checkout, whose files the pull request controls');
  return true;
}

function suiteProblems(suite: Suite, side: 'base' | 'head'): FileProblem[] {
  return suite.errors.map((e) => problemOf(e, side));
}

/**
 * The base commit's custom assertion modules, written under `dir` (a run without a base is on
 * the trusted branch itself, so its head is used). A module the head changes is noted: its base
 * version is what runs.
 */
async function trustedModules(source: ChangeSource, range: CommitRange, trusted: LoadedConfig, dir: string, changed: ChangedFile[], notes: string[]): Promise<string> {
  const side = range.mergeBaseSha ? source.at(range.baseSha, `base ${range.baseSha.slice(0, 7)}`) : source.at(range.headSha, `head ${range.headSha.slice(0, 7)}`);
  const named = new Set(namedModules(trusted));
  for (const f of changed.filter((c) => range.mergeBaseSha && named.has(c.path))) {
    notes.push(`the custom assertion ${f.path} changed at head; its base version runs (the change takes effect after merge)`);
  }
  return materialiseModules(side, trusted, dir);
}

function referencesFile(loaded: LoadedConfig, path: string): boolean {
  return loaded.config.tests.some((t) => t.assert.some((a) => a.file !== undefined && path.endsWith(a.file.replace(/^\.\//, ''))));
}

const EMPTY_SOURCE: FileSource = { label: 'no base', listFiles: async () => [], readFile: async () => undefined, sizeOf: async () => undefined };

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function emptyStats(started: number) {
  return { durationMs: Date.now() - started, samples: 0, modelCalls: 0, cachedSamples: 0, adaptiveSamples: 0 };
}
