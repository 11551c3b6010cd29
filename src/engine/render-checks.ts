import { checkRenders, renderMessages } from '../prompts/render.js';
import { formatLocation, PromptFileError, UserError } from '../util/errors.js';
import type { Prompt, PromptTestCase } from '../prompts/model.js';

/** What is checked of a suite (suite.ts's Suite and SuitePrompt, by shape: suite.ts calls in here). */
interface SuitePrompt {
  prompt: Prompt;
  tests: PromptTestCase[];
}
interface Suite {
  prompts: SuitePrompt[];
  errors: UserError[];
}

/**
 * What a suite still owes about its templates: each prompt whose own tests were not yet checked
 * to render, in the order the files were read, and the errors found so far by prompt. Kept
 * beside the suite (never in it), so a suite stays plain data.
 */
interface Pending {
  readErrors: UserError[];
  order: SuitePrompt[];
  found: Map<SuitePrompt, UserError | undefined>;
}

const pending = new WeakMap<Suite, Pending>();

/** Marks every prompt of a freshly read suite as not yet checked; `readErrors` are the errors of reading it. */
export function awaitRenderChecks(suite: Suite, readErrors: UserError[]): void {
  pending.set(suite, { readErrors, order: [...suite.prompts], found: new Map() });
}

/**
 * Checks that the chosen prompts' own tests render (all of them when `which` is left out). A
 * prompt with a test that cannot leaves the suite; its error joins `suite.errors`, which keep
 * the order the files were read in whichever order the checks ran. Checking a prompt twice
 * does nothing.
 */
export async function checkSuiteRenders<E extends SuitePrompt>(suite: { prompts: E[]; errors: UserError[] }, which: (entry: E) => boolean = () => true): Promise<void> {
  const state = pending.get(suite);
  if (!state) return;
  const due = (state.order as E[]).filter((entry) => !state.found.has(entry) && which(entry));
  const results = await Promise.all(due.map(unrenderableTest));
  due.forEach((entry, i) => state.found.set(entry, results[i]));
  const failed = new Set(due.filter((_, i) => results[i] !== undefined));
  if (failed.size) suite.prompts = suite.prompts.filter((entry) => !failed.has(entry));
  suite.errors = [...state.readErrors, ...state.order.map((entry) => state.found.get(entry)).filter((e): e is UserError => e !== undefined)];
}

/** Whether a prompt of this suite has had its tests checked (or the suite needs no checks). */
export function renderChecked(suite: Suite, entry: SuitePrompt): boolean {
  const state = pending.get(suite);
  return !state || state.found.has(entry) || !state.order.includes(entry);
}

/**
 * The first of a prompt's own tests (not the generated probes) that cannot fill its template
 * (a variable the test does not set), as an error at the test's line; undefined when every test renders.
 */
async function unrenderableTest(entry: SuitePrompt): Promise<UserError | undefined> {
  for (const test of entry.tests) {
    if (test.category) continue;
    try {
      if (!checkRenders(entry.prompt, test.vars)) await renderMessages(entry.prompt, test.vars);
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      const inPromptFile = test.source?.file === entry.prompt.path;
      const where = test.source && !inPromptFile ? ` (${formatLocation(test.source)})` : '';
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
