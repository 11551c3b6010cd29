import picomatch from 'picomatch';
import { generatedTests, groundingProbe } from '../checklist/adversarial/tests.js';
import type { LoadedConfig } from '../config/load.js';
import type { PromptEntry, TestConfig } from '../config/schema.js';
import { defaultPromptId, parsePromptFile, promptFormatFor } from '../prompts/parse.js';
import type { Prompt, PromptMeta, PromptTestCase } from '../prompts/model.js';
import { parseModelRef } from '../providers/model-ref.js';
import type { FileSource } from '../source/types.js';
import { ConfigError, PromptFileError, UserError } from '../util/errors.js';
import { hashValue } from '../util/hash.js';

/** A prompt ready to evaluate: the parsed file, the model it runs on and all of its tests. */
export interface SuitePrompt {
  prompt: Prompt;
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

const ZERO_CONFIG_GLOB = '**/*.prompt.{yml,yaml}';

/**
 * Reads the prompts the config points at (or every `*.prompt.yml` without one), attaches the
 * config's tests to them and resolves each prompt's model.
 */
export async function loadSuite(source: FileSource, loaded: LoadedConfig): Promise<Suite> {
  const { config } = loaded;
  const configFile = loaded.file ?? 'promptgate.yml';
  const files = await source.listFiles();
  const entries: PromptEntry[] = config.prompts ?? [ZERO_CONFIG_GLOB];
  const selected = selectPromptFiles(files, entries);

  const prompts: SuitePrompt[] = [];
  const errors: UserError[] = [];
  const notRun: NotRunTest[] = [];
  // Prompts that did not load, by the id and the path a test may name them by.
  const broken = new Map<string, string>();
  const byId = new Map<string, SuitePrompt>();
  const byPath = new Map<string, SuitePrompt>();

  // Asked for together: a git source answers them with one git process instead of one each.
  const contents = await Promise.all(selected.map(({ path }) => source.readFile(path)));
  for (const [i, { path, flags }] of selected.entries()) {
    const content = contents[i];
    if (content === undefined) continue;
    let prompt: Prompt;
    try {
      prompt = await parsePromptFile(path, content, { id: flags.id, readFile: (other) => source.readFile(other) });
    } catch (err) {
      if (err instanceof UserError) {
        errors.push(err);
        broken.set(path, path).set(flags.id ?? defaultPromptId(path), path);
        continue;
      }
      throw err;
    }
    prompt.meta = { ...prompt.meta, ...meta(flags) };
    const model = flags.model ?? prompt.model ?? config.providers.default;
    if (!model) {
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
    const entry: SuitePrompt = { prompt, modelId: parseModelRef(model, config.providers.endpoints).id, tests: [...prompt.tests], text: content };
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

  for (const entry of prompts) {
    // Built-in probes: the injection pack for prompts that take user input, and the
    // not-in-context probe for grounded ones.
    entry.tests.push(...(config.adversarial.enabled ? generatedTests(entry.prompt) : groundingProbe(entry.prompt)));
    entry.tests = entry.tests.map((t) => ({ ...t, repeat: t.repeat ?? config.repeat }));
    entry.tests.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  prompts.sort((a, b) => (a.prompt.id < b.prompt.id ? -1 : a.prompt.id > b.prompt.id ? 1 : 0));
  return { prompts, errors, notRun };
}

/** Whether a changed path can affect the suite: it is a prompt file the config selects. */
export function selectsPromptFile(loaded: LoadedConfig, path: string): boolean {
  const entries: PromptEntry[] = loaded.config.prompts ?? [ZERO_CONFIG_GLOB];
  return promptFormatFor(path) !== undefined && entries.some((e) => picomatch(typeof e === 'string' ? e : e.path)(path));
}

interface SelectedFile {
  path: string;
  flags: Exclude<PromptEntry, string> | { path: string; id?: undefined; model?: undefined };
}

/** Files matched by the prompt entries; a later explicit entry refines flags of an earlier glob. */
function selectPromptFiles(files: string[], entries: PromptEntry[]): SelectedFile[] {
  const selected = new Map<string, SelectedFile>();
  for (const entry of entries) {
    const pattern = typeof entry === 'string' ? entry : entry.path;
    const isMatch = picomatch(pattern, { dot: false });
    for (const path of files) {
      if (!isMatch(path) || !promptFormatFor(path)) continue;
      const flags = typeof entry === 'string' ? { path } : entry;
      selected.set(path, { path, flags: { ...selected.get(path)?.flags, ...flags } });
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
