import { defaultConfig, parseConfig, type LoadedConfig } from '../config/load.js';
import type { AddedTests } from '../engine/suite.js';
import type { FileProblem } from '../report/types.js';
import type { ChangeSource, CommitRange, FileSource } from '../source/types.js';
import { promptRef, selectPromptFiles, ZERO_CONFIG_GLOB } from '../engine/prompt-files.js';
import { checkPromptSize, defaultPromptId } from '../prompts/formats/parse.js';
import { UserError } from '../util/errors.js';
import { hashValue } from '../util/hash.js';

/** The configs of a comparison: the one that judges, and what the head's may add. */
export interface JudgingConfig {
  /**
   * The base branch's tip (not the merge base: an old branch point must not bring back an old
   * config): gate, providers, endpoints, models, limits, cache, adversarial and checklist
   * settings and the set of tests. With no base there is nothing to judge against, and the
   * evaluated commit's own config is all there is.
   */
  trusted: LoadedConfig;
  /** The head's config, when it reads: its changes are listed, and its added tests run as new. */
  head?: LoadedConfig;
  /** Tests the head's config adds to the merge base's: they run as `new` (at the trusted `repeat`). */
  addedTests: AddedTests;
  /** What the reader is told: which head changes wait for the merge. */
  notes: string[];
}

/**
 * Reads the config that judges the change (the base tip's) and the head's. A broken head config
 * is a head problem (the author fixes it); a broken base config judges with the defaults, never
 * with the head's.
 */
export async function readJudgingConfig(source: ChangeSource, range: CommitRange, path: string, problems: FileProblem[]): Promise<JudgingConfig> {
  const notes: string[] = [];
  // Read together: each side is a git process (or an API call) of its own. Problems are listed head first.
  const headProblems: FileProblem[] = [];
  const baseProblems: FileProblem[] = [];
  const [head, atBase, atMergeBase] = await Promise.all([
    readConfig(source.at(range.headSha, `head ${range.headSha.slice(0, 7)}`), path, 'head', headProblems),
    range.baseSha ? readConfig(source.at(range.baseSha, `base ${range.baseSha.slice(0, 7)}`), path, 'base', baseProblems) : undefined,
    range.baseSha && range.mergeBaseSha !== range.baseSha ? readConfig(source.at(range.mergeBaseSha, 'merge base'), path, 'base', []) : undefined,
  ]);
  problems.push(...headProblems, ...baseProblems);
  if (!range.baseSha) return { trusted: head ?? defaultConfig(), head, addedTests: { file: path, tests: [] }, notes };

  if (!atBase) notes.push(`the config of ${range.baseRef || 'base'} could not be read, so this change is judged with the default settings`);
  const trusted = atBase ?? defaultConfig();
  const mergeBase = range.mergeBaseSha === range.baseSha ? atBase : atMergeBase;
  if (!head || !mergeBase || head.hash === mergeBase.hash) return { trusted, head, addedTests: { file: path, tests: [] }, notes };

  const known = new Set([...trusted.config.tests, ...mergeBase.config.tests].map((t) => hashValue(t)));
  const headTests = new Set(head.config.tests.map((t) => hashValue(t)));
  // A head test that would run code (a `javascript` assertion) waits for the merge: code from the head never runs.
  const unknown = head.config.tests.map((test, index) => ({ test, index })).filter(({ test }) => !known.has(hashValue(test)));
  const withoutCode = unknown.filter(({ test }) => !test.assert.some((a) => a.type === 'javascript'));
  const withCode = unknown.length - withoutCode.length;
  // A test of a prompt only the head's own `prompts` selects (a repository's first promptgate.yml)
  // runs once that selection is merged; one naming no prompt at all stays, to be reported.
  const headFiles = withoutCode.length ? await source.at(range.headSha, `head ${range.headSha.slice(0, 7)}`).listFiles() : [];
  const judged = promptNames(headFiles, trusted);
  const own = promptNames(headFiles, head);
  const added = withoutCode.filter(({ test }) => judged.has(promptRef(test.prompt)) || !own.has(promptRef(test.prompt)));
  const afterMerge = withoutCode.length - added.length;
  const dropped = mergeBase.config.tests.filter((t) => !headTests.has(hashValue(t))).length;
  const settings = Object.keys({ ...head.config, ...mergeBase.config }).filter(
    (key) => key !== 'tests' && key !== '$schema' && hashValue(head.config[key as keyof typeof head.config]) !== hashValue(mergeBase.config[key as keyof typeof mergeBase.config]),
  );
  const judgedBy = `this pull request is judged by the config of ${range.baseRef || 'base'} at ${range.baseSha.slice(0, 7)}`;
  if (settings.length) notes.push(`${path} changes ${settings.map((k) => `\`${k}\``).join(', ')} at head: that takes effect after merge; ${judgedBy}`);
  if (dropped) notes.push(`${path} removes or changes ${dropped} test${dropped === 1 ? '' : 's'} at head: they stay in force until merge`);
  if (added.length) notes.push(`${path} adds ${added.length} test${added.length === 1 ? '' : 's'} at head: they run as new`);
  if (afterMerge) notes.push(`${path} adds ${afterMerge} test${afterMerge === 1 ? '' : 's'} at head for prompts only its own \`prompts\` selects: they run after merge`);
  if (withCode) notes.push(`${path} adds ${withCode} test${withCode === 1 ? '' : 's'} with a \`javascript\` assertion at head: code from the head never runs, so they run after merge`);
  return { trusted, head, addedTests: { file: path, tests: added }, notes };
}

/** The ids and paths a config's tests may name a prompt by, among `files`: what its `prompts` selects. */
function promptNames(files: string[], loaded: LoadedConfig): Set<string> {
  return new Set(selectPromptFiles(files, loaded.config.prompts ?? [ZERO_CONFIG_GLOB]).flatMap(({ path, flags, named }) => [path, flags.id ?? defaultPromptId(path, { named })]));
}

async function readConfig(files: FileSource, path: string, side: 'base' | 'head', problems: FileProblem[]): Promise<LoadedConfig | undefined> {
  try {
    const bytes = await files.sizeOf(path);
    if (bytes === undefined) return defaultConfig();
    checkPromptSize(path, bytes);
    const text = await files.readFile(path);
    return text === undefined ? defaultConfig() : parseConfig(path, text);
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    problems.push(problemOf(err, side));
    return undefined;
  }
}

export function problemOf(err: UserError, side: 'base' | 'head'): FileProblem {
  return {
    side,
    message: err.message,
    file: err.location?.file ?? null,
    line: err.location?.line ?? null,
    column: err.location?.column ?? null,
    hint: err.hint ?? null,
  };
}
