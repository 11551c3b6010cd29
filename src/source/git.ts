import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { UserError } from '../util/errors.js';
import { memoPromise } from '../util/memo.js';
import { ObjectReader } from './cat-file.js';
import type { FileSource } from './types.js';
import { decodeUtf8, fileText, type Decoded } from '../util/utf8.js';

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

/** The commit each revision names (`main`, `origin/main`, a SHA), or undefined; asked of the repository's one `git cat-file`. */
export async function resolveCommits(repo: string, revisions: string[]): Promise<(string | undefined)[]> {
  const reader = objectsOf(repo).reader;
  const objects = await Promise.all(revisions.map((r) => reader.object(`${r}^{commit}`, 0)));
  return objects.map((o) => (o?.type === 'commit' ? o.oid : undefined));
}

/** How many of a commit's most recent ancestors {@link isRecentAncestor} reads before it gives up. */
const RECENT_COMMITS = 20;

/**
 * Whether `ancestor` is `commit` or one of its {@link RECENT_COMMITS} most recent ancestors,
 * read through the repository's `git cat-file` level by level (a shallow clone's history ends
 * where its commits do). False says only that it was not found there.
 */
export async function isRecentAncestor(repo: string, ancestor: string, commit: string): Promise<boolean> {
  const reader = objectsOf(repo).reader;
  const seen = new Set<string>();
  for (let level = [commit]; level.length && seen.size < RECENT_COMMITS; ) {
    if (level.includes(ancestor)) return true;
    for (const c of level) seen.add(c);
    const commits = await Promise.all(level.map((c) => reader.object(c)));
    const parents = commits.flatMap((o) => (o?.type === 'commit' && o.data ? parentsOf(o.data) : []));
    level = [...new Set(parents)].filter((p) => !seen.has(p));
  }
  return false;
}

/** The `parent` lines of a commit object's header (which ends at the first empty line). */
function parentsOf(commit: Buffer): string[] {
  const header = commit.toString('utf8', 0, Math.max(0, commit.indexOf('\n\n')));
  return Array.from(header.matchAll(/^parent ([0-9a-f]+)$/gm), (m) => m[1]!);
}

/** A file of a commit's tree: its object and mode (`100644`, `100755`, `120000` a symbolic link, `160000` a submodule's commit). */
export interface TreeEntry {
  oid: string;
  mode: string;
}

const SUBMODULE = '160000';
const TREE = '40000';

/**
 * Blobs up to this size are kept when their size is first asked for: a size is asked before a
 * prompt or config file is read (files over 256 KiB are refused unread), so one answer serves both.
 */
const KEPT_BYTES = 1024 * 1024;

/** A blob's size, and its text when it was kept. */
interface BlobRead {
  size: number;
  /** Left out when the blob is larger than is kept. */
  text?: Decoded;
}

/**
 * The objects of one repository, read once however many sources ask, all through one long-lived
 * `git cat-file --batch`: a commit's tree (walked level by level, each level's trees asked for
 * together), and each blob (an unchanged file is the same blob on every side of a comparison).
 * A git process costs tens of milliseconds of this process's time to start; one answers all.
 */
class RepositoryObjects {
  private readonly trees = new Map<string, Promise<Map<string, TreeEntry>>>();
  private readonly blobs = new Map<string, Promise<BlobRead | undefined>>();
  readonly reader: ObjectReader;

  constructor(repo: string) {
    this.reader = new ObjectReader(repo, { ...process.env, ...GIT_ENV }, (message, stderr) => new GitError(message, stderr));
  }

  /** Every file of the commit, by path (what `git ls-tree -r` lists). */
  tree(sha: string): Promise<Map<string, TreeEntry>> {
    return memoPromise(this.trees, sha, async () => {
      const root = await this.reader.object(`${sha}^{tree}`);
      if (!root?.data) throw new GitError(`git could not read the files of ${sha.slice(0, 12)}: it is not a commit in this repository`, '');
      // Object ids in a tree are binary: 20 bytes (SHA-1) or 32 (SHA-256), as the tree's own id is long.
      const idBytes = root.oid.length / 2;
      const entries = new Map<string, TreeEntry>();
      let level = [{ prefix: '', data: root.data }];
      while (level.length) {
        const subtrees: { path: string; oid: string }[] = [];
        for (const { prefix, data } of level) {
          for (const e of treeEntries(data, idBytes)) {
            if (e.mode === TREE) subtrees.push({ path: `${prefix}${e.name}/`, oid: e.oid });
            else entries.set(prefix + e.name, { oid: e.oid, mode: e.mode });
          }
        }
        const read = await Promise.all(subtrees.map((t) => this.reader.object(t.oid)));
        level = subtrees.map((t, i) => {
          const data = read[i]?.data;
          if (!data) throw new GitError(`git could not read the tree ${t.path} of ${sha.slice(0, 12)}`, '');
          return { prefix: t.path, data };
        });
      }
      return entries;
    });
  }

  /** A blob's size, with its text when small (a submodule's commit has neither: it is not here). */
  blob(entry: TreeEntry): Promise<BlobRead | undefined> {
    if (entry.mode === SUBMODULE) return Promise.resolve(undefined);
    return memoPromise(this.blobs, entry.oid, async () => {
      const object = await this.reader.object(entry.oid, KEPT_BYTES);
      return object && { size: object.size, text: object.data && decodeUtf8(object.data) };
    });
  }

  /** A blob's text (a symbolic link's is the path it names: links are never followed). */
  async text(entry: TreeEntry): Promise<Decoded | undefined> {
    const read = await this.blob(entry);
    if (!read || read.text !== undefined) return read?.text;
    const data = (await this.reader.object(entry.oid))?.data;
    return data && decodeUtf8(data);
  }
}

/** A tree object's entries: `<mode> <name>\0<binary id>`, one after another. */
function treeEntries(data: Buffer, idBytes: number): { mode: string; name: string; oid: string }[] {
  const entries: { mode: string; name: string; oid: string }[] = [];
  for (let at = 0; at < data.length; ) {
    const space = data.indexOf(32, at);
    const nul = data.indexOf(0, space + 1);
    if (space < 0 || nul < 0) break;
    entries.push({ mode: data.toString('latin1', at, space), name: data.toString('utf8', space + 1, nul), oid: data.toString('hex', nul + 1, nul + 1 + idBytes) });
    at = nul + 1 + idBytes;
  }
  return entries;
}

/** Per repository: a comparison makes several sources over the same commits. */
const repositories = new Map<string, RepositoryObjects>();

function objectsOf(repo: string): RepositoryObjects {
  let objects = repositories.get(repo);
  if (!objects) repositories.set(repo, (objects = new RepositoryObjects(repo)));
  return objects;
}

/** Every file of a commit with its object and mode, by path. */
export function commitFiles(repo: string, sha: string): Promise<Map<string, TreeEntry>> {
  return objectsOf(repo).tree(sha);
}

/** Starts the repository's `git cat-file` now: while this process is small, starting one costs it less. */
export function startObjectReader(repo: string): void {
  objectsOf(repo).reader.start();
}

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
    this.objects = objectsOf(repo);
  }

  listFiles(): Promise<string[]> {
    this.files ??= this.objects.tree(this.sha).then((tree) => [...tree.keys()].sort());
    return this.files;
  }

  async sizeOf(path: string): Promise<number | undefined> {
    const entry = (await this.objects.tree(this.sha)).get(path);
    return entry && (await this.objects.blob(entry))?.size;
  }

  async readFile(path: string): Promise<string | undefined> {
    const entry = (await this.objects.tree(this.sha)).get(path);
    const decoded = entry && (await this.objects.text(entry));
    return decoded && fileText(path, decoded);
  }
}
