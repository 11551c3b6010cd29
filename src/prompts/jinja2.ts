import type nunjucksModule from 'nunjucks';
import { PromptFileError, UserError } from '../util/errors.js';
import type { TemplateOrigin } from './handlebars.js';

/**
 * Jinja2 templates through nunjucks, the Jinja2 engine for JavaScript that Prompty's own
 * TypeScript runtime renders with (spec §5.5: `{{ x }}`, `{% if %}`, `{% for %}`, comments,
 * the common filters; whitespace kept as written, autoescape off, undefined renders empty).
 *
 * Templates from a pull request are hostile. nunjucks resolves `a.b` and calls `f()` through two
 * runtime hooks, and with the stock hooks `"".constructor.constructor("…")()` runs code. While
 * promptgate renders, member lookup sees only own data properties and calls are refused, as
 * Prompty's runtime does; filters stay available because they are looked up by name.
 */

type Nunjucks = typeof nunjucksModule;

interface RuntimeHooks {
  memberLookup(object: unknown, property: unknown): unknown;
  callWrap(callable: unknown, name: string, context: unknown, args: unknown[]): unknown;
}

const UNSAFE_MEMBERS = new Set(['__proto__', 'constructor', 'prototype']);

let loaded: { nunjucks: Nunjucks; env: nunjucksModule.Environment } | undefined;

/** Loaded on first use: only Prompty files need it (the bundler keeps this `require` lazy). */
function library(): { nunjucks: Nunjucks; env: nunjucksModule.Environment } {
  if (loaded) return loaded;
  const nunjucks = require('nunjucks') as Nunjucks;
  // No loaders: given none (`null`), nunjucks reads `{% include %}` targets from `./views` on the host.
  loaded = { nunjucks, env: new nunjucks.Environment([], { autoescape: false, throwOnUndefined: false }) };
  return loaded;
}

/** A compiled Jinja2 template; syntax errors are PromptFileErrors at the file position nunjucks names. */
export function compileJinja2(text: string, origin: TemplateOrigin): nunjucksModule.Template {
  const { nunjucks, env } = library();
  let template: nunjucksModule.Template;
  try {
    template = new nunjucks.Template(text, env, origin.file, true);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const at = /\[Line (\d+), Column (\d+)\]/.exec(message);
    throw new PromptFileError(`invalid Jinja2 template: ${message.split('\n').at(-1)!.trim().replace(/^Error: /, '')}`, {
      location: at ? { file: origin.file, line: origin.line + Number(at[1]) - 1, column: Number(at[2]) + 1 } : { file: origin.file, line: origin.line, column: 1 },
      hint: 'Close every {% if %} / {% for %} with {% endif %} / {% endfor %}; Prompty templates use the Jinja2 subset of its spec §5.5.',
      cause: err,
    });
  }
  refuseTemplateReferences(text, origin);
  refuseUnknownFilters(text, origin);
  return template;
}

/** Jinja2 refuses a filter it does not have when it compiles the template; nunjucks only when it renders it. */
function refuseUnknownFilters(text: string, origin: TemplateOrigin): void {
  const { root, nodes } = parseJinja2(text);
  const { env } = library();
  for (const filter of root.findAll(nodes.Filter)) {
    const name = String(filter.name?.value);
    try {
      env.getFilter(name);
    } catch {
      throw new PromptFileError(`the Jinja2 filter "${name}" does not exist`, {
        location: fileLocation(origin, filter.lineno + 1, filter.colno),
        hint: `Use a filter of Prompty's Jinja2 subset (default, upper, lower, join, length, trim) or another nunjucks filter${name === 'tojson' ? '; `tojson` is `dump` in nunjucks' : ''}.`,
      });
    }
  }
}

/** File position of a 1-based template line and 0-based column. */
function fileLocation(origin: TemplateOrigin, line: number, column: number): { file: string; line: number; column: number } {
  return { file: origin.file, line: origin.line + line - 1, column: line === 1 ? origin.column + column : column + 1 };
}

type AstNode = {
  typename: string;
  value?: unknown;
  lineno: number;
  colno: number;
  name?: AstNode & { children?: AstNode[] };
  targets?: AstNode[];
  left?: AstNode;
  right?: AstNode;
  cond?: AstNode;
  target?: AstNode;
  args?: { children: AstNode[] };
  findAll(type: unknown): AstNode[];
};

let lastParsed: { text: string; root: AstNode } | undefined;

/**
 * The parsed template; the parser and its node classes are public in nunjucks but absent from its
 * type declarations. Reading a Prompty file asks for its variables, the names it guards, and both
 * compile-time refusals of one body in turn: the last tree is kept (it is only read) so the body
 * is parsed once.
 */
function parseJinja2(text: string): { root: AstNode; nodes: Record<string, unknown> } {
  const { parser, nodes } = library().nunjucks as unknown as { parser: { parse(src: string, ext: [], opts: object): AstNode }; nodes: Record<string, unknown> };
  if (lastParsed?.text !== text) lastParsed = { text, root: parser.parse(text, [], {}) };
  return { root: lastParsed.root, nodes };
}

/**
 * `{% include %}`, `{% import %}`, `{% from %}` and `{% extends %}` name other templates. Prompty's
 * runtime loads none (its Jinja2 environment holds the prompt alone), and a template from a pull
 * request must not read files, so they are refused where they are written.
 */
function refuseTemplateReferences(text: string, origin: TemplateOrigin): void {
  const { root, nodes } = parseJinja2(text);
  const found = ['Include', 'Import', 'FromImport', 'Extends'].flatMap((type) => root.findAll(nodes[type]));
  const first = found.sort((a, b) => a.lineno - b.lineno || a.colno - b.colno)[0];
  if (!first) return;
  throw new PromptFileError('a Prompty template cannot include, import or extend another template', {
    location: fileLocation(origin, first.lineno + 1, first.colno),
    hint: 'Write the text into this prompt, or pass it to the test as a variable.',
  });
}

/**
 * Render with the hardened hooks in place; rendering is synchronous, so no other render sees them.
 * A render error is a UserError at the file position nunjucks names (`origin` is where the template starts).
 */
export function renderJinja2(template: nunjucksModule.Template, data: Record<string, unknown>, origin: TemplateOrigin): string {
  const runtime = library().nunjucks.runtime as unknown as RuntimeHooks;
  const { memberLookup, callWrap } = runtime;
  runtime.memberLookup = ownDataMember;
  runtime.callWrap = refuseCall;
  try {
    return template.render(data);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    // Render errors count lines and columns from 0 (parse errors from 1).
    const at = /\[Line (\d+), Column (\d+)\]/.exec(message);
    throw new UserError(`could not render ${origin.file}: ${message.split('\n').at(-1)!.trim().replace(/^Error: /, '')}`, {
      location: at ? fileLocation(origin, Number(at[1]) + 1, Number(at[2])) : { file: origin.file },
      hint: 'Check what the template does with the variables this test sets.',
      cause: err,
    });
  } finally {
    runtime.memberLookup = memberLookup;
    runtime.callWrap = callWrap;
  }
}

function ownDataMember(object: unknown, property: unknown): unknown {
  if (object === null || typeof object !== 'object') return undefined;
  if (typeof property !== 'string' && typeof property !== 'number') return undefined;
  if (UNSAFE_MEMBERS.has(String(property))) return undefined;
  const descriptor = Object.getOwnPropertyDescriptor(object, property);
  return descriptor && 'value' in descriptor ? descriptor.value : undefined;
}

function refuseCall(_callable: unknown, name: string): never {
  throw new Error(`calling functions in a template is not allowed (${name})`);
}

/** Names a Jinja2 template reads from its inputs: symbols that no loop, `set` or call binds, and that name no `is` test. */
export function jinja2Variables(text: string): Set<string> {
  const { root, nodes } = parseJinja2(text);
  const bound = new Set<unknown>(['loop']);
  for (const loop of root.findAll(nodes.For)) for (const target of loop.name?.children ?? [loop.name]) bound.add(target?.value);
  for (const set of root.findAll(nodes.Set)) for (const target of set.targets ?? []) bound.add(target.value);
  for (const call of root.findAll(nodes.FunCall)) bound.add(call.name?.value);
  // `x is defined`: `defined` is the test's name, not something the template reads.
  const tests = new Set(root.findAll(nodes.Is).map((is) => is.right));
  const names = new Set<string>();
  for (const symbol of root.findAll(nodes.Symbol)) if (typeof symbol.value === 'string' && !bound.has(symbol.value) && !tests.has(symbol)) names.add(symbol.value);
  return names;
}

/**
 * Names the template itself provides for when they are unset, so a test may leave them out:
 * `x | default(…)`, `x is defined` (any `is` test), and conditions such as `{% if x %}`,
 * `not x`, `x and y`. The runtime renders all of them with the name unset.
 */
export function jinja2Guarded(text: string): Set<string> {
  const { root, nodes } = parseJinja2(text);
  const names = new Set<string>();
  const condition = (node: AstNode | undefined): void => {
    if (!node) return;
    if (node.typename === 'Symbol' && typeof node.value === 'string') names.add(node.value);
    else if (node.typename === 'Not') condition(node.target);
    else if (node.typename === 'And' || node.typename === 'Or') (condition(node.left), condition(node.right));
  };
  for (const filter of root.findAll(nodes.Filter)) if (filter.name?.value === 'default' || filter.name?.value === 'd') condition(filter.args?.children[0]);
  for (const is of root.findAll(nodes.Is)) condition(is.left);
  for (const branch of [...root.findAll(nodes.If), ...root.findAll(nodes.InlineIf)]) condition(branch.cond);
  return names;
}
