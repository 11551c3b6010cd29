import { UserError } from '../util/errors.js';
import { handlebars, handlebarsVariables } from './handlebars.js';
import { jinja2Variables } from './jinja2.js';
import { DOTPROMPT_HELPERS } from './dotprompt-library.js';
import { mustacheVariables } from './prompty-render.js';
import type { Prompt, PromptMessage, TemplateEngine } from './model.js';
import { missingVariable, structuredVars, valueOf, withinCap, type Vars } from './render-values.js';
import { renderWhole } from './render-whole.js';
import { renderWorker } from './render-worker-client.js';

export { MAX_RENDERED_LENGTH } from './render-values.js';

/** `{{name}}` or `{{ name }}`; names may contain dots and dashes, as GitHub Models testData keys do. */
const MUSTACHE_VAR = /\{\{\s*([A-Za-z_][\w.-]*)\s*\}\}/g;

/**
 * `{{anything}}` as `gh models` sees it: the exact text between the braces is a key of the test
 * row, spaces included, so `{{ name }}` is filled only by a key " name ".
 */
const LITERAL_VAR = /\{\{([^{}]+)\}\}/g;

/** A template cut into literal text and variable references, so rendering is a join. */
type MustachePart = string | { name: string; raw: string };

/**
 * Variables a template uses, sorted and without duplicates. A Prompty or Dotprompt message is a
 * piece of a body that renders whole; a piece that does not parse alone (a block spanning role
 * lines) is read for its `{{name}}` references.
 */
export function templateVariables(text: string, engine: TemplateEngine): string[] {
  const placeholders = (): Set<string> => new Set(Array.from(text.matchAll(engine === 'literal' ? LITERAL_VAR : MUSTACHE_VAR), (m) => m[1]!));
  let names: Set<string>;
  try {
    names =
      engine === 'handlebars' || engine === 'dotprompt'
        ? handlebarsVariables(handlebars().parse(text))
        : engine === 'jinja2'
          ? jinja2Variables(text)
          : engine === 'full-mustache'
            ? mustacheVariables(text)
            : placeholders();
  } catch {
    names = placeholders();
  }
  if (engine === 'dotprompt') for (const helper of DOTPROMPT_HELPERS) names.delete(helper);
  return [...names].sort();
}

/**
 * Fill a prompt's messages for one test. Values are inserted verbatim (no HTML escaping).
 * A variable the test does not set (and the prompt has no default for) is a UserError that
 * names the prompt and the variable.
 *
 * Templates come from pull requests. `{{name}}` substitution is one pass over the template,
 * bounded by the length of what it writes, and runs here; templates that can loop render in
 * a worker under a time limit (render-worker-client.ts), so nested loops over large lists end
 * in an error instead of stalling the process. Every message is held to {@link MAX_RENDERED_LENGTH}.
 */
export async function renderMessages(prompt: Prompt, vars: Record<string, string>): Promise<PromptMessage[]> {
  const data = withDefaults(prompt, vars);
  // `{{name}}` and gh models' literal `{{key}}` are one bounded pass: no worker needed.
  if (prompt.engine === 'mustache' || prompt.engine === 'literal') return renderInThisThread(prompt, data);
  const worker = renderWorker();
  return worker ? worker.render(workerPrompt(prompt), data) : renderInThisThread(prompt, data);
}

/**
 * Throws what {@link renderMessages} would throw for `vars`, without building the text, for the
 * templates it renders in this thread (`{{name}}` substitution); false for the others, which
 * only rendering can check. A suite is checked test by test when it is read: at 100,000 tests
 * that is a measure per test instead of a rendered prompt and an await.
 */
export function checkRenders(prompt: Prompt, vars: Record<string, string>): boolean {
  if (prompt.template || (prompt.engine !== 'mustache' && prompt.engine !== 'literal')) return false;
  const data = withDefaults(prompt, vars);
  const pattern = prompt.engine === 'literal' ? LITERAL_VAR : MUSTACHE_VAR;
  for (const message of prompt.messages) withinCap('', prompt, renderedLength(templateParts(message.content, pattern), data, prompt, prompt.engine === 'mustache'));
  return true;
}

/** A test's values over the prompt's defaults; a whole-body template keeps its defaults typed (`template.defaults`) and fills them itself. */
function withDefaults(prompt: Prompt, vars: Record<string, string>): Vars {
  return prompt.defaults && !prompt.template ? { ...prompt.defaults, ...vars } : vars;
}

/** The length `parts` render to; a name without a value is an error when `strict`, else stays as written. */
function renderedLength(parts: MustachePart[], vars: Vars, prompt: Prompt, strict: boolean): number {
  let length = 0;
  for (const part of parts) {
    if (typeof part === 'string') {
      length += part.length;
      continue;
    }
    const value = valueOf(vars, part.name);
    if (value === undefined && strict) throw missingVariable(prompt, part.name);
    length += (value ?? part.raw).length;
  }
  return length;
}

/**
 * Renders in the calling thread, whatever the engine: what the render worker runs. Prompty and
 * Dotprompt bodies render whole, by their runtime's rules (Dotprompt's library asynchronously).
 */
export function renderInThisThread(prompt: Prompt, data: Vars): PromptMessage[] | Promise<PromptMessage[]> {
  if (prompt.template) return renderWhole(prompt, data);
  const renderers = compiledFor(prompt).renderers;
  return prompt.messages.map((message, i) => ({ role: message.role, content: withinCap(renderers[i]!(data, prompt), prompt) }));
}

/** What the worker needs of a prompt: its tests (often thousands of rows) stay behind. */
function workerPrompt(prompt: Prompt): Prompt {
  return { ...prompt, tests: [] };
}

/**
 * `{{name}}` substitution for evaluator and judge prompts. Names without a value stay as
 * written, as GitHub Models' own templating leaves them, so a typo shows in the output. The
 * `literal` engine reads names as `gh models` does (see LITERAL_VAR); others as mustache.
 */
export function renderTemplate(template: string, vars: Vars, engine: TemplateEngine = 'mustache'): string {
  return templateParts(template, engine === 'literal' ? LITERAL_VAR : MUSTACHE_VAR)
    .map((part) => (typeof part === 'string' ? part : (valueOf(vars, part.name) ?? part.raw)))
    .join('');
}

type Renderer = (vars: Vars, prompt: Prompt) => string;

interface CompiledPrompt {
  /** The message texts compiled, to detect a different prompt that reuses a version string. */
  sources: string[];
  renderers: Renderer[];
}

/** Compiled templates by engine and prompt version: rendering runs thousands of times per run. */
const compiledPrompts = new Map<string, CompiledPrompt>();
const MAX_COMPILED_PROMPTS = 500;
const mustacheCache = new Map<string, MustachePart[]>();
const MAX_MUSTACHE_TEMPLATES = 1000;

function compiledFor(prompt: Prompt): CompiledPrompt {
  const key = `${prompt.engine}:${prompt.version}`;
  const cached = compiledPrompts.get(key);
  if (cached && sameSources(cached.sources, prompt.messages)) return cached;
  const sources = prompt.messages.map((m) => m.content);
  const entry = { sources, renderers: sources.map((s) => rendererFor(prompt.engine, s)) };
  if (compiledPrompts.size >= MAX_COMPILED_PROMPTS) compiledPrompts.delete(compiledPrompts.keys().next().value!);
  compiledPrompts.set(key, entry);
  return entry;
}

function sameSources(sources: string[], messages: PromptMessage[]): boolean {
  return sources.length === messages.length && messages.every((m, i) => m.content === sources[i]);
}

function rendererFor(engine: TemplateEngine, template: string): Renderer {
  if (engine === 'handlebars') return handlebarsRenderer(template);
  if (engine === 'literal') return (vars) => renderTemplate(template, vars, 'literal');
  return mustacheRenderer(template);
}

function mustacheRenderer(template: string): Renderer {
  const parts = templateParts(template, MUSTACHE_VAR);
  return (vars, prompt) => {
    // Measured before joining: a template repeating `{{long}}` is refused without building the text.
    withinCap('', prompt, renderedLength(parts, vars, prompt, true));
    let out = '';
    for (const part of parts) out += typeof part === 'string' ? part : valueOf(vars, part.name)!;
    return out;
  };
}

function handlebarsRenderer(template: string): Renderer {
  // strict: a missing `{{name}}` throws instead of rendering empty; `{{#if name}}` stays optional.
  const render = handlebars().compile(template, { noEscape: true, strict: true });
  return (vars, prompt) => {
    try {
      return render(structuredVars(vars));
    } catch (err) {
      const missing = /^"([^"]+)" not defined in/.exec(err instanceof Error ? err.message : '');
      if (missing) throw missingVariable(prompt, missing[1]!);
      throw new UserError(`could not render ${prompt.path}: ${err instanceof Error ? err.message : String(err)}`, {
        location: { file: prompt.path },
        hint: 'Check the Handlebars helpers and the shape of the variables the template uses.',
        cause: err,
      });
    }
  };
}

function templateParts(template: string, pattern: RegExp): MustachePart[] {
  const key = `${pattern === LITERAL_VAR ? 'l' : 'm'}${template}`;
  const cached = mustacheCache.get(key);
  if (cached) return cached;
  const parts: MustachePart[] = [];
  let last = 0;
  for (const match of template.matchAll(pattern)) {
    if (match.index > last) parts.push(template.slice(last, match.index));
    parts.push({ name: match[1]!, raw: match[0] });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  if (mustacheCache.size >= MAX_MUSTACHE_TEMPLATES) mustacheCache.clear();
  mustacheCache.set(key, parts);
  return parts;
}
