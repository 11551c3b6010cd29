import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { UserError } from '../util/errors.js';
import type { FileSource } from './types.js';

const exec = promisify(execFile);

/** Largest blob read from git: prompt files are text, and a huge one is reported, not loaded. */
const MAX_BUFFER = 64 * 1024 * 1024;

/** Runs git in `repo` and returns stdout; failures become a GitError carrying git's own message. */
export async function git(repo: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await exec('git', args, { cwd: repo, maxBuffer: MAX_BUFFER, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } });
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

/** The files of one commit, read from the object store: the working tree is never touched. */
export class GitCommitSource implements FileSource {
  readonly label: string;
  readonly repo: string;
  readonly sha: string;
  private files?: Promise<string[]>;
  private fileSet?: Promise<Set<string>>;

  constructor(repo: string, sha: string, label = sha.slice(0, 7)) {
    this.repo = repo;
    this.sha = sha;
    this.label = label;
  }

  listFiles(): Promise<string[]> {
    this.files ??= git(this.repo, ['ls-tree', '-r', '-z', '--name-only', this.sha]).then((out) => out.split('\0').filter(Boolean).sort());
    return this.files;
  }

  async readFile(path: string): Promise<string | undefined> {
    this.fileSet ??= this.listFiles().then((files) => new Set(files));
    if (!(await this.fileSet).has(path)) return undefined;
    return git(this.repo, ['cat-file', 'blob', `${this.sha}:${path}`]);
  }
}
