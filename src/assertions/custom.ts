import { realpath } from 'node:fs/promises';
import { basename, isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UserError } from '../util/errors.js';
import { makeResult } from './outcome.js';
import { quote } from './text.js';
import type { AssertionContext, AssertionResult } from './types.js';
import type { AssertionSpec } from '../prompts/assertion-spec.js';

/** What a custom assertion function receives besides the output. */
export interface CustomAssertionContext {
  vars: Record<string, string>;
  expected?: string;
  prompt: { id: string; path: string };
  latencyMs: number;
  costUsd?: number;
  usage?: { inputTokens: number; outputTokens: number };
}

/** A custom assertion: `(output, context) => boolean | number | { pass, score?, reason? }`, sync or async. */
export type CustomAssertionFunction = (output: string, context: CustomAssertionContext) => unknown;

/** Default pass mark for a custom function that returns a bare score. */
const DEFAULT_THRESHOLD = 0.5;

/** Loaded modules by real path: a file is imported once however many tests use it. */
const modules = new Map<string, Promise<Record<string, unknown>>>();

/** What a `javascript` value may name: a module file, by a path relative to the config. */
const MODULE_FILE = /\.(?:m?js|cjs)$/;

/**
 * `javascript`: call a function exported by a module next to the config. A function that
 * throws fails the assertion with its message; a module that cannot be loaded is a UserError,
 * since no output could ever pass it.
 */
export async function checkJavascript(spec: AssertionSpec, ctx: AssertionContext): Promise<AssertionResult> {
  const fn = await loadFunction(spec, ctx);
  let returned: unknown;
  try {
    returned = await fn(ctx.output, {
      vars: ctx.vars,
      expected: ctx.expected,
      prompt: { id: ctx.prompt.id, path: ctx.prompt.path },
      latencyMs: ctx.latencyMs,
      costUsd: ctx.costUsd,
      usage: ctx.usage,
    });
  } catch (err) {
    return makeResult(spec, false, 0, `${spec.file ?? 'custom assertion'} threw: ${err instanceof Error ? err.message : String(err)}`);
  }
  return interpret(spec, returned);
}

async function loadFunction(spec: AssertionSpec, ctx: AssertionContext): Promise<CustomAssertionFunction> {
  const file = spec.file ?? '';
  const { path, shown } = await confined(file, ctx);
  let loading = modules.get(path);
  if (!loading) {
    loading = import(pathToFileURL(path).href) as Promise<Record<string, unknown>>;
    modules.set(path, loading);
  }
  let mod: Record<string, unknown>;
  try {
    mod = await loading;
  } catch (err) {
    throw new UserError(`cannot load custom assertion module ${file}: ${withoutHostPaths(err instanceof Error ? err.message : String(err), ctx.moduleRoot)}`, {
      location: { file: shown },
      hint: 'check the `javascript` path; it is relative to the config file',
    });
  }
  const exportName = spec.exportName ?? 'default';
  const fn = mod[exportName];
  if (typeof fn !== 'function') {
    throw new UserError(`custom assertion module ${file} has no function export "${exportName}"`, {
      location: { file: shown },
      hint: `export a function as ${exportName === 'default' ? '`export default`' : `\`export function ${exportName}\``}`,
    });
  }
  return fn as CustomAssertionFunction;
}

/**
 * The module's real path, which must lie inside `moduleRoot` (the trusted commit's files): no
 * absolute path, no `..` out of it, no symbolic link out of it, no package name. `shown` is the
 * repository-relative path used in messages, which never carry the host's directories.
 */
async function confined(file: string, ctx: AssertionContext): Promise<{ path: string; shown: string }> {
  const root = await realpath(ctx.moduleRoot).catch(() => resolve(ctx.moduleRoot));
  const wanted = resolve(ctx.baseDir, file);
  const absolute = isAbsolute(file) || /^[a-z][a-z\d+.-]*:/i.test(file);
  // An absolute path is a host path: it is named by its file name only.
  const named = absolute ? `"${basename(file)}" (given by an absolute path)` : file;
  const shown = absolute ? basename(file) : (inside(resolve(ctx.moduleRoot), wanted) ?? file);
  const refuse = (why: string) =>
    new UserError(`custom assertion module ${named} ${why}`, {
      location: { file: shown },
      hint: 'name a .js, .mjs or .cjs file of this repository by its path relative to the config file, e.g. `checks/refund.mjs`',
    });
  if (absolute) throw refuse('is not a relative path: only files of the repository can be loaded');
  if (!MODULE_FILE.test(file)) throw refuse('is not a .js, .mjs or .cjs file: packages and other files cannot be loaded');
  if (inside(resolve(ctx.moduleRoot), wanted) === undefined) throw refuse('lies outside the repository');
  let real: string;
  try {
    real = await realpath(wanted);
  } catch {
    throw refuse('does not exist in the trusted (base) commit');
  }
  if (inside(root, real) === undefined) throw refuse('is a symbolic link that leads outside the repository');
  return { path: real, shown };
}

/** `path` relative to `root` with forward slashes, or undefined when it is not inside it. */
function inside(root: string, path: string): string | undefined {
  const rel = relative(root, path);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}

/** An import error's message with the host's directories taken out (they say where the App runs). */
function withoutHostPaths(message: string, root: string): string {
  const rooted = message.split(pathToFileURL(resolve(root)).href + '/').join('').split(resolve(root) + sep).join('');
  return rooted.replace(/(?:file:\/\/)?(?:\/[^\s'"`:)]+)+/g, '<path>');
}

function interpret(spec: AssertionSpec, returned: unknown): AssertionResult {
  const who = spec.file ?? 'custom assertion';
  const threshold = spec.threshold ?? DEFAULT_THRESHOLD;
  if (typeof returned === 'boolean') return makeResult(spec, returned, returned ? 1 : 0, `${who} returned ${String(returned)}`);
  if (typeof returned === 'number') {
    if (!isScore(returned)) return makeResult(spec, false, 0, `${who} returned ${returned}; a score must be a number in [0, 1]`);
    return makeResult(spec, returned >= threshold, returned, `${who} returned score ${returned} (passes at ≥ ${threshold})`);
  }
  if (returned !== null && typeof returned === 'object' && ('pass' in returned || 'score' in returned)) {
    const { pass, score, reason } = returned as { pass?: unknown; score?: unknown; reason?: unknown };
    if (pass !== undefined && typeof pass !== 'boolean') return makeResult(spec, false, 0, `${who} returned a non-boolean pass: ${quote(String(pass))}`);
    if (score !== undefined && !isScore(score)) return makeResult(spec, false, 0, `${who} returned score ${String(score)}; a score must be a number in [0, 1]`);
    const finalScore = score ?? (pass ? 1 : 0);
    const finalPass = pass ?? finalScore >= threshold;
    return makeResult(spec, finalPass, finalScore, typeof reason === 'string' && reason !== '' ? reason : `${who} returned pass: ${String(finalPass)}`);
  }
  return makeResult(spec, false, 0, `${who} returned ${shown(returned)}; expected a boolean, a score in [0, 1] or { pass, score?, reason? }`);
}

function shown(value: unknown): string {
  if (typeof value === 'string') return quote(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    // Circular structures and BigInts do not stringify; their String() form still says what came back.
    return String(value);
  }
}

function isScore(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1;
}
