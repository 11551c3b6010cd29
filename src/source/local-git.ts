import { memoPromise } from '../util/memo.js';
import { changedFiles } from './changed-files.js';
import { resolveCommit, resolveRange } from './range.js';
import { GitCommitSource } from './git.js';
import type { ChangedFile, ChangeSource, CommitRange, FileSource } from './types.js';

/**
 * A change read from a local clone (the CLI and the Action): git itself, fetching what a shallow
 * clone lacks. Each range and each diff is worked out once per instance, so a caller can start
 * them early (the Action does, before its other code has loaded) and the comparison picks them up.
 */
export class LocalGitChanges implements ChangeSource {
  readonly repo: string;
  private readonly log?: (line: string) => void;
  private readonly ranges = new Map<string, Promise<CommitRange>>();
  private readonly diffs = new Map<string, Promise<ChangedFile[]>>();

  constructor(repo: string, log?: (line: string) => void) {
    this.repo = repo;
    this.log = log;
  }

  resolve(base: string | null, head: string): Promise<CommitRange> {
    return memoPromise(this.ranges, `${base ?? ''}\0${head}`, () => this.resolved(base, head));
  }

  changedFiles(from: string, to: string): Promise<ChangedFile[]> {
    return memoPromise(this.diffs, `${from}\0${to}`, () => changedFiles(this.repo, from, to));
  }

  at(sha: string, label: string): FileSource {
    return new GitCommitSource(this.repo, sha, label);
  }

  private async resolved(base: string | null, head: string): Promise<CommitRange> {
    // The head's files are read first (its config, then its suite): listed while base is fetched.
    const onHead = (sha: string) => void this.at(sha, sha.slice(0, 7)).listFiles().catch(() => undefined);
    if (base !== null) return resolveRange(this.repo, base, head, { log: this.log, onHead });
    const headSha = await resolveCommit(this.repo, head, 'origin', this.log);
    return { baseRef: '', headRef: head, baseSha: '', headSha, mergeBaseSha: '' };
  }
}
