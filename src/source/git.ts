import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { UserError } from '../util/errors.js';
import { memoPromise } from '../util/memo.js';
import type { FileSource } from './types.js';

const exec = promisify(execFile);

/** Largest blob read from git: prompt files are text, and a huge one is reported, not loaded. */
const MAX_BUFFER = 64 * 1024 * 1024;

const GIT_ENV = { GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };

/** Runs git in `repo` and returns stdout; failures become a GitError carrying git's own message. */
export async function git(repo: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await exec('git', args, { cwd: repo, maxBuffer: MAX_BUFFER, env: { ...process.env, ...GIT_ENV } });
    return stdout;
  } catch (err) {
    const stderr = ((err as { stderr?: string }).stderr ?? '').trim();
    throw new GitError(`git ${args[0]} failed: ${stderr.split('\n').slice(-1)[0] || (err as Error).message}`, stderr, { cause: err });
  }
}

/** Like `git()`, but a non-zero exit is `undefined` (for probes such as `cat-file -e`). */
export async function gitMaybe(repo: string, args: string[]): Promise<string | undefined> {
  try {
    return await git(repo, args);
  } catch (err) {
    if (err instanceof GitError) return undefined;
    throw err;
  }
}

export class GitError extends UserError {
  override readonly name = 'GitError';
  readonly stderr: string;
  constructor(message: string, stderr: string, opts: { cause?: unknown; hint?: string } = {}) {
    super(message, opts);
    this.stderr = stderr;
  }
}

/**
 * Reads objects (`<rev>:<path>` names) with one `git cat-file --batch` for all of them: a git
 * process costs tens of milliseconds to start, and a suite reads every prompt file of a commit.
 * An object that does not exist reads as undefined.
 */
export function readObjects(repo: string, names: string[]): Promise<(string | undefined)[]> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd: repo, env: { ...process.env, ...GIT_ENV }, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.once('error', (e) => reject(new GitError(`git cat-file failed: ${e.message}`, '', { cause: e })));
    child.once('close', (code) => {
      if (code !== 0) return reject(new GitError(`git cat-file failed: ${err.trim().split('\n').slice(-1)[0] ?? `exit ${code}`}`, err));
      try {
        resolve(parseBatch(Buffer.concat(out), names.length));
      } catch (e) {
        reject(e instanceof GitError ? e : new GitError(`git cat-file failed: ${(e as Error).message}`, err, { cause: e }));
      }
    });
    // Names with a newline cannot be asked for on this protocol; they are not valid paths in a prompt suite.
    child.stdin.end(names.map((n) => `${n.replace(/\n/g, '')}\n`).join(''));
  });
}

/** Sizes of objects (`<rev>:<path>` names) from one `git cat-file --batch-check`, without reading them. */
async function objectSizes(repo: string, names: string[]): Promise<(number | undefined)[]> {
  const out = await new Promise<string>((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch-check'], { cwd: repo, env: { ...process.env, ...GIT_ENV }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.once('error', (e) => reject(new GitError(`git cat-file failed: ${e.message}`, '', { cause: e })));
    child.once('close', (code) => (code === 0 ? resolve(stdout) : reject(new GitError(`git cat-file failed: ${stderr.trim() || `exit ${code}`}`, stderr))));
    child.stdin.end(names.map((n) => `${n.replace(/\n/g, '')}\n`).join(''));
  });
  return out
    .split('\n')
    .slice(0, names.length)
    .map((line) => {
      const m = /^[0-9a-f]+ \S+ (\d+)$/.exec(line);
      return m ? Number(m[1]) : undefined;
    });
}

/** The commit each revision names (`main`, `origin/main`, a SHA), or undefined; one git process for all. */
export async function resolveCommits(repo: string, revisions: string[]): Promise<(string | undefined)[]> {
  const out = await new Promise<string>((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch-check'], { cwd: repo, env: { ...process.env, ...GIT_ENV }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.once('error', (e) => reject(new GitError(`git cat-file failed: ${e.message}`, '', { cause: e })));
    child.once('close', (code) => (code === 0 ? resolve(stdout) : reject(new GitError(`git cat-file failed: ${stderr.trim() || `exit ${code}`}`, stderr))));
    child.stdin.end(revisions.map((r) => `${r.replace(/\n/g, '')}^{commit}\n`).join(''));
  });
  return out
    .split('\n')
    .slice(0, revisions.length)
    .map((line) => /^([0-9a-f]{40,64}) commit \d+$/.exec(line)?.[1]);
}

/** `<oid> <type> <size>\n<content>\n` per object, or `<name> missing\n`. */
function parseBatch(out: Buffer, count: number): (string | undefined)[] {
  const objects: (string | undefined)[] = [];
  let at = 0;
  while (objects.length < count) {
    const eol = out.indexOf(10, at);
    if (eol < 0) throw new Error('cut-short output');
    const header = out.toString('utf8', at, eol);
    at = eol + 1;
    const size = /^[0-9a-f]+ \S+ (\d+)$/.exec(header);
    if (!size) {
      objects.push(undefined); // "<name> missing" (or ambiguous)
      continue;
    }
    const end = at + Number(size[1]);
    objects.push(out.toString('utf8', at, end));
    at = end + 1;
  }
  return objects;
}

/** The files of one commit, read from the object store: the working tree is never touched. */
export class GitCommitSource implements FileSource {
  readonly label: string;
  readonly repo: string;
  readonly sha: string;
  private files?: Promise<string[]>;
  private fileSet?: Promise<Set<string>>;
  /** A commit never changes: each file is read (and sized) once, however often the report asks. */
  private readonly contents = new Map<string, Promise<string | undefined>>();
  private readonly sizes = new Map<string, Promise<number | undefined>>();
  private readonly readBatch = new TurnBatch((paths) => readObjects(this.repo, paths.map((p) => `${this.sha}:${p}`)));
  private readonly sizeBatch = new TurnBatch((paths) => objectSizes(this.repo, paths.map((p) => `${this.sha}:${p}`)));

  constructor(repo: string, sha: string, label = sha.slice(0, 7)) {
    this.repo = repo;
    this.sha = sha;
    this.label = label;
  }

  listFiles(): Promise<string[]> {
    this.files ??= git(this.repo, ['ls-tree', '-r', '-z', '--name-only', this.sha]).then((out) => out.split('\0').filter(Boolean).sort());
    return this.files;
  }

  sizeOf(path: string): Promise<number | undefined> {
    return memoPromise(this.sizes, path, async () => ((await this.has(path)) ? this.sizeBatch.add(path) : undefined));
  }

  readFile(path: string): Promise<string | undefined> {
    return memoPromise(this.contents, path, async () => ((await this.has(path)) ? this.readBatch.add(path) : undefined));
  }

  private async has(path: string): Promise<boolean> {
    this.fileSet ??= this.listFiles().then((files) => new Set(files));
    return (await this.fileSet).has(path);
  }
}

/**
 * Asks for everything requested in one turn of the event loop at its end, together: a git
 * process costs tens of milliseconds to start, and a suite reads every prompt file of a commit.
 */
class TurnBatch<T> {
  private pending?: { keys: string[]; result: Promise<T[]> };
  private readonly run: (keys: string[]) => Promise<T[]>;

  constructor(run: (keys: string[]) => Promise<T[]>) {
    this.run = run;
  }

  async add(key: string): Promise<T> {
    if (!this.pending) {
      const batch = { keys: [] as string[], result: undefined as unknown as Promise<T[]> };
      batch.result = new Promise<void>((r) => setImmediate(r)).then(() => {
        if (this.pending === batch) this.pending = undefined;
        return this.run(batch.keys);
      });
      this.pending = batch;
    }
    const { keys, result } = this.pending;
    const index = keys.push(key) - 1;
    return (await result)[index]!;
  }
}
