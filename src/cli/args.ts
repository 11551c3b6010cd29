import { statSync, type Stats } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { invalidModelsOrg } from '../providers/clients.js';
import { didYouMean } from '../util/did-you-mean.js';
import { UserError } from '../util/errors.js';
import type { CommandIO } from './io.js';

/**
 * Takes `--json` out of a command line, since it has two forms: `--json` alone (as
 * `gh models eval --json FILE` writes it, the next word being a prompt file) and `--json OUT`
 * or `--json=OUT`. A following word counts as OUT only when it is `-` or ends in `.json`:
 * no prompt file does.
 */
export function splitJsonFlag(argv: readonly string[]): { rest: string[]; json?: { out?: string } } {
  const rest: string[] = [];
  let json: { out?: string } | undefined;
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (word.startsWith('--json=')) {
      json = { out: word.slice('--json='.length) };
    } else if (word === '--json') {
      const next = argv[i + 1];
      json = next !== undefined && (next === '-' || /\.json$/i.test(next)) ? { out: argv[++i]! } : {};
    } else {
      rest.push(word);
    }
  }
  return json ? { rest, json } : { rest };
}

/** A flag's value as a whole number of at least 1, or undefined when the flag is absent. */
export function positiveInt(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UserError(`${flag} takes a whole number of at least 1, not "${value}"`);
  return n;
}

/**
 * Writes a command's output to a file (relative to the working directory), or to standard output
 * for `-`. Text in pieces (a large report.json) is written piece by piece.
 */
export async function writeOutput(io: CommandIO, dest: string, text: string | Iterable<string>): Promise<void> {
  if (dest === '-') {
    for (const piece of typeof text === 'string' ? [text] : text) io.stdout.write(piece);
    return;
  }
  const path = resolve(io.cwd, dest);
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
  } catch (err) {
    const code = (err as { code?: unknown } | null)?.code;
    throw new UserError(`cannot write ${dest}${typeof code === 'string' ? ` (${code})` : ''}`, { hint: 'name a file whose folder can be created and written, or - for standard output', cause: err });
  }
}

/**
 * Refuses, before anything runs, an output that names a directory: writing it fails only once
 * the run (and its model calls) is over, losing the result.
 */
export function checkOutputPath(cwd: string, dest: string | undefined, flag: string): void {
  if (dest === undefined || dest === '-') return;
  if (dest.trim() === '') throw new UserError(`${flag} needs a file name`, { hint: `e.g. ${flag} ${exampleOutput(flag)}, or ${flag} - for standard output` });
  let found: Stats | undefined;
  try {
    found = statSync(resolve(cwd, dest), { throwIfNoEntry: false });
  } catch (err) {
    // A folder on the way that is a file (ENOTDIR), or one that cannot be looked into.
    throw new UserError(`cannot write ${dest} (${(err as { code?: unknown }).code ?? 'unreadable path'})`, { hint: 'name a file whose folder can be created and written, or - for standard output', cause: err });
  }
  if (found?.isDirectory()) {
    throw new UserError(`${flag} ${dest} is a directory, not a file to write`, { hint: `name a file, e.g. ${flag} ${dest.replace(/\/+$/, '')}/${exampleOutput(flag)}` });
  }
}

function exampleOutput(flag: string): string {
  return `report${flag === '--out' ? '.csv' : flag === '--markdown' ? '.md' : flag === '--html' ? '.html' : '.json'}`;
}

/**
 * The environment for a run with `--org ORG`: GitHub Models calls go to the organisation's
 * endpoint, which bills it, as `gh models eval --org` does. The name goes into a URL, so it is
 * checked here, before anything runs.
 */
export function withModelsOrg(env: NodeJS.ProcessEnv, org: string | undefined): NodeJS.ProcessEnv {
  if (org === undefined) return env;
  const invalid = invalidModelsOrg(org);
  if (invalid) throw new UserError(`--org: ${invalid}`, { hint: 'give the organisation\'s login as in github.com/ORG, e.g. --org my-org' });
  return { ...env, PROMPTGATE_MODELS_ORG: org };
}

/** A prompt of a loaded suite, as `--prompt` may name it: by id or by path. */
interface NamedPrompt {
  prompt: { id: string; path: string };
}

/**
 * The prompts `--prompt` names (every prompt without it). A name that matches none is refused,
 * naming the prompts there are: a typo would otherwise evaluate less than asked, or nothing, and
 * say no prompts were found. `unreadable`: files that failed to load, which a name may match too.
 */
export function promptsNamed<T extends NamedPrompt>(prompts: T[], only: string[] | undefined, unreadable: string[] = []): T[] {
  if (!only) return prompts;
  const ids = prompts.map((p) => p.prompt.id);
  const known = new Set([...ids, ...prompts.map((p) => p.prompt.path), ...unreadable]);
  const unknown = only.find((name) => !known.has(name));
  if (unknown !== undefined) {
    const listed = ids.length > 10 ? `${ids.slice(0, 10).join(', ')} and ${ids.length - 10} more` : ids.join(', ');
    throw new UserError(`--prompt ${unknown} names no prompt${didYouMean(unknown, [...known])}`, { hint: ids.length ? `give a prompt's id or path: ${listed}` : 'no prompt was found to choose from' });
  }
  return prompts.filter((p) => only.includes(p.prompt.id) || only.includes(p.prompt.path));
}
