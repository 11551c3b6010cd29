import type Handlebars from 'handlebars';
import { PromptFileError } from '../util/errors.js';

let environment: typeof Handlebars | undefined;

/**
 * A private Handlebars environment with Dotprompt's pure helpers (`json`, `ifEquals`,
 * `unlessEquals`), so registering them never leaks into other users of the global instance.
 * Made on first use: only Dotprompt files need Handlebars, and loading it costs start-up time
 * every other run would pay (the bundler keeps a `require` here lazy).
 */
export function handlebars(): typeof Handlebars {
  if (environment) return environment;
  const env = (require('handlebars') as typeof Handlebars).create();
  // Templates come from pull requests: the built-in `log` writes to the host's console, which
  // would let one forge lines in the App's log. Files using it are refused when parsed; here it
  // prints nothing, and rendering runs in a worker whose console output is dropped besides.
  env.registerHelper('log', () => '');
  env.registerHelper('json', (value: unknown, options: Handlebars.HelperOptions) => {
    const indent = options.hash?.indent as number | undefined;
    return JSON.stringify(value, null, indent);
  });
  env.registerHelper('ifEquals', function (this: unknown, a: unknown, b: unknown, options: Handlebars.HelperOptions) {
    return a == b ? options.fn(this) : options.inverse(this);
  });
  env.registerHelper('unlessEquals', function (this: unknown, a: unknown, b: unknown, options: Handlebars.HelperOptions) {
    return a != b ? options.fn(this) : options.inverse(this);
  });
  return (environment = env);
}

const KNOWN_HELPERS = new Set(['if', 'unless', 'each', 'with', 'lookup', 'json', 'ifEquals', 'unlessEquals']);
/** Helpers whose block body runs with a different `this`, so bare names inside are not prompt variables. */
const SCOPING_HELPERS = new Set(['each', 'with']);
/** Dotprompt helpers that need a runtime promptgate does not have (chat history, media, partial sections). */
const UNSUPPORTED_HELPERS = new Set(['history', 'media', 'section']);

/** Where a template starts in its file (1-based), for error positions. */
export interface TemplateOrigin {
  file: string;
  line: number;
  column: number;
}

/**
 * Parse a Handlebars template, turning syntax errors and features promptgate cannot render
 * (partials, Dotprompt's `history`/`media`/`section`) into PromptFileErrors with positions.
 */
export function parseHandlebars(text: string, origin: TemplateOrigin): hbs.AST.Program {
  let ast: hbs.AST.Program;
  try {
    ast = handlebars().parse(text);
  } catch (err) {
    throw syntaxError(err, origin);
  }
  walk(ast, {
    partial(node) {
      throw new PromptFileError('Handlebars partials ({{> name}}) are not supported', {
        location: at(origin, node.loc.start),
        hint: 'Inline the partial text into this prompt.',
      });
    },
    call(path) {
      const name = path.type === 'PathExpression' ? (path as hbs.AST.PathExpression).original : undefined;
      if (name === 'log') {
        throw new PromptFileError('the Handlebars helper {{log}} is not supported: a prompt template cannot write to promptgate\'s log', {
          location: at(origin, path.loc.start),
          hint: 'Remove the {{log}} call; to see a value, print it into the prompt text.',
        });
      }
      if (name !== undefined && UNSUPPORTED_HELPERS.has(name)) {
        throw new PromptFileError(`the Dotprompt helper {{${name}}} is not supported`, {
          location: at(origin, path.loc.start),
          hint: 'Write the text it would produce into the template, or give it to the test as a variable.',
        });
      }
    },
  });
  return ast;
}

/** Names of the top-level data a Handlebars template reads (`{{user.name}}` reads `user`). */
export function handlebarsVariables(ast: hbs.AST.Program): Set<string> {
  const names = new Set<string>();
  walk(ast, { variable: (name) => names.add(name) });
  return names;
}

/** Block helpers that render nothing (or their `{{else}}`) for an unset value instead of failing. */
const GUARDING_HELPERS = new Set(['if', 'unless', 'each', 'with']);

/** Names whose value Dotprompt sends as a media part (`{{media url=photo}}`), not as text. */
export function handlebarsMediaNames(node: unknown, names = new Set<string>()): Set<string> {
  if (node === null || typeof node !== 'object') return names;
  const n = node as { type?: string; path?: { original?: unknown }; hash?: { pairs: { key: string; value: hbs.AST.Expression }[] } };
  if (n.type === 'MustacheStatement' && n.path?.original === 'media') {
    const url = n.hash?.pairs.find((pair) => pair.key === 'url')?.value as hbs.AST.PathExpression | undefined;
    if (url?.type === 'PathExpression' && !url.data && url.depth === 0 && url.parts[0]) names.add(url.parts[0]);
  }
  for (const value of Object.values(node)) if (value !== null && typeof value === 'object') handlebarsMediaNames(value, names);
  return names;
}

/**
 * Names the template tests before use, so a test may leave them unset: `{{#if x}}`, `{{#unless x}}`,
 * `{{#each x}}`, `{{#with x}}` render their `{{else}}` or nothing when `x` is unset.
 */
export function handlebarsGuarded(program: hbs.AST.Program, scoped = false, names = new Set<string>()): Set<string> {
  for (const statement of program.body) {
    if (statement.type !== 'BlockStatement') continue;
    const block = statement as hbs.AST.BlockStatement;
    const helper = block.path.original;
    const [param] = block.params;
    if (!scoped && GUARDING_HELPERS.has(helper) && param?.type === 'PathExpression') {
      const path = param as hbs.AST.PathExpression;
      if (!path.data && path.depth === 0 && path.parts[0]) names.add(path.parts[0]);
    }
    handlebarsGuarded(block.program, scoped || SCOPING_HELPERS.has(helper) || !KNOWN_HELPERS.has(helper), names);
    if (block.inverse) handlebarsGuarded(block.inverse, scoped, names);
  }
  return names;
}

interface Visitor {
  variable?(name: string): void;
  call?(path: hbs.AST.PathExpression | hbs.AST.Literal): void;
  partial?(node: hbs.AST.Node): void;
}

function walk(program: hbs.AST.Program, visitor: Visitor, scoped = false): void {
  for (const statement of program.body) {
    switch (statement.type) {
      case 'MustacheStatement': {
        const node = statement as hbs.AST.MustacheStatement;
        visitor.call?.(node.path);
        visitCall(node, visitor, scoped);
        break;
      }
      case 'BlockStatement': {
        const block = statement as hbs.AST.BlockStatement;
        visitor.call?.(block.path);
        visitCall(block, visitor, scoped);
        const helper = block.path.original;
        const bodyScoped = scoped || SCOPING_HELPERS.has(helper) || !KNOWN_HELPERS.has(helper);
        walk(block.program, visitor, bodyScoped);
        if (block.inverse) walk(block.inverse, visitor, scoped);
        break;
      }
      case 'PartialStatement':
      case 'PartialBlockStatement':
        visitor.partial?.(statement);
        break;
    }
  }
}

type CallNode = hbs.AST.MustacheStatement | hbs.AST.BlockStatement | hbs.AST.SubExpression;

/** A bare `{{name}}` reads data; a helper call reads only its params and hash values. */
function visitCall(node: CallNode, visitor: Visitor, scoped: boolean): void {
  const isHelper =
    node.params.length > 0 ||
    (node.hash?.pairs.length ?? 0) > 0 ||
    (node.path.type === 'PathExpression' && KNOWN_HELPERS.has((node.path as hbs.AST.PathExpression).original));
  if (!isHelper) visitExpression(node.path, visitor, scoped);
  for (const param of node.params) visitExpression(param, visitor, scoped);
  for (const pair of node.hash?.pairs ?? []) visitExpression(pair.value, visitor, scoped);
}

function visitExpression(expr: hbs.AST.Expression, visitor: Visitor, scoped: boolean): void {
  if (expr.type === 'SubExpression') {
    const sub = expr as hbs.AST.SubExpression;
    visitor.call?.(sub.path);
    visitCall(sub, visitor, scoped);
    return;
  }
  if (expr.type !== 'PathExpression') return;
  const path = expr as hbs.AST.PathExpression;
  const [head, next] = path.parts;
  if (path.data) {
    if (head === 'root' && next) visitor.variable?.(next);
  } else if (head && (scoped ? path.depth > 0 : path.depth === 0)) {
    visitor.variable?.(head);
  }
}

function syntaxError(err: unknown, origin: TemplateOrigin): PromptFileError {
  const message = err instanceof Error ? err.message : String(err);
  // Block mismatches carry line/column; the grammar's parse errors only name the line.
  const ex = err as { lineNumber?: number; column?: number };
  const line = ex.lineNumber ?? Number(/on line (\d+)/.exec(message)?.[1] ?? 1);
  const location =
    ex.lineNumber !== undefined && ex.column !== undefined
      ? at(origin, { line: ex.lineNumber, column: ex.column })
      : { file: origin.file, line: origin.line + line - 1, column: 1 };
  return new PromptFileError(`invalid Handlebars template: ${message.split('\n').at(-1)!.replace(/ - \d+:\d+$/, '')}`, {
    location,
    hint: 'Close every {{#block}} with a matching {{/block}}, and every "{{" with "}}".',
    cause: err,
  });
}

/** File position of a 1-based line / 0-based column inside a template that starts at `origin`. */
function at(origin: TemplateOrigin, pos: hbs.AST.Position): { file: string; line: number; column: number } {
  return {
    file: origin.file,
    line: origin.line + pos.line - 1,
    column: pos.line === 1 ? origin.column + pos.column : pos.column + 1,
  };
}
