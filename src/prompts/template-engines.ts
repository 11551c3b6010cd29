import { handlebars } from './formats/handlebars.js';
import type { TemplateEngine } from './model.js';

/**
 * Longest text one message may render to: far past any model's context window (about 250,000
 * tokens), yet small enough that a template that multiplies its input is stopped early.
 */
export const MAX_RENDERED_LENGTH = 1_000_000;

type Vars = Readonly<Record<string, string | undefined>>;

/** What rendering a prompt's messages came to: their texts, or why not. */
export type Rendering =
  | { contents: string[] }
  /** A variable the template needs and the test does not set. */
  | { missing: string }
  | { error: string };

/** Renders one message template with a test's variables; throws on failure. */
type CompiledTemplate = (vars: Vars) => string;

/**
 * The engines whose templates can loop (`{{#each}}`), so a template can take as long as it
 * likes: they run in the render worker under a time limit. A new format whose templates loop
 * (e.g. Jinja) adds its compiler here.
 */
const LOOPING_ENGINES: Partial<Record<TemplateEngine, (template: string) => CompiledTemplate>> = {
  handlebars: compileHandlebars,
};

/** Whether an engine's templates must be rendered under a time limit. */
export function loops(engine: TemplateEngine): boolean {
  return LOOPING_ENGINES[engine] !== undefined;
}

/** Compiled templates by engine and text: a suite renders the same few templates thousands of times. */
const compiled = new Map<string, CompiledTemplate>();
const MAX_COMPILED = 500;

/**
 * Renders every message of a prompt with one test's variables, in whatever thread calls it;
 * no message may exceed {@link MAX_RENDERED_LENGTH}.
 */
export function renderLooping(engine: TemplateEngine, templates: string[], vars: Vars): Rendering {
  const compile = LOOPING_ENGINES[engine];
  if (!compile) return { error: `no renderer for ${engine} templates` };
  const contents: string[] = [];
  try {
    for (const template of templates) {
      const key = `${engine}\u0000${template}`;
      let render = compiled.get(key);
      if (!render) {
        render = compile(template);
        if (compiled.size >= MAX_COMPILED) compiled.clear();
        compiled.set(key, render);
      }
      const text = render(vars);
      if (text.length > MAX_RENDERED_LENGTH) return { error: tooLong(text.length) };
      contents.push(text);
    }
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const missing = /^"([^"]+)" not defined in/.exec(message);
    return missing ? { missing: missing[1]! } : { error: message };
  }
  return { contents };
}

export function tooLong(length: number): string {
  return `a message rendered to ${length.toLocaleString('en-US')} characters; at most ${MAX_RENDERED_LENGTH.toLocaleString('en-US')} are allowed`;
}

function compileHandlebars(template: string): CompiledTemplate {
  // strict: a missing `{{name}}` throws instead of rendering empty; `{{#if name}}` stays optional.
  const render = handlebars().compile(template, { noEscape: true, strict: true });
  return (vars) => render(structuredVars(vars));
}

/**
 * Test variables are text, but `{{#each items}}` needs a list. A value that is JSON text of a
 * list or mapping is passed as that value, printing as its original text where a template
 * inserts it whole, so `{{items}}` still renders exactly what the test wrote.
 */
function structuredVars(vars: Vars): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [name, text] of Object.entries(vars)) data[name] = text === undefined ? text : parseStructured(text);
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
