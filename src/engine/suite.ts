import picomatch from 'picomatch';
import { generatedTests, groundingProbe } from '../probes/tests.js';
import type { LoadedConfig } from '../config/load.js';
import type { PromptEntry, TestConfig } from '../config/schema.js';
import { checkPromptSize, defaultPromptId, parsePromptFile, promptFormatFor } from '../prompts/formats/parse.js';
import { renderMessages } from '../prompts/render.js';
import type { Prompt, PromptMeta, PromptTestCase } from '../prompts/model.js';
import { parseModelRef } from '../providers/model-ref.js';
import type { FileSource } from '../source/types.js';
import { ConfigError, LimitError, PromptFileError, UserError } from '../util/errors.js';
import { hashValue } from '../util/hash.js';

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
}

/** A configured test that names a prompt which did not load. */
export interface NotRunTest {
  /** `tests.<index>` in the config, and the test's id when it has one. */
  test: string;
  /** The prompt as the test names it (id or path). */
  prompt: string;
  /** The file that did not load, as its error names it. */
  file: string;
  reason: 'prompt did not load';
}

/** What zero-config mode reads: every GitHub Models prompt file. */
export const ZERO_CONFIG_GLOB = '**/*.prompt.{yml,yaml}';

export interface SuiteOptions {
  /**
   * Add the built-in injection probes (when `adversarial.enabled`). `compare` does, to catch a
   * removed defence; `eval` only when asked, so it judges a file as `gh models eval` does.
   */
  probes?: boolean;
}

/** How one side of a comparison is read; the CLI's `eval` needs none of it. */
export interface SuiteOptions {
  /**
   * A config test whose prompt this source lacks is left out instead of being an error: the
   * config is the base branch's, and the prompt may exist only at the other side.
   */
  tolerateMissingPrompts?: boolean;
  /** Tests another config file adds (the head's `promptgate.yml`): attached like the config's own, at its `repeat`. */
  addedTests?: { file: string; tests: TestConfig[] };
  /** At most this many prompt files are read; more is a LimitError (named after `limitName`). */
  maxPromptFiles?: { count: number; limitName: string };
}

/**
 * Reads the prompts the config points at (or every `*.prompt.yml` without one), attaches the
 * config's tests to them and resolves each prompt's model. A prompt whose model or tests
 * cannot be used is reported in `errors` and left out; the rest still runs.
 */
export async function loadSuite(source: FileSource, loaded: LoadedConfig, opts: SuiteOptions = {}): Promise<Suite> {
  const { config } = loaded;
  const configFile = loaded.file ?? 'promptgate.yml';
  const files = await source.listFiles();
  const entries: PromptEntry[] = config.prompts ?? [ZERO_CONFIG_GLOB];
  const selected = selectPromptFiles(files, entries);
  if (opts.maxPromptFiles && selected.length > opts.maxPromptFiles.count) {
    throw new LimitError(`${source.label} has ${selected.length} prompt files; ${opts.maxPromptFiles.limitName} allows ${opts.maxPromptFiles.count}`, {
      location: { file: configFile },
      hint: `raise ${opts.maxPromptFiles.limitName} in ${configFile} on the base branch if this many prompts are intended`,
    });
  }

  const prompts: SuitePrompt[] = [];
  const errors: UserError[] = [];
  const notRun: NotRunTest[] = [];
  // Prompts that did not load, by the id and the path a test may name them by.
  const broken = new Map<string, string>();
  const byId = new Map<string, SuitePrompt>();
  const byPath = new Map<string, SuitePrompt>();

  // Asked for together: a git source answers them with one git process instead of one each.
  const contents = await Promise.all(selected.map(({ path }) => readBounded(source, path)));
  for (const [i, { path, flags, named }] of selected.entries()) {
    const content = contents[i];
    if (content === undefined) continue;
    let prompt: Prompt;
    try {
      if (content instanceof UserError) throw content;
      prompt = await parsePromptFile(path, content, { ...(flags.id ? { id: flags.id } : {}), named, readFile: (other) => source.readFile(other) });
    } catch (err) {
      if (err instanceof UserError) {
        errors.push(err);
        broken.set(path, path).set(flags.id ?? defaultPromptId(path, { named }), path);
        continue;
      }
      throw err;
    }
    prompt.meta = { ...prompt.meta, ...meta(flags) };
    const model = flags.model ?? prompt.model ?? config.providers.default;
    // Without tests a prompt needs no model (gh models eval runs such a file as 0 tests).
    const untested = prompt.tests.length === 0 && !config.tests.some((t) => t.prompt === prompt.id || t.prompt === path);
    if (!model && !untested) {
      errors.push(
        new PromptFileError(`prompt \`${prompt.id}\` names no model`, {
          location: { file: path },
          hint: `add \`model:\` to the prompt file, or set \`providers.default\` in ${configFile}`,
        }),
      );
      continue;
    }
    const duplicate = byId.get(prompt.id);
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
      errors.push(new PromptFileError(`${err.message}${where}`, { location: flags.model ? { file: path } : modelLine(path, content), hint: err.hint, cause: err }));
      continue;
    }
    const entry: SuitePrompt = { prompt, modelId, tests: [...prompt.tests], text: content };
    prompts.push(entry);
    byId.set(prompt.id, entry);
    byPath.set(path, entry);
  }

  config.tests.forEach((test, index) => {
    const target = byId.get(test.prompt) ?? byPath.get(test.prompt);
    if (!target) {
      const file = broken.get(test.prompt);
      if (file !== undefined) {
        notRun.push({ test: test.id ? `tests.${index} (${test.id})` : `tests.${index}`, prompt: test.prompt, file, reason: 'prompt did not load' });
        return;
      }
      throw new ConfigError(`\`tests.${index}.prompt\`: no prompt \`${test.prompt}\``, {
        location: { file: configFile },
        hint: `use one of: ${[...byId.keys()].join(', ') || '(no prompts found — check `prompts`)'}`,
      });
    }
    target.tests.push(configTest(test, configFile, config.repeat));
  });

  const unrenderable = await Promise.all(prompts.map(unrenderableTest));
  const usable = prompts.filter((_, i) => unrenderable[i] === undefined);
  errors.push(...unrenderable.filter((e): e is UserError => e !== undefined));
  for (const entry of usable) {
    // Built-in probes: the injection pack for prompts that take user input, and the
    // not-in-context probe for grounded ones. They come after the prompt's own tests.
    const probes = entry.modelId === '' ? [] : config.adversarial.enabled && opts.probes !== false ? generatedTests(entry.prompt) : groundingProbe(entry.prompt);
    entry.tests = [...entry.tests.sort(testOrder), ...probes.sort(testOrder)].map((t) => ({ ...t, repeat: t.repeat ?? config.repeat }));
  }
  usable.sort((a, b) => (a.prompt.id < b.prompt.id ? -1 : a.prompt.id > b.prompt.id ? 1 : 0));
  return { prompts: usable, errors, notRun };
}

function testOrder(a: PromptTestCase, b: PromptTestCase): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The first of a prompt's own tests that cannot fill its template (a variable the test does not
 * set), as an error at the test's line; undefined when every test renders.
 */
async function unrenderableTest(entry: SuitePrompt): Promise<UserError | undefined> {
  for (const test of entry.tests) {
    try {
      await renderMessages(entry.prompt, test.vars);
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      const inPromptFile = test.source?.file === entry.prompt.path;
      const where = test.source && !inPromptFile ? ` (${test.source.file}${test.source.line ? `:${test.source.line}` : ''})` : '';
      // Located in the prompt file, so a compare reads the prompt as broken, not deleted.
      return new PromptFileError(`${err.message}: test \`${test.id}\`${where}`, {
        location: inPromptFile ? test.source : { file: entry.prompt.path },
        hint: err.hint,
        cause: err,
      });
    }
  }
  return undefined;
}

/** The line of a prompt file's `model:` key, where an unusable model id was written. */
function modelLine(file: string, content: string): { file: string; line?: number } {
  const index = content.split('\n').findIndex((line) => /^\s*model\s*:/.test(line));
  return index < 0 ? { file } : { file, line: index + 1 };
}

/** The file's text, or the reason it may not be read (a size over the limit, known before reading; a link out of the repository). */
async function readBounded(source: FileSource, path: string): Promise<string | UserError | undefined> {
  const bytes = await source.sizeOf(path);
  if (bytes === undefined) return undefined;
  try {
    checkPromptSize(path, bytes);
    return await source.readFile(path);
  } catch (err) {
    if (err instanceof UserError) return err;
    throw err;
  }
}

/** Whether a changed path can affect the suite: it is a prompt file the config selects. */
export function selectsPromptFile(loaded: LoadedConfig, path: string): boolean {
  const entries: PromptEntry[] = loaded.config.prompts ?? [ZERO_CONFIG_GLOB];
  return entries.some((e) => {
    const pattern = typeof e === 'string' ? e : e.path;
    return picomatch(pattern)(path) && promptFormatFor(path, { named: pattern === path }) !== undefined;
  });
}

interface SelectedFile {
  path: string;
  flags: Exclude<PromptEntry, string> | { path: string; id?: undefined; model?: undefined };
  /** Named exactly by an entry (not only matched by a glob): any `*.yml` is then a prompt file. */
  named: boolean;
}

/** Files matched by the prompt entries; a later explicit entry refines flags of an earlier glob. */
function selectPromptFiles(files: string[], entries: PromptEntry[]): SelectedFile[] {
  const selected = new Map<string, SelectedFile>();
  for (const entry of entries) {
    const pattern = typeof entry === 'string' ? entry : entry.path;
    const isMatch = picomatch(pattern, { dot: false });
    const exact = !picomatch.scan(pattern).isGlob;
    for (const path of files) {
      const named = exact && path === pattern;
      if (!isMatch(path) || !promptFormatFor(path, { named })) continue;
      const flags = typeof entry === 'string' ? { path } : entry;
      const before = selected.get(path);
      selected.set(path, { path, flags: { ...before?.flags, ...flags }, named: named || before?.named === true });
    }
  }
  return [...selected.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
}

function meta(flags: SelectedFile['flags']): PromptMeta {
  const out: PromptMeta = {};
  if ('interactive' in flags && flags.interactive !== undefined) out.interactive = flags.interactive;
  if ('critical' in flags && flags.critical !== undefined) out.critical = flags.critical;
  if ('grounded' in flags && flags.grounded !== undefined) out.grounded = flags.grounded;
  if ('maxInputTokens' in flags && flags.maxInputTokens !== undefined) out.maxInputTokens = flags.maxInputTokens;
  if ('contextWindow' in flags && flags.contextWindow !== undefined) out.contextWindow = flags.contextWindow;
  if ('adversarial' in flags && flags.adversarial !== undefined) out.adversarial = flags.adversarial;
  if ('degraded' in flags && flags.degraded !== undefined) out.degraded = flags.degraded;
  return out;
}

function configTest(test: TestConfig, configFile: string, defaultRepeat: number): PromptTestCase {
  const id = test.id ?? `c-${hashValue({ vars: test.vars, expected: test.expected ?? null }).slice(0, 8)}`;
  const firstVar = Object.values(test.vars)[0];
  return {
    id,
    description: test.description ?? (firstVar ? firstVar.slice(0, 60) : undefined),
    vars: test.vars,
    expected: test.expected,
    assert: test.assert,
    repeat: test.repeat ?? defaultRepeat,
    source: { file: configFile },
  };
}
