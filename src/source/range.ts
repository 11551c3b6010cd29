import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { GitError, git, gitMaybe, isRecentAncestor, resolveCommits } from './git.js';
import { UserError } from '../util/errors.js';
import type { CommitRange } from './types.js';

export interface ResolveOptions {
  remote?: string;
  /** Called with a line for each fetch made, so a log can show what was fetched. */
  log?: (line: string) => void;
  /** Called with the head commit once it is here, before base is fetched: its files can be read meanwhile. */
  onHead?: (sha: string) => void;
}

/** How far to deepen a shallow clone, step by step, while looking for the merge base. */
const DEEPEN_STEPS = [50, 500, 5000];

/** git fetch without the `git maintenance` run it would start afterwards: a CI checkout is thrown away. */
const FETCH = ['-c', 'maintenance.auto=false', 'fetch', '--no-tags', '--quiet'];

/**
 * Resolves base and head to commits, fetching exactly the missing ones from the remote in a
 * shallow clone, then finds their merge base (deepening the history in steps if it is cut off).
 */
export async function resolveRange(repo: string, baseRef: string, headRef: string, opts: ResolveOptions = {}): Promise<CommitRange> {
  const remote = opts.remote ?? 'origin';
  for (const ref of [baseRef, headRef, remote]) refuseOption(ref);
  // Both refs and their remote-tracking names in one look-up; only what is missing is fetched.
  const [head, remoteHead, base, remoteBase] = await resolveCommits(repo, [headRef, `${remote}/${headRef}`, baseRef, `${remote}/${baseRef}`]).catch(() => []);
  let headSha = head ?? remoteHead;
  let baseSha = base ?? remoteBase;
  let shallow: boolean | undefined;
  let deepened = 0;
  if (headSha) opts.onHead?.(headSha);
  if (!headSha || !baseSha) {
    shallow = await checkedShallow(repo);
    if (!headSha) {
      headSha = await fetchCommit(repo, headRef, remote, opts.log);
      opts.onHead?.(headSha);
    }
    if (!baseSha && shallow) {
      // The usual PR checkout: head alone, one commit deep. Fetching base and head's recent
      // history together usually brings the merge base in the same round trip.
      opts.log?.(`fetching ${baseRef} and ${DEEPEN_STEPS[0]} commits of history from ${remote}`);
      baseSha = await fetchCommit(repo, baseRef, remote, undefined, [`--depth=${DEEPEN_STEPS[0]}`, remote, baseRef, headSha]);
      deepened = 1;
    }
    baseSha ??= await fetchCommit(repo, baseRef, remote, opts.log);
  }
  // A branch that is up to date with base has base in its recent history, and then base is the
  // merge base: read through cat-file, that needs no git process.
  let mergeBase = (await isRecentAncestor(repo, baseSha, headSha)) ? baseSha : await gitMaybe(repo, ['merge-base', baseSha, headSha]);
  if (!mergeBase && (shallow ?? (await checkedShallow(repo)))) {
    for (const depth of DEEPEN_STEPS.slice(deepened)) {
      opts.log?.(`fetching ${depth} more commits of history from ${remote} to find the merge base`);
      const fetched = await gitMaybe(repo, [...FETCH, `--deepen=${depth}`, remote, baseSha, headSha]);
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

/** The commit `ref` names here (or as `<remote>/<ref>`), fetching it from the remote when the clone lacks it. */
export async function resolveCommit(repo: string, ref: string, remote: string, log?: (line: string) => void): Promise<string> {
  for (const name of [ref, remote]) refuseOption(name);
  const [local, tracking] = await resolveCommits(repo, [ref, `${remote}/${ref}`]).catch(() => []);
  if (local ?? tracking) return (local ?? tracking)!;
  await checkedShallow(repo);
  return fetchCommit(repo, ref, remote, log);
}

/**
 * A name git would take for an option (`--upload-pack=…` runs a command on fetch). No branch,
 * tag or remote starts with `-`; a commit id never does.
 */
function refuseOption(name: string): void {
  if (!name.startsWith('-')) return;
  throw new UserError(`"${name}" is not a branch, tag, commit or remote: names starting with "-" are read by git as options`, {
    hint: 'give --base and --head a branch, tag or commit (git branch -a lists the branches)',
  });
}

/** Whether the clone is shallow; a UserError when `repo` is no git repository at all. */
async function checkedShallow(repo: string): Promise<boolean> {
  // A checkout's own `.git` directory answers without a git process (git keeps the cut-off
  // commits of a shallow clone in `.git/shallow`); anything else (a worktree, a subdirectory,
  // a GIT_DIR) is asked of git.
  const dotGit = join(repo, '.git');
  const redirected = ['GIT_DIR', 'GIT_COMMON_DIR', 'GIT_SHALLOW_FILE'].some((name) => process.env[name]);
  if (!redirected && (await stat(dotGit).catch(() => undefined))?.isDirectory()) return (await stat(join(dotGit, 'shallow')).catch(() => undefined)) !== undefined;
  const out = await gitMaybe(repo, ['rev-parse', '--git-dir', '--is-shallow-repository']);
  if (out === undefined) throw new UserError(`${repo} is not a git repository`, { hint: 'run promptgate inside a clone of the repository; in a workflow, add an actions/checkout step before it' });
  return out.trim().split('\n').at(-1) === 'true';
}

/**
 * Fetches `ref`, known to be missing here, from the remote (one commit deep unless `args` says
 * what to fetch) and returns the commit it names: the first one fetched.
 */
async function fetchCommit(repo: string, ref: string, remote: string, log?: (line: string) => void, args = ['--depth=1', remote, ref]): Promise<string> {
  log?.(`fetching ${ref} from ${remote}`);
  try {
    await git(repo, [...FETCH, ...args]);
  } catch (err) {
    throw await fetchFailure(repo, ref, remote, err);
  }
  const [fetched] = await resolveCommits(repo, ['FETCH_HEAD']);
  if (!fetched) throw new GitError(`git fetch of ${ref} brought no commit`, '');
  return fetched;
}

/** Why `ref` could not be had, in words: no commits yet, no such remote, no such ref, or git's own reason. */
async function fetchFailure(repo: string, ref: string, remote: string, err: unknown): Promise<UserError> {
  if ((await gitMaybe(repo, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'])) === undefined) {
    return new UserError(`this repository has no commits yet, so there is nothing to compare ("${ref}" names no commit)`, {
      hint: 'commit your prompt files first, then run promptgate compare --base <the branch you started from>',
      cause: err,
    });
  }
  if ((await gitMaybe(repo, ['remote', 'get-url', remote])) === undefined) {
    return new UserError(`"${ref}" is not a branch, tag or commit in this repository, and there is no remote "${remote}" to fetch it from`, {
      hint: `check the name (git branch -a lists the branches), or add the remote: git remote add ${remote} <url>`,
      cause: err,
    });
  }
  const stderr = err instanceof GitError ? err.stderr : '';
  if (/couldn't find remote ref|not our ref|invalid refspec|not a valid object name/i.test(stderr)) {
    return new UserError(`"${ref}" is not a branch, tag or commit here or on ${remote}`, {
      hint: `check the name (git branch -a lists the branches); in GitHub Actions, actions/checkout with fetch-depth: 0 brings every branch`,
      cause: err,
    });
  }
  const reason = stderr.split('\n').find((line) => line.startsWith('fatal:'))?.slice('fatal:'.length).trim() ?? (err instanceof Error ? err.message : String(err));
  return new UserError(`"${ref}" is not in this clone and could not be fetched from ${remote}: ${reason}`, {
    hint: `check that ${remote} is reachable and the name is right, or fetch it first (git fetch ${remote} ${ref})`,
    cause: err,
  });
}
