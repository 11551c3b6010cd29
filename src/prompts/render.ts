import { UserError } from '../util/errors.js';
import { handlebars, handlebarsVariables } from './formats/handlebars.js';
import type { Prompt, PromptMessage, TemplateEngine } from './model.js';
import { renderWorker } from './render-worker-client.js';
import { loops, MAX_RENDERED_LENGTH, renderLooping, tooLong, type Rendering } from './template-engines.js';

type Vars = Readonly<Record<string, string | undefined>>;

/** `{{name}}` or `{{ name }}`; names may contain dots and dashes, as GitHub Models testData keys do. */
const MUSTACHE_VAR = /\{\{\s*([A-Za-z_][\w.-]*)\s*\}\}/g;

/** A template cut into literal text and variable references, so rendering is a join. */
type MustachePart = string | { name: string; raw: string };

/** Variables a template uses, sorted and without duplicates. */
export function templateVariables(text: string, engine: TemplateEngine): string[] {
  const names =
    engine === 'handlebars'
      ? handlebarsVariables(handlebars().parse(text))
      : new Set(Array.from(text.matchAll(MUSTACHE_VAR), (m) => m[1]!));
  return [...names].sort();
}

/**
 * Fill a prompt's messages for one test. Values are inserted verbatim (no HTML escaping).
 * A variable the test does not set (and the prompt has no default for) is a UserError that
 * names the prompt and the variable.
 *
 * Templates come from pull requests. `{{name}}` substitution is one pass over the template,
 * bounded by the length of what it writes; templates that can loop render in a worker under a
 * time limit (see render-worker-client.ts), so nested loops over large lists stop with an error
 * instead of stalling the process.
 */
export async function renderMessages(prompt: Prompt, vars: Record<string, string>): Promise<PromptMessage[]> {
  const data = prompt.defaults ? { ...prompt.defaults, ...vars } : vars;
  const templates = prompt.messages.map((m) => m.content);
  const rendering = loops(prompt.engine)
    ? await (renderWorker()?.render(prompt.engine, templates, data) ?? renderLooping(prompt.engine, templates, data))
    : renderMustache(templates, data);
  if ('missing' in rendering) throw missingVariable(prompt, rendering.missing);
  if ('error' in rendering) {
    throw new UserError(`could not render ${prompt.path}: ${rendering.error}`, {
      location: { file: prompt.path },
      hint: 'Check the helpers and the shape of the variables the template uses; a loop inside a loop over long lists multiplies the work.',
    });
  }
  return prompt.messages.map((message, i) => ({ role: message.role, content: rendering.contents[i]! }));
}

/**
 * Mustache-style `{{name}}` substitution for evaluator and judge prompts. Names without a value
 * stay as written, as GitHub Models' own templating leaves them, so a typo shows in the output.
 */
export function renderTemplate(template: string, vars: Vars): string {
  return mustacheParts(template)
    .map((part) => (typeof part === 'string' ? part : (vars[part.name] ?? part.raw)))
    .join('');
}

const mustacheCache = new Map<string, MustachePart[]>();
const MAX_MUSTACHE_TEMPLATES = 1000;

function renderMustache(templates: string[], vars: Vars): Rendering {
  const contents: string[] = [];
  for (const template of templates) {
    const parts = mustacheParts(template);
    let length = 0;
    for (const part of parts) {
      if (typeof part === 'string') {
        length += part.length;
        continue;
      }
      const value = vars[part.name];
      if (value === undefined) return { missing: part.name };
      length += value.length;
    }
    // Counted before joining: a template repeating `{{long}}` is refused without building the text.
    if (length > MAX_RENDERED_LENGTH) return { error: tooLong(length) };
    contents.push(parts.map((part) => (typeof part === 'string' ? part : vars[part.name]!)).join(''));
  }
  return { contents };
}

function mustacheParts(template: string): MustachePart[] {
  const cached = mustacheCache.get(template);
  if (cached) return cached;
  const parts: MustachePart[] = [];
  let last = 0;
  for (const match of template.matchAll(MUSTACHE_VAR)) {
    if (match.index > last) parts.push(template.slice(last, match.index));
    parts.push({ name: match[1]!, raw: match[0] });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  if (mustacheCache.size >= MAX_MUSTACHE_TEMPLATES) mustacheCache.clear();
  mustacheCache.set(template, parts);
  return parts;
}

function missingVariable(prompt: Prompt, name: string): UserError {
  return new UserError(`prompt ${prompt.path} uses the variable "${name}", but the test does not set it`, {
    location: { file: prompt.path },
    hint: `Add "${name}" to the test's vars (a testData row in a .prompt.yml file, or tests[].vars in promptgate.yml).`,
  });
}
