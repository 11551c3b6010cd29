import { generatedTests, groundingProbe } from '../probes/tests.js';
import type { LoadedConfig } from '../config/load.js';
import type { TestConfig } from '../config/schema.js';
import { defaultPromptId, parsePromptFile } from '../prompts/formats/parse.js';
import type { Prompt, PromptTestCase } from '../prompts/model.js';
import type { AssertionSpec } from '../prompts/assertion-spec.js';
import { parseModelRef, type EndpointMap } from '../providers/model-ref.js';
import type { FileSource } from '../source/types.js';
import { ConfigError, LimitError, PromptFileError, UserError } from '../util/errors.js';
import { attachConfigTests, type NotRunTest } from './config-tests.js';
import { awaitRenderChecks, checkSuiteRenders } from './render-checks.js';
import { LinkedFiles, readBounded } from './prompt-file-reads.js';
import { meta, selectPromptFiles, ZERO_CONFIG_GLOB, type SelectedFile } from './prompt-files.js';

/** A prompt ready to evaluate: the parsed file, the model it runs on and all of its tests. */
export interface SuitePrompt {
  prompt: Prompt;
  /** Empty for a prompt that names no model and has no tests: there is nothing to call. */
  modelId: string;
  tests: PromptTestCase[];
  /** The prompt file's text, for diffs. */
  text: string;
}

/** Everything one source (a commit or the working tree) says should be evaluated. */
export interface Suite {
  prompts: SuitePrompt[];
  /** Prompt files that could not be read; the rest of the suite is still usable. */
  errors: UserError[];
  /** Configured tests of prompts that did not load: reported with the prompt's error, never run. */
  notRun: NotRunTest[];
  /** The config's tests left out because their prompt already has their id (`tolerateMissingPrompts`: the caller reports them once). */
  takenIds?: UserError[];
}

export type { NotRunTest };

/** Tests the head's config adds to the base's, each with its index in the head's `tests`. */
export interface AddedTests {
  file: string;
  tests: { test: TestConfig; index: number }[];
}

export interface SuiteOptions {
  /**
   * Add the built-in injection probes (when `adversarial.enabled`). `compare` does, to catch a
   * removed defence; `eval` only when asked, so it judges a file as `gh models eval` does.
   */
  probes?: boolean;
  // How one side of a comparison is read; the CLI's `eval` needs none of the rest.
  /**
   * A config test whose prompt this source lacks is left out instead of being an error: the
   * config is the base branch's, and the prompt may exist only at the other side.
   */
  tolerateMissingPrompts?: boolean;
  /**
   * Tests another config file adds (the head's `promptgate.yml`), each with its index there:
   * attached like the config's own, at the config's `repeat` (never the test's own).
   */
  addedTests?: AddedTests;
  /**
   * Leave checking that each prompt's tests render to the caller (`checkSuiteRenders`): a
   * comparison checks the prompts it will run before its first model call, the rest as it reports.
   */
  deferRenderChecks?: boolean;
  /** At most this many prompt files are read; more is a LimitError (named after `limitName`). */
  maxPromptFiles?: { count: number; limitName: string };
}

/**
 * Reads the prompts the config points at (or every `*.prompt.yml` without one), attaches the
 * config's tests to them and resolves each prompt's model. A prompt whose model or tests
 * cannot be used is reported in `errors` and left out; the rest still runs.
 */
export async function loadSuite(source: FileSource, loaded: LoadedConfig, opts: SuiteOptions = {}): Promise<Suite> {
  const configFile = loaded.file ?? 'promptgate.yml';
  const selected = selectPromptFiles(await source.listFiles(), loaded.config.prompts ?? [ZERO_CONFIG_GLOB]);
  if (opts.maxPromptFiles && selected.length > opts.maxPromptFiles.count) {
    throw new LimitError(`${source.label} has ${selected.length} prompt files; ${opts.maxPromptFiles.limitName} allows ${opts.maxPromptFiles.count}`, {
      location: { file: configFile },
      hint: `raise ${opts.maxPromptFiles.limitName} in ${configFile} on the base branch if this many prompts are intended`,
    });
  }
  const linked = new LinkedFiles(source, opts.maxPromptFiles && { ...opts.maxPromptFiles, count: opts.maxPromptFiles.count - selected.length }, configFile);
  const read = await readPrompts(source, selected, loaded, configFile, linked);
  // At a side of a comparison the prompt a base test names may exist only at the other side,
  // and a test with a taken id would be reported by both sides: the comparison reports a test
  // whose prompt is at neither, and each taken id, once (prepare.ts); here they are left out.
  const fail = (err: ConfigError) => {
    throw err;
  };
  const tests = loaded.config.tests.map((test, index) => ({ test, index }));
  const takenIds: UserError[] = [];
  const notRun = attachConfigTests(read, tests, configFile, loaded.config.repeat, opts.tolerateMissingPrompts ? { missing: () => undefined, duplicate: (err) => void takenIds.push(err) } : { missing: fail, duplicate: fail });
  const report = (err: ConfigError) => void read.errors.push(err);
  // The head's added tests are its author's: one naming no prompt of the head, or taking an id, is an error at the head's config.
  const added = opts.addedTests?.tests.map(({ test, index }) => ({ test: { ...test, repeat: undefined }, index })) ?? [];
  notRun.push(...attachConfigTests(read, added, opts.addedTests?.file ?? configFile, loaded.config.repeat, { missing: report, duplicate: report }));
  const suite: Suite = { prompts: read.prompts, errors: read.errors, notRun, takenIds };
  awaitRenderChecks(suite, read.errors);
  if (!opts.deferRenderChecks) await checkSuiteRenders(suite);
  for (const entry of suite.prompts) {
    // Built-in probes: the injection pack for prompts that take user input, and the
    // not-in-context probe for grounded ones. They come after the prompt's own tests.
    const probes = entry.modelId === '' ? [] : loaded.config.adversarial.enabled && opts.probes !== false ? generatedTests(entry.prompt) : groundingProbe(entry.prompt);
    entry.tests = [...entry.tests.sort(testOrder), ...probes.sort(testOrder)];
    // Set in place: the tests are this read's own, and in V8 a spread copy of each test of a
    // large suite costs a hidden class of its own (about 450 bytes a test).
    for (const t of entry.tests) t.repeat ??= loaded.config.repeat;
  }
  suite.prompts.sort((a, b) => (a.prompt.id < b.prompt.id ? -1 : a.prompt.id > b.prompt.id ? 1 : 0));
  return suite;
}

/** The prompts read so far, and those that did not load by the id and the path a test may name them by. */
interface ReadPrompts {
  prompts: SuitePrompt[];
  errors: UserError[];
  broken: Map<string, string>;
  byId: Map<string, SuitePrompt>;
  byPath: Map<string, SuitePrompt>;
}

/** Parses the selected prompt files and resolves each one's model; a file that cannot be used becomes an error. */
async function readPrompts(source: FileSource, selected: SelectedFile[], loaded: LoadedConfig, configFile: string, linked: LinkedFiles): Promise<ReadPrompts> {
  const read: ReadPrompts = { prompts: [], errors: [], broken: new Map(), byId: new Map(), byPath: new Map() };
  // Asked for together: a git source answers them with one git process instead of one each.
  const contents = await Promise.all(selected.map(({ path }) => readBounded(source, path)));
  for (const [i, file] of selected.entries()) {
    const content = contents[i];
    if (content === undefined) continue;
    const { path, flags, named } = file;
    let prompt: Prompt;
    try {
      if (content instanceof UserError) throw content;
      prompt = await parsePromptFile(path, content, { ...(flags.id ? { id: flags.id } : {}), named, readFile: (other) => linked.read(other) });
    } catch (err) {
      if (!(err instanceof UserError) || err instanceof LimitError) throw err;
      read.errors.push(err);
      read.broken.set(path, path).set(flags.id ?? defaultPromptId(path, { named }), path);
      continue;
    }
    prompt.meta = { ...prompt.meta, ...meta(flags) };
    const entry = resolveModel(prompt, file, content, loaded, configFile, read);
    if (!entry) continue;
    read.prompts.push(entry);
    read.byId.set(prompt.id, entry);
    read.byPath.set(path, entry);
  }
  return read;
}

/**
 * The prompt with its model resolved, or undefined (the reason added to `read.errors`) when it
 * has none it can use. A second prompt with an id already read is a config error.
 */
function resolveModel(prompt: Prompt, file: SelectedFile, content: string, loaded: LoadedConfig, configFile: string, read: ReadPrompts): SuitePrompt | undefined {
  const { config } = loaded;
  const { path, flags } = file;
  const model = flags.model ?? prompt.model ?? config.providers.default;
  // Without tests a prompt needs no model (gh models eval runs such a file as 0 tests).
  const untested = prompt.tests.length === 0 && !config.tests.some((t) => t.prompt === prompt.id || t.prompt === path);
  if (!model && !untested) {
    read.errors.push(
      new PromptFileError(`prompt \`${prompt.id}\` names no model`, {
        location: { file: path },
        hint: `add \`model:\` to the prompt file, or set \`providers.default\` in ${configFile}`,
      }),
    );
    return undefined;
  }
  const duplicate = read.byId.get(prompt.id);
  if (duplicate) {
    throw new ConfigError(`two prompts have the id \`${prompt.id}\`: ${duplicate.prompt.path} and ${path}`, {
      location: { file: configFile },
      hint: 'give one of them an explicit `id` in the `prompts` list',
    });
  }
  let modelId = '';
  try {
    if (model) modelId = parseModelRef(model, config.providers.endpoints).id;
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    // Reported at the prompt file either way, so a compare reads the prompt as broken, not deleted.
    const where = flags.model ? ` (the model ${configFile} gives prompt \`${prompt.id}\`)` : '';
    read.errors.push(new PromptFileError(`${err.message}${where}`, { location: flags.model ? { file: path } : modelLine(path, content), hint: err.hint, cause: err }));
    return undefined;
  }
  const judge = unusableJudge(prompt, config.providers.endpoints, content);
  if (judge) {
    read.errors.push(judge);
    return undefined;
  }
  return { prompt, modelId, tests: [...prompt.tests], text: content };
}

/**
 * A judge model the prompt file's own tests name (an `llm` evaluator's `modelId`) that no
 * provider serves, reported at its line as the prompt's own model is: found only when the
 * judge is asked, it would end the whole run with an error that names no file.
 */
function unusableJudge(prompt: Prompt, endpoints: EndpointMap, content: string): PromptFileError | undefined {
  // The rows of a .prompt.yml share one list of evaluators: check each list once.
  const checked = new Set<readonly AssertionSpec[]>();
  for (const { assert } of prompt.tests) {
    if (checked.has(assert)) continue;
    checked.add(assert);
    for (const spec of assert) {
      if (spec.judge === undefined) continue;
      try {
        parseModelRef(spec.judge, endpoints);
      } catch (err) {
        if (!(err instanceof UserError)) throw err;
        // The line whose value is the id (`modelId: gpt-4o`), not one that merely contains it.
        const line = content.split('\n').findIndex((l) => l.slice(l.indexOf(':') + 1).trim().replace(/^(["'])(.*)\1$/, '$2') === spec.judge);
        const which = spec.name ? `evaluator "${spec.name}"` : 'an evaluator';
        return new PromptFileError(`${err.message}: the judge model of ${which}`, { location: line < 0 ? { file: prompt.path } : { file: prompt.path, line: line + 1 }, hint: err.hint, cause: err });
      }
    }
  }
  return undefined;
}

function testOrder(a: PromptTestCase, b: PromptTestCase): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The line of a prompt file's `model:` key, where an unusable model id was written. */
function modelLine(file: string, content: string): { file: string; line?: number } {
  const index = content.split('\n').findIndex((line) => /^\s*model\s*:/.test(line));
  return index < 0 ? { file } : { file, line: index + 1 };
}
