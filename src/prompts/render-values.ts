import { UserError } from '../util/errors.js';
import type { Prompt } from './model.js';

/** What rendering one prompt may use and produce, shared by its per-message and whole-body paths. */

export type Vars = Readonly<Record<string, string | undefined>>;

/**
 * A test's own value for `name`. Vars are plain objects, and a name from a template is any text:
 * `{{constructor}}` or `{{toString}}` must not find Object.prototype's members.
 */
export function valueOf(vars: Vars, name: string): string | undefined {
  return Object.hasOwn(vars, name) ? vars[name] : undefined;
}

/**
 * Longest text one message may render to: far past any model's context window (about 250,000
 * tokens), yet small enough that a template multiplying its input is stopped early.
 */
export const MAX_RENDERED_LENGTH = 1_000_000;

export function withinCap(text: string, prompt: Prompt, length = text.length): string {
  if (length <= MAX_RENDERED_LENGTH) return text;
  throw new UserError(`could not render ${prompt.path}: a message rendered to ${length.toLocaleString('en-US')} characters; at most ${MAX_RENDERED_LENGTH.toLocaleString('en-US')} are allowed`, {
    location: { file: prompt.path },
    hint: 'Shorten the variables the template repeats, or loop over fewer items.',
  });
}

export function missingVariable(prompt: Prompt, name: string): UserError {
  return new UserError(`prompt ${prompt.path} uses the variable "${name}", but the test does not set it`, {
    location: { file: prompt.path },
    hint: `Add "${name}" to the test's vars (a testData row in a .prompt.yml file, or tests[].vars in promptgate.yml).`,
  });
}

/**
 * Test variables are text, but `{{#each items}}` needs a list. A value that is JSON text of a
 * list or mapping is passed as that value, printing as its original text where a template
 * inserts it whole, so `{{items}}` still renders exactly what the test wrote.
 */
export function structuredVars(vars: Vars): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [name, text] of Object.entries(vars)) if (text !== undefined) data[name] = parseStructured(text);
  return data;
}

function parseStructured(text: string): unknown {
  const first = text.trimStart()[0];
  if (first !== '[' && first !== '{') return text;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return text;
  }
  if (value === null || typeof value !== 'object') return text;
  Object.defineProperty(value, 'toString', { value: () => text, enumerable: false });
  return value;
}
