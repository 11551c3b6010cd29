import type Handlebars from 'handlebars';
import type { Dotprompt, DotpromptOptions, Message, RenderedPrompt } from 'dotprompt';
import { UserError } from '../util/errors.js';
import { handlebars } from './handlebars.js';
import type { PromptMessage, Role } from './model.js';

/**
 * The official `dotprompt` library (Google's implementation, the one Genkit uses), with two
 * guards a shared CI host needs.
 *
 * - Its own Handlebars environment per instance. The library registers helpers and partials on
 *   Handlebars' global instance (`noConflict()` hands that back), so a partial one prompt's
 *   folder defines would otherwise be seen by every other prompt. While the constructor runs,
 *   `noConflict` hands out a fresh environment instead.
 * - Handlebars' `log` helper writes to the host's console; a template from a pull request must
 *   not reach the host, so `{{log}}` renders as nothing (it renders nothing in the library too).
 */
export function dotpromptInstance(options: DotpromptOptions): Dotprompt {
  const shared = require('handlebars/dist/cjs/handlebars.js') as typeof Handlebars;
  const { Dotprompt: Library } = require('dotprompt') as typeof import('dotprompt');
  const noConflict = shared.noConflict;
  // `create()` leaves out the AST visitor the library extends to find partials.
  shared.noConflict = () => Object.assign(shared.create(), { Visitor: shared.Visitor });
  try {
    return new Library(options).defineHelper('log', () => '');
  } finally {
    shared.noConflict = noConflict;
  }
}

/**
 * Throws what rendering would throw for any input, without rendering: the template and its
 * partials compiled as the library compiles them (only its helpers known), and a partial that was
 * not found. Rendering is where a template can loop over what the file holds (`{{#each}}` over
 * `@metadata`), so it runs only in the render worker, under its time limit.
 */
export function checkCompiles(template: string, partials: Record<string, string>): void {
  compileTemplate(template);
  const inline = new Set<string>();
  const named: string[] = [];
  for (const text of [template, ...Object.values(partials)]) partialNames(handlebars().parse(text), named, inline);
  const missing = named.find((name) => !(name in partials) && !inline.has(name));
  if (missing !== undefined) throw new Error(`The partial ${missing} could not be found`);
}

/** Compiles a template or partial as the library does (only its helpers known), throwing Handlebars' error. */
export function compileTemplate(text: string): void {
  const knownHelpers = Object.fromEntries([...DOTPROMPT_HELPERS].map((name) => [name, true]));
  handlebars().precompile(text, { knownHelpers, knownHelpersOnly: true, noEscape: true });
}

/** Names of `{{> name}}` partials (written by name, not computed) and of `{{#*inline "name"}}` partials. */
function partialNames(node: unknown, named: string[], inline: Set<string>): void {
  if (node === null || typeof node !== 'object') return;
  const n = node as { type?: string; name?: { original?: unknown }; path?: { original?: unknown }; params?: { value?: unknown }[] };
  if (n.type === 'PartialStatement' && n.name?.original !== undefined && typeof n.name.original === 'string') named.push(n.name.original);
  if (n.type === 'DecoratorBlock' && n.path?.original === 'inline' && typeof n.params?.[0]?.value === 'string') inline.add(n.params[0].value);
  for (const value of Object.values(node)) if (value !== null && typeof value === 'object') partialNames(value, named, inline);
}

/** Dotprompt's helpers: `{{history}}` or `{{section "x"}}` read no variable. */
export const DOTPROMPT_HELPERS: ReadonlySet<string> = new Set(['role', 'history', 'media', 'section', 'json', 'ifEquals', 'unlessEquals', 'log']);

/** The library's roles in promptgate's: `model` is the assistant. */
const ROLES: Record<string, Role> = { system: 'system', user: 'user', model: 'assistant' };

/**
 * The library's rendered messages as promptgate sends them: text parts joined, `{{section}}`
 * placeholders (filled by Genkit at run time) dropped. Media and tool parts cannot be sent as
 * text, so they are an error that names the prompt rather than a silently different request.
 */
export function toPromptMessages(rendered: RenderedPrompt, file: string): PromptMessage[] {
  return rendered.messages.map((message: Message) => {
    const role = ROLES[message.role];
    if (!role) throw unsupported(file, `a "${message.role}" message`, 'Use the roles system, user and model.');
    let content = '';
    for (const part of message.content) {
      if (typeof part.text === 'string') content += part.text;
      else if (part.media) throw unsupported(file, `a media part ({{media url=…}}, ${part.media.url || 'no url'})`, 'promptgate sends text only; describe the media in text, or leave this prompt out of `prompts`.');
      else if (part.toolRequest || part.toolResponse) throw unsupported(file, 'a tool request or response part', 'promptgate sends text only.');
    }
    return { role, content };
  });
}

function unsupported(file: string, what: string, hint: string): UserError {
  return new UserError(`${file} renders ${what}, which promptgate cannot send to a model`, { location: { file }, hint });
}

const compiled = new Map<string, Promise<(input: Record<string, unknown>) => Promise<RenderedPrompt>>>();
const MAX_COMPILED = 500;

/** Render a loaded Dotprompt for one test's values, compiled once per file text and partials. */
export async function renderDotprompt(file: string, source: string, partials: Record<string, string>, input: Record<string, unknown>): Promise<PromptMessage[]> {
  const key = `${JSON.stringify(partials)}\0${source}`;
  let render = compiled.get(key);
  if (!render) {
    render = dotpromptInstance({ partials })
      .compile(source)
      .then((fn) => (data: Record<string, unknown>) => fn({ input: data }));
    if (compiled.size >= MAX_COMPILED) compiled.delete(compiled.keys().next().value!);
    compiled.set(key, render);
  }
  try {
    return toPromptMessages(await (await render)(input), file);
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`could not render ${file}: ${err instanceof Error ? err.message : String(err)}`, {
      location: { file },
      hint: 'Check the shape of the values the template reads (lists for {{#each}}, objects for paths).',
      cause: err,
    });
  }
}
