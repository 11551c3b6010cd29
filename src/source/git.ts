import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { UserError } from '../util/errors.js';
import { memoPromise } from '../util/memo.js';
import { ObjectReader } from './cat-file.js';
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

/** One `git cat-file --batch-check` over `lines` (one object name each): its raw output. */
function batchCheck(repo: string, lines: string[]): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch-check'], { cwd: repo, env: { ...process.env, ...GIT_ENV }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.once('error', (e) => reject(new GitError(`git cat-file failed: ${e.message}`, '', { cause: e })));
    child.once('close', (code) => (code === 0 ? resolve(stdout) : reject(new GitError(`git cat-file failed: ${stderr.trim() || `exit ${code}`}`, stderr))));
    child.stdin.end(lines.map((l) => `${l}\n`).join(''));
  });
}

/** The commit each revision names (`main`, `origin/main`, a SHA), or undefined; one git process for all. */
export async function resolveCommits(repo: string, revisions: string[]): Promise<(string | undefined)[]> {
  const out = await batchCheck(repo, revisions.map((r) => `${r.replace(/\n/g, '')}^{commit}`));
  return out
    .split('\n')
    .slice(0, revisions.length)
    .map((line) => /^([0-9a-f]{40,64}) commit \d+$/.exec(line)?.[1]);
}

/** A file of a commit's tree: its blob, and the blob's size (none for a submodule's commit). */
interface TreeEntry {
  oid: string;
  size?: number;
}

/**
 * The objects of one repository, read once however many sources ask: a commit's tree is listed
 * once (with every blob's size, so sizes are known before anything is read), and blobs are read
 * by one long-lived `git cat-file --batch`, each once (an unchanged file is the same blob on
 * every side of a comparison).
 */
class RepositoryObjects {
  private readonly repo: string;
  private readonly trees = new Map<string, Promise<Map<string, TreeEntry>>>();
  private readonly blobs = new Map<string, Promise<string | undefined>>();
  private readonly reader: ObjectReader;

  constructor(repo: string) {
    this.repo = repo;
    this.reader = new ObjectReader(repo, { ...process.env, ...GIT_ENV }, (message, stderr) => new GitError(message, stderr));
  }

  /** Every file of the commit (`ls-tree -r -l`: mode, type, blob, size, path). */
  tree(sha: string): Promise<Map<string, TreeEntry>> {
    return memoPromise(this.trees, sha, async () => {
      const out = await git(this.repo, ['ls-tree', '-r', '-z', '-l', sha]);
      const entries = new Map<string, TreeEntry>();
      for (const record of out.split('\0')) {
        const m = /^\d+ (\w+) ([0-9a-f]+) +(\d+|-)\t(.*)$/s.exec(record);
        if (m) entries.set(m[4]!, m[1] === 'blob' ? { oid: m[2]!, size: Number(m[3]) } : { oid: m[2]! });
      }
      return entries;
    });
  }

  /** A blob's text (a symbolic link's is the path it names: links are never followed). */
  blob(entry: TreeEntry): Promise<string | undefined> {
    if (entry.size === undefined) return Promise.resolve(undefined);
    return memoPromise(this.blobs, entry.oid, () => this.reader.read(entry.oid));
  }
}

/** Per repository: a comparison makes several sources over the same commits. */
const repositories = new Map<string, RepositoryObjects>();

/** The files of one commit, read from the object store: the working tree is never touched. */
export class GitCommitSource implements FileSource {
  readonly label: string;
  readonly repo: string;
  readonly sha: string;
  private readonly objects: RepositoryObjects;
  private files?: Promise<string[]>;

  constructor(repo: string, sha: string, label = sha.slice(0, 7)) {
    this.repo = repo;
    this.sha = sha;
    this.label = label;
    let objects = repositories.get(repo);
    if (!objects) repositories.set(repo, (objects = new RepositoryObjects(repo)));
    this.objects = objects;
  }

  listFiles(): Promise<string[]> {
    this.files ??= this.objects.tree(this.sha).then((tree) => [...tree.keys()].sort());
    return this.files;
  }

  async sizeOf(path: string): Promise<number | undefined> {
    return (await this.objects.tree(this.sha)).get(path)?.size;
  }

  async readFile(path: string): Promise<string | undefined> {
    const entry = (await this.objects.tree(this.sha)).get(path);
    return entry ? this.objects.blob(entry) : undefined;
  }
}
