import { isAbsolute, relative, resolve } from 'node:path';
import { DEFAULT_CONFIG_PATH, type LoadedConfig } from '../config/load.js';
import type { GatePolicy } from '../config/schema.js';
import { modelsToCall } from '../engine/model-calls.js';
import { checkSuiteRenders, renderChecked } from '../engine/render-checks.js';
import { promptRef } from '../engine/prompt-files.js';
import { loadSuite, type Suite } from '../engine/suite.js';
import { missingCredential } from '../providers/credentials.js';
import type { ComparisonReport, FileProblem } from '../report/types.js';
import type { ChangedFile, ChangeSource, CommitRange, FileSource } from '../source/types.js';
import { ConfigError, LimitError } from '../util/errors.js';
import { limitReportOf, reportWithoutSamples } from './conclude.js';
import { checkLimits, modelAllowance } from './limits.js';
import { headChangeNotes, planComparison, type PromptPair } from './plan.js';
import { jobsOf } from './sampling.js';
import { changedFilesOf, touchesSuite, unselectedPromptNotes } from './select-changes.js';
import { problemOf, readJudgingConfig, type JudgingConfig } from './trusted-config.js';
import { materialiseModules, namedModules } from './trusted-modules.js';
import { NO_CREDENTIALS, type CompareOptions, type ComparisonInputs, type PreparedComparison } from './types.js';

/**
 * Steps 1–4 of a comparison, everything decided before any model call. Each step may end it
 * with a report (nothing relevant changed, a limit, a missing credential) or with the caller's
 * recorded result when the inputs are the same.
 */
export async function prepareComparison(opts: CompareOptions): Promise<PreparedComparison> {
  const configPath = opts.configPath ?? DEFAULT_CONFIG_PATH;
  // 1. The commits, and the config that judges: the base branch's tip. The head's may only add tests.
  const { prepared, judging, changing } = await readConfigs(opts, configPath);
  if (opts.recorded && sameInputs(opts.recorded, prepared.inputs)) return { ...prepared, report: opts.recorded.report, reused: true };

  // 2. What changed, and whether it touches the suite.
  const changed = await (changing ?? changedFilesOf(opts.source, prepared.context.range, prepared.headSource));
  prepared.context.notes.push(...unselectedPromptNotes(changed, judging.trusted, configPath));
  const configs = [judging.trusted, judging.head].filter((c) => c !== undefined);
  if (!touchesSuite(changed, configs, configPath) && !prepared.problems.some((p) => p.side === 'head')) {
    return { ...prepared, report: await reportWithoutSamples(prepared, []) };
  }

  // 3. Both sides read with the trusted config, paired, and the limits checked on the whole plan.
  try {
    await planPairs(prepared, opts, judging, changed);
  } catch (err) {
    if (!(err instanceof LimitError)) throw err;
    return { ...prepared, report: await limitReportOf(prepared, err) };
  }

  // 4. Every model the plan calls has credentials (when the caller asks).
  const skipped = opts.requireCredentials ? await missingCredentialsReport(prepared) : undefined;
  return skipped ? { ...prepared, report: skipped } : prepared;
}

/**
 * Step 1: resolves the commits and reads the judging config; the comparison's context follows
 * from them. Without a recorded result to reuse, step 2's diff is started alongside (`changing`).
 */
async function readConfigs(
  opts: CompareOptions,
  configPath: string,
): Promise<{ prepared: PreparedComparison; judging: JudgingConfig; changing?: Promise<ChangedFile[]> }> {
  const started = Date.now();
  const range = await opts.source.resolve(opts.base, opts.head);
  const problems: FileProblem[] = [];
  const notes = range.note ? [range.note] : [];
  const headSource = opts.source.at(range.headSha, `head ${range.headSha.slice(0, 7)}`);
  const changing = opts.recorded ? undefined : changedFilesOf(opts.source, range, headSource);
  // Awaited by step 2; marked handled so a failed config read first cannot leave it unhandled.
  changing?.catch(() => undefined);
  const judging = await readJudgingConfig(opts.source, range, configPath, problems);
  const { trusted } = judging;
  // Unreadable (a problem listed) is not absent: only a file at neither side is a wrong path.
  if (opts.configNamed && !trusted.file && !judging.head?.file && problems.length === 0) {
    const sides = [range.baseSha ? `base ${range.baseRef || range.baseSha.slice(0, 7)}` : '', `head ${range.headRef || range.headSha.slice(0, 7)}`].filter(Boolean);
    throw new ConfigError(`config file not found: ${configPath} is at neither ${sides.join(' nor ')}`, {
      hint: 'check the path (relative to the repository root), or leave it out to use promptgate.yml, or every *.prompt.yml (zero-config)',
    });
  }
  notes.push(...judging.notes);
  const gate: GatePolicy = { ...trusted.config.gate, ...definedOnly(opts.gate ?? {}) };
  const context = {
    range,
    configFile: trusted.file ?? null,
    configHash: trusted.hash,
    notes,
    gate,
    growthMaxShare: trusted.config.growth.maxShare,
    reviewSampleSize: trusted.config.review.sampleSize,
  };
  const prepared: PreparedComparison = {
    started,
    inputs: { baseSha: range.baseSha, headSha: range.headSha, mergeBaseSha: range.mergeBaseSha, configHash: trusted.hash },
    reused: false,
    context,
    problems,
    pairs: [],
    trusted,
    headSuite: { prompts: [], errors: [], notRun: [] },
    headSource,
    engineOptions: { root: opts.root, cacheRoot: opts.cacheRoot, loaded: trusted, env: opts.env, concurrency: opts.concurrency, noCache: opts.noCache, onProgress: opts.onProgress },
    env: opts.env ?? process.env,
  };
  return { prepared, judging, changing };
}

function sameInputs(recorded: NonNullable<CompareOptions['recorded']>, inputs: ComparisonInputs): boolean {
  return recorded.baseSha === inputs.baseSha && recorded.headSha === inputs.headSha && recorded.configHash === inputs.configHash;
}

/**
 * Step 3: reads both sides' suites (base tests stay in force against the head prompt), pairs
 * the prompts whose tests are affected, and checks the limits on the whole plan before any
 * shard takes its part of it. Throws LimitError over a limit.
 */
async function planPairs(prepared: PreparedComparison, opts: CompareOptions, judging: JudgingConfig, changed: ChangedFile[]): Promise<void> {
  const { trusted, problems, headSource } = prepared;
  const { range, notes } = prepared.context;
  const baseSource: FileSource = range.mergeBaseSha ? opts.source.at(range.mergeBaseSha, `base ${range.mergeBaseSha.slice(0, 7)}`) : EMPTY_SOURCE;
  const maxPromptFiles = { count: trusted.config.limits.promptFiles, limitName: 'limits.promptFiles' };
  // Both sides read together: their git reads overlap.
  const [baseSuite, headSuite] = await Promise.all([
    loadSuite(baseSource, trusted, { tolerateMissingPrompts: true, maxPromptFiles, deferRenderChecks: true }),
    loadSuite(headSource, trusted, { tolerateMissingPrompts: true, addedTests: judging.addedTests, maxPromptFiles, deferRenderChecks: true }),
  ]);
  problems.push(...testsOfNoPrompt(trusted, [baseSuite, headSuite], range.mergeBaseSha ? 'base' : 'head'), ...takenTestIds(baseSuite, headSuite, range.mergeBaseSha ? 'base' : 'head'));
  prepared.pairs = await planCheckedPairs(baseSuite, headSuite, changed);
  // Problems go in every report; those of the prompts the plan does not run are found only as the report is made.
  const suiteProblemsAt = problems.length;
  const listProblems = () => problems.splice(suiteProblemsAt, Infinity, ...suiteProblems(baseSuite, 'base'), ...suiteProblems(headSuite, 'head'));
  listProblems();
  let rest: Promise<void> | undefined;
  prepared.checkRest = () => (rest ??= Promise.all([checkSuiteRenders(baseSuite), checkSuiteRenders(headSuite)]).then(() => void listProblems()));
  notes.push(...headChangeNotes(prepared.pairs, await headSource.listFiles()));
  const refuseModel = modelAllowance(trusted, baseSuite);
  checkLimits(prepared.pairs, jobsOf(prepared.pairs, (t) => t.repeat ?? trusted.config.repeat).map((j) => j.job), trusted, refuseModel);
  prepared.engineOptions = {
    ...prepared.engineOptions,
    policy: { maxCalls: trusted.config.limits.modelCalls, maxCallsName: 'limits.modelCalls', refuseModel, calls: 0 },
    moduleRoot: opts.moduleDir ? await trustedModules(opts.source, range, trusted, opts.moduleDir, changed, notes) : undefined,
    noCache: opts.noCache || cacheInCheckout(opts, trusted, notes),
  };
  prepared.headSuite = headSuite;
}

/**
 * The judging config's tests that name a prompt neither side has: each side leaves out a test
 * whose prompt only the other side has (a prompt added or deleted), so this is where a name
 * that matches nothing is reported. The comparison goes on without them.
 */
function testsOfNoPrompt(trusted: LoadedConfig, suites: Suite[], side: 'base' | 'head'): FileProblem[] {
  const named = new Set(suites.flatMap((s) => [...s.prompts.flatMap((e) => [e.prompt.id, e.prompt.path]), ...s.notRun.map((n) => n.prompt)]));
  const known = [...new Set(suites.flatMap((s) => s.prompts.map((e) => e.prompt.id)))].sort();
  return trusted.config.tests.flatMap((test, index) =>
    named.has(test.prompt) || named.has(promptRef(test.prompt))
      ? []
      : [
          problemOf(
            new ConfigError(`\`tests.${index}.prompt\`: no prompt \`${test.prompt}\` at base or head`, {
              location: { file: trusted.file ?? DEFAULT_CONFIG_PATH },
              hint: `use one of: ${known.join(', ') || '(no prompts found — check `prompts`)'}`,
            }),
            side,
          ),
        ],
  );
}

/**
 * The judging config's tests left out because their prompt already has their id, once each: as
 * a problem of the base config when the base has it too, else of the head (a head prompt file
 * whose row takes a base test's id; that base test is then judged as removed, and stays in force).
 */
function takenTestIds(baseSuite: Suite, headSuite: Suite, side: 'base' | 'head'): FileProblem[] {
  const atBase = new Set((baseSuite.takenIds ?? []).map((e) => e.message));
  const atHead = (headSuite.takenIds ?? []).filter((e) => !atBase.has(e.message));
  return [...(baseSuite.takenIds ?? []).map((e) => problemOf(e, side)), ...atHead.map((e) => problemOf(e, 'head'))];
}

/**
 * The pairs to run, each of their prompts checked to render at both sides before. A prompt
 * whose tests cannot render leaves its suite (an error at its file) and the pairs are planned
 * again, until every planned prompt is checked; the rest, prompts that are the same at both
 * sides and have no affected tests, are checked only as the report is made (`checkRest`). A
 * prompt broken at head is reported as a file problem, not as deleted.
 */
async function planCheckedPairs(baseSuite: Suite, headSuite: Suite, changed: ChangedFile[]): Promise<PromptPair[]> {
  for (;;) {
    const brokenAtHead = new Set(headSuite.errors.map((e) => e.location?.file).filter((f) => f !== undefined));
    const pairs = planComparison(baseSuite, headSuite, changed).filter(
      (p) => (p.affectedTests.size > 0 || p.status !== 'unchanged') && !(p.status === 'deleted' && brokenAtHead.has(p.base!.prompt.path)),
    );
    const planned = new Set(pairs.flatMap((p) => [p.base?.prompt, p.head?.prompt]));
    const due = (suite: Suite) => suite.prompts.some((entry) => planned.has(entry.prompt) && !renderChecked(suite, entry));
    if (!due(baseSuite) && !due(headSuite)) return pairs;
    await Promise.all([baseSuite, headSuite].map((suite) => checkSuiteRenders(suite, (entry) => planned.has(entry.prompt))));
  }
}

/**
 * Step 4: a report that runs nothing when a planned model has no credentials (a missing key is
 * the workflow's setup, not a result), listing what changed; undefined when all are there.
 */
async function missingCredentialsReport(prepared: PreparedComparison): Promise<ComparisonReport | undefined> {
  const models = modelsToCall(prepared.pairs.flatMap((p) => [p.base, p.head]).filter((p) => p !== undefined));
  const missing = [...models].map((m) => missingCredential(m, prepared.env, prepared.trusted.config.providers.endpoints)).filter((m): m is string => !!m);
  if (!missing.length) return undefined;
  const report = await reportWithoutSamples(prepared);
  if (report.verdict === 'error') return report;
  return { ...report, prompts: [], tests: [], verdict: 'skipped', blocking: false, summary: `${NO_CREDENTIALS} ${missing.join('; ')}.` };
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

const EMPTY_SOURCE: FileSource = { label: 'no base', listFiles: async () => [], readFile: async () => undefined, sizeOf: async () => undefined };

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
