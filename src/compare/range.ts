import { GitError, git, gitMaybe } from '../source/git.js';
import { UserError } from '../util/errors.js';

/** The two commits a comparison is between, and the merge base the head's changes are taken from. */
export interface CommitRange {
  baseRef: string;
  headRef: string;
  baseSha: string;
  headSha: string;
  /** Where the head branched off base; the base side of the comparison. */
  mergeBaseSha: string;
  /** Set when the merge base could not be found and base itself stands in for it. */
  note?: string;
}

export interface ResolveOptions {
  remote?: string;
  /** Called with a line for each fetch made, so a log can show what was fetched. */
  log?: (line: string) => void;
}

/** How far to deepen a shallow clone, step by step, while looking for the merge base. */
const DEEPEN_STEPS = [50, 500, 5000];

/**
 * Resolves base and head to commits, fetching exactly the missing ones from the remote in a
 * shallow clone, then finds their merge base (deepening the history in steps if it is cut off).
 */
export async function resolveRange(repo: string, baseRef: string, headRef: string, opts: ResolveOptions = {}): Promise<CommitRange> {
  const remote = opts.remote ?? 'origin';
  const headSha = await resolveCommit(repo, headRef, remote, opts.log);
  const baseSha = await resolveCommit(repo, baseRef, remote, opts.log);
  let mergeBase = await gitMaybe(repo, ['merge-base', baseSha, headSha]);
  if (!mergeBase && (await isShallow(repo))) {
    for (const depth of DEEPEN_STEPS) {
      opts.log?.(`fetching ${depth} more commits of history from ${remote} to find the merge base`);
      const fetched = await gitMaybe(repo, ['fetch', '--no-tags', '--quiet', `--deepen=${depth}`, remote, baseSha, headSha]);
      if (fetched === undefined) break;
      mergeBase = await gitMaybe(repo, ['merge-base', baseSha, headSha]);
      if (mergeBase) break;
    }
  }
  if (mergeBase) return { baseRef, headRef, baseSha, headSha, mergeBaseSha: mergeBase.trim() };
  return {
    baseRef,
    headRef,
    baseSha,
    headSha,
    mergeBaseSha: baseSha,
    note: `no common ancestor of ${baseRef} and ${headRef} was found; comparing against ${baseRef} itself`,
  };
}

export async function resolveCommit(repo: string, ref: string, remote: string, log?: (line: string) => void): Promise<string> {
  for (const candidate of [ref, `${remote}/${ref}`]) {
    const sha = await gitMaybe(repo, ['rev-parse', '--verify', '--quiet', `${candidate}^{commit}`]);
    if (sha) return sha.trim();
  }
  if (!(await gitMaybe(repo, ['rev-parse', '--git-dir']))) {
    throw new UserError(`${repo} is not a git repository`, { hint: 'run promptgate compare inside a git checkout' });
  }
  log?.(`fetching ${ref} from ${remote}`);
  try {
    await git(repo, ['fetch', '--no-tags', '--quiet', '--depth=1', remote, ref]);
  } catch (err) {
    const why = err instanceof GitError ? err.message : String(err);
    throw new UserError(`commit "${ref}" is not in this clone and could not be fetched from ${remote} (${why})`, {
      hint: `check the ref name, or fetch it first (git fetch ${remote} ${ref}); in GitHub Actions, actions/checkout with fetch-depth: 0 also works`,
      cause: err,
    });
  }
  return (await git(repo, ['rev-parse', '--verify', 'FETCH_HEAD^{commit}'])).trim();
}

async function isShallow(repo: string): Promise<boolean> {
  return (await gitMaybe(repo, ['rev-parse', '--is-shallow-repository']))?.trim() === 'true';
}
