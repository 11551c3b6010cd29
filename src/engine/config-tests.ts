import type { TestConfig } from '../config/schema.js';
import type { Prompt, PromptTestCase } from '../prompts/model.js';
import { ConfigError, formatLocation } from '../util/errors.js';
import { hashValue } from '../util/hash.js';
import { promptRef } from './prompt-files.js';

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

/** The prompts a config's tests may name (by id or path), and the files of those that did not load. */
export interface TestTargets {
  byId: Map<string, { prompt: Prompt; tests: PromptTestCase[] }>;
  byPath: Map<string, { prompt: Prompt; tests: PromptTestCase[] }>;
  broken: Map<string, string>;
}

/** What becomes of a test that names no prompt, or takes an id its prompt already has. */
export interface ConfigTestProblems {
  missing(err: ConfigError): void;
  duplicate(err: ConfigError): void;
}

/**
 * Attaches each config test (with its index in the config's `tests`) to its prompt; a test of a
 * prompt that did not load is listed as not run. A test naming no prompt, or an `id:` its prompt
 * already has (from the prompt file or an earlier test), goes to `problems` and is left out: two
 * tests under one id would be one result. A generated id that repeats (the same inputs, other
 * assertions) is numbered instead, as `gh models` numbers repeated rows.
 */
export function attachConfigTests(targets: TestTargets, tests: { test: TestConfig; index: number }[], configFile: string, repeat: number, problems: ConfigTestProblems): NotRunTest[] {
  const notRun: NotRunTest[] = [];
  // Each prompt's test ids, with where the test that has the id was written.
  const ids = new Map<PromptTestCase[], Map<string, PromptTestCase['source']>>();
  for (const { test, index } of tests) {
    const name = promptRef(test.prompt);
    const target = targets.byId.get(test.prompt) ?? targets.byPath.get(name);
    if (!target) {
      const file = targets.broken.get(test.prompt) ?? targets.broken.get(name);
      if (file !== undefined) {
        notRun.push({ test: test.id ? `tests.${index} (${test.id})` : `tests.${index}`, prompt: test.prompt, file, reason: 'prompt did not load' });
        continue;
      }
      problems.missing(
        new ConfigError(`\`tests.${index}.prompt\`: no prompt \`${test.prompt}\``, {
          location: { file: configFile },
          hint: `use one of: ${[...targets.byId.keys()].join(', ') || '(no prompts found — check `prompts`)'}`,
        }),
      );
      continue;
    }
    let taken = ids.get(target.tests);
    if (!taken) ids.set(target.tests, (taken = new Map(target.tests.map((t) => [t.id, t.source]))));
    const made = configTest(test, configFile, repeat);
    if (taken.has(made.id) && test.id !== undefined) {
      const other = taken.get(made.id);
      const where = other && (other.file !== configFile || other.line !== undefined) ? ` (${formatLocation(other)})` : '';
      problems.duplicate(
        new ConfigError(`\`tests.${index}.id\`: prompt \`${target.prompt.id}\` already has a test \`${test.id}\`${where}`, {
          location: { file: configFile },
          hint: 'give each test of a prompt its own id: two tests under one id would be judged as one',
        }),
      );
      continue;
    }
    for (let n = 2; taken.has(made.id); n++) made.id = `${made.id.replace(/-\d+$/, '')}-${n}`;
    taken.set(made.id, made.source);
    target.tests.push(made);
  }
  return notRun;
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
