import type { ChangedFile, ChangeSource, CommitRange, FileSource } from '../source/types.js';
import type { GitHubApi, RepoRef } from './api.js';
import { UserError } from '../util/errors.js';
import { memoPromise } from '../util/memo.js';
import { decodeUtf8, fileText, type Decoded } from '../util/utf8.js';

/** The compare endpoint lists at most 300 files; the pull request files list at most 3,000. */
const COMPARE_FILES_CAP = 300;
const PULL_FILES_CAP = 3000;
const FULL_SHA = /^[0-9a-f]{40}$/i;

export interface GitHubApiChangesOptions {
  /** The pull request the change belongs to: its files list reaches 3,000 files where compare stops at 300. */
  pullNumber?: number;
  log?: (line: string) => void;
}

interface TreeEntry {
  path: string;
  type: 'blob' | 'tree' | 'commit';
  sha: string;
  size?: number;
}

interface Comparison {
  base_commit: { sha: string };
  merge_base_commit: { sha: string };
  files?: CompareFile[];
}

interface CompareFile {
  filename: string;
  status: string;
  previous_filename?: string;
}

/**
 * A change read through the GitHub REST API, with no checkout (the App): commits from the
 * compare endpoint, changed files from compare, the pull request's files list or a tree diff
 * (whichever is complete), and files at a commit from the git trees and blobs APIs. Every list
 * is read to its last page. Blobs are cached by their SHA, so a file unchanged between base and
 * head is downloaded once.
 */
export class GitHubApiChanges implements ChangeSource {
  private readonly api: GitHubApi;
  private readonly repo: RepoRef;
  private readonly opts: GitHubApiChangesOptions;
  private readonly ranges = new Map<string, Promise<CommitRange>>();
  private readonly trees = new Map<string, Promise<Map<string, TreeEntry>>>();
  private readonly blobs = new Map<string, Promise<Decoded>>();
  private readonly comparisons = new Map<string, Promise<Comparison | undefined>>();

  constructor(api: GitHubApi, repo: RepoRef, opts: GitHubApiChangesOptions = {}) {
    this.api = api;
    this.repo = repo;
    this.opts = opts;
  }

  resolve(base: string | null, head: string): Promise<CommitRange> {
    return memoPromise(this.ranges, `${base ?? ''}\u0000${head}`, () => this.resolveUncached(base, head));
  }

  private async resolveUncached(base: string | null, head: string): Promise<CommitRange> {
    const headSha = await this.commitSha(head);
    if (base === null) return { baseRef: '', headRef: head, baseSha: '', headSha, mergeBaseSha: '' };
    const comparison = await this.compare(base, headSha);
    if (comparison) {
      return { baseRef: base, headRef: head, baseSha: comparison.base_commit.sha, headSha, mergeBaseSha: comparison.merge_base_commit.sha };
    }
    // No common history (GitHub answers 404): base itself stands in for the merge base, as with git.
    const baseSha = await this.commitSha(base);
    return { baseRef: base, headRef: head, baseSha, headSha, mergeBaseSha: baseSha, note: `no common ancestor of ${base} and ${head} was found; comparing against ${base} itself` };
  }

  async changedFiles(from: string, to: string): Promise<ChangedFile[]> {
    const comparison = await this.compare(from, to);
    const listed = comparison?.files ?? [];
    if (comparison && listed.length < COMPARE_FILES_CAP) return listed.map(toChangedFile).filter((f) => f !== undefined);
    if (this.opts.pullNumber !== undefined) {
      const files: CompareFile[] = await this.api.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
        ...this.repo,
        pull_number: this.opts.pullNumber,
        per_page: 100,
      });
      if (files.length < PULL_FILES_CAP) return files.map(toChangedFile).filter((f) => f !== undefined);
    }
    this.opts.log?.(`more than ${this.opts.pullNumber === undefined ? COMPARE_FILES_CAP : PULL_FILES_CAP} files changed between ${from.slice(0, 7)} and ${to.slice(0, 7)}: comparing the two trees`);
    return this.treeDiff(from, to);
  }

  at(sha: string, label: string): FileSource {
    return {
      label,
      listFiles: async () => [...(await this.tree(sha)).values()].filter((e) => e.type === 'blob').map((e) => e.path).sort(),
      readFile: async (path) => {
        const entry = (await this.tree(sha)).get(path);
        return entry?.type === 'blob' ? fileText(path, await this.blob(entry.sha)) : undefined;
      },
      sizeOf: async (path) => {
        const entry = (await this.tree(sha)).get(path);
        return entry?.type === 'blob' ? (entry.size ?? 0) : undefined;
      },
    };
  }

  /** A commit SHA for a SHA, branch or tag (a full SHA is taken as is). */
  private async commitSha(ref: string): Promise<string> {
    if (FULL_SHA.test(ref)) return ref.toLowerCase();
    const comparison = await this.compare(ref, ref);
    if (!comparison) throw new UserError(`${this.repo.owner}/${this.repo.repo} has no commit, branch or tag "${ref}"`);
    return comparison.base_commit.sha;
  }

  /** `GET compare/{base}...{head}`, or undefined when GitHub finds no merge base or no such ref (404). */
  private compare(base: string, head: string): Promise<Comparison | undefined> {
    return memoPromise(this.comparisons, `${base}...${head}`, () => this.compareUncached(base, head));
  }

  private async compareUncached(base: string, head: string): Promise<Comparison | undefined> {
    try {
      // Files are listed on the first page only (and at most 300 of them); one commit per page keeps it small.
      const { data } = await this.api.request('GET /repos/{owner}/{repo}/compare/{basehead}', { ...this.repo, basehead: `${base}...${head}`, per_page: 1 });
      return data;
    } catch (err) {
      if ((err as { status?: number }).status === 404) return undefined;
      throw err;
    }
  }

  /** Every file of a commit, by path (a truncated recursive listing is walked directory by directory). */
  private tree(sha: string): Promise<Map<string, TreeEntry>> {
    return memoPromise(this.trees, sha, () => this.readTree(sha));
  }

  private async readTree(sha: string): Promise<Map<string, TreeEntry>> {
    const { data } = await this.api.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', { ...this.repo, tree_sha: sha, recursive: 'true' });
    const entries = new Map<string, TreeEntry>();
    if (!data.truncated) {
      for (const e of data.tree as TreeEntry[]) entries.set(e.path, e);
      return entries;
    }
    this.opts.log?.(`the tree of ${sha.slice(0, 7)} is too large for one listing: reading it directory by directory`);
    const pending: { sha: string; prefix: string }[] = [{ sha, prefix: '' }];
    while (pending.length > 0) {
      const dir = pending.pop()!;
      const { data: level } = await this.api.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', { ...this.repo, tree_sha: dir.sha });
      for (const e of level.tree as TreeEntry[]) {
        const path = dir.prefix + e.path;
        if (e.type === 'tree') pending.push({ sha: e.sha, prefix: `${path}/` });
        else entries.set(path, { ...e, path });
      }
    }
    return entries;
  }

  private blob(sha: string): Promise<Decoded> {
    return memoPromise(this.blobs, sha, () =>
      this.api
        .request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', { ...this.repo, file_sha: sha })
        .then(({ data }) => decodeUtf8(Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8'))),
    );
  }

  /** Changed files from the two trees: complete at any size; renames are found when the content is unchanged. */
  private async treeDiff(from: string, to: string): Promise<ChangedFile[]> {
    const [before, after] = await Promise.all([this.tree(from), this.tree(to)]);
    const blobsOf = (tree: Map<string, TreeEntry>) => [...tree.values()].filter((e) => e.type === 'blob');
    const removed = blobsOf(before).filter((e) => !after.has(e.path));
    const removedBySha = new Map<string, TreeEntry[]>();
    for (const e of removed) removedBySha.set(e.sha, [...(removedBySha.get(e.sha) ?? []), e]);
    const files: ChangedFile[] = [];
    for (const e of blobsOf(after)) {
      const old = before.get(e.path);
      if (old?.type === 'blob') {
        if (old.sha !== e.sha) files.push({ path: e.path, status: 'modified' });
        continue;
      }
      const source = removedBySha.get(e.sha)?.shift();
      files.push(source ? { path: e.path, status: 'renamed', previousPath: source.path } : { path: e.path, status: 'added' });
    }
    const renamedFrom = new Set(files.map((f) => f.previousPath).filter((p) => p !== undefined));
    for (const e of removed) if (!renamedFrom.has(e.path)) files.push({ path: e.path, status: 'deleted' });
    return files.sort((a, b) => a.path.localeCompare(b.path));
  }
}

/** GitHub's file statuses in git's terms; a copy is an addition, as `changedFiles` reports it. */
function toChangedFile(f: CompareFile): ChangedFile | undefined {
  switch (f.status) {
    case 'added':
    case 'copied':
      return { path: f.filename, status: 'added' };
    case 'removed':
      return { path: f.filename, status: 'deleted' };
    case 'renamed':
      return f.previous_filename ? { path: f.filename, status: 'renamed', previousPath: f.previous_filename } : { path: f.filename, status: 'modified' };
    case 'unchanged':
      return undefined;
    default:
      return { path: f.filename, status: 'modified' };
  }
}
