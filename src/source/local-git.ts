import { changedFiles } from './changed-files.js';
import { resolveCommit, resolveRange } from './range.js';
import { GitCommitSource } from './git.js';
import type { ChangedFile, ChangeSource, CommitRange, FileSource } from './types.js';

/** A change read from a local clone (the CLI and the Action): git itself, fetching what a shallow clone lacks. */
export class LocalGitChanges implements ChangeSource {
  readonly repo: string;
  private readonly log?: (line: string) => void;

  constructor(repo: string, log?: (line: string) => void) {
    this.repo = repo;
    this.log = log;
  }

  async resolve(base: string | null, head: string): Promise<CommitRange> {
    // The head's files are read first (its config, then its suite): listed while base is fetched.
    const onHead = (sha: string) => void this.at(sha, sha.slice(0, 7)).listFiles().catch(() => undefined);
    if (base !== null) return resolveRange(this.repo, base, head, { log: this.log, onHead });
    const headSha = await resolveCommit(this.repo, head, 'origin', this.log);
    return { baseRef: '', headRef: head, baseSha: '', headSha, mergeBaseSha: '' };
  }

  changedFiles(from: string, to: string): Promise<ChangedFile[]> {
    return changedFiles(this.repo, from, to);
  }

  at(sha: string, label: string): FileSource {
    return new GitCommitSource(this.repo, sha, label);
  }
}
