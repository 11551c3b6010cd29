import { isDeepStrictEqual } from 'node:util';
import type { Comparison, RecordedComparison } from '../compare/types.js';
import { applyOverride, canAccept, decideOverride, type Acceptance } from '../gate/override.js';
import { acceptQueue, mergeGroupPulls, type QueuedPull } from '../gate/merge-queue.js';
import { conclusionOf } from '../gate/conclusion.js';
import type { ComparisonReport } from '../report/types.js';
import type { GitHubApi, RepoRef } from './api.js';
import { publishCheckRun, type CheckRunTarget } from './check-run.js';
import { lastLabeler, roleOf } from './override.js';
import { MissingPermissionError } from './permissions.js';
import { checkRunOutput, readPreviousComment, stickyCommentBody } from './result.js';
import { decodeState, readState, type SavedState, type StateKey } from './state.js';
import { findStickyComment, upsertStickyComment, type CommentAuthor, type StickyComment, type StickyCommentTarget } from './sticky-comment.js';

/**
 * The one pull-request flow, shared by the Action and the App: 1. find promptgate's own comment
 * and its state, 2. compare base and head (or reuse the result an authenticated state records for
 * exactly these inputs), 3. decide the override, 4. publish the comment and the check run. The
 * merge queue's acceptance reads each PR's comment the same way.
 */

/** How promptgate recognises itself on a pull request. */
export interface Identity {
  /** The sticky comment's id (see `stickyMarker`). */
  id: string;
  /** Our comments only: a marker alone is never trusted, anyone can paste it. */
  isOwnAuthor: (author: CommentAuthor) => boolean;
  /** Authenticates the state block (the App). Without it the state may only restrict, never grant (the Action). */
  key?: StateKey;
}

export interface PullRequestRef extends RepoRef {
  number: number;
  headSha: string;
  /** The PR's labels as the event reported them. */
  labels: string[];
}

/** An acceptance the event being handled carried: the override label added, or `/promptgate accept`. */
export interface GivenAcceptance {
  via: 'label' | 'command';
  /** The label added (`via: 'label'`): only the override label accepts anything. */
  label?: string;
  by: string;
  /** The head the acceptance binds to: what the acceptor was shown when giving it (see `boundHead`). */
  headSha: string;
  reason?: string;
}

export interface PullRequestFlow {
  api: GitHubApi;
  pull: PullRequestRef;
  identity: Identity;
  /** Compares base and head; a recorded result for exactly the same inputs is returned as is. */
  compare(recorded?: RecordedComparison): Promise<Comparison>;
  given?: GivenAcceptance;
  /** Recompute even when the state records a result for these inputs (a re-run). */
  fresh?: boolean;
}

export interface PullRequestResult {
  report: ComparisonReport;
  reused: boolean;
  target: StickyCommentTarget;
  /** Our comment as it was before this run. */
  existing?: StickyComment;
  /** The sticky comment to publish, state block last. */
  body: string;
}

/** Steps 1–3: what promptgate says about this pull request's head. */
export async function judgePullRequest(flow: PullRequestFlow): Promise<PullRequestResult> {
  const { api, pull, identity } = flow;
  const target: StickyCommentTarget = { owner: pull.owner, repo: pull.repo, issue: pull.number, id: identity.id, isOwnAuthor: identity.isOwnAuthor };
  const notes: string[] = [];
  const existing = await readPreviousComment(api, target, notes);
  const shown = existing ? readState(existing.body, identity.key) : {};
  if (shown.problem) notes.push(shown.problem);
  const trusted = identity.key ? shown.state : undefined;
  const recorded = trusted && !flow.fresh ? recordedComparison(trusted) : undefined;
  const comparison = await flow.compare(recorded);
  let report: ComparisonReport = { ...comparison.report, notes: [...comparison.report.notes, ...notes] };

  let acceptance: Acceptance | undefined;
  const label = report.gate.failOn === 'never' ? undefined : report.gate.overrideLabel;
  if (label) {
    const labelled = pull.labels.includes(label);
    const given = flow.given && (flow.given.via === 'command' || flow.given.label === label) ? flow.given : undefined;
    const decision = decideOverride({
      headSha: pull.headSha,
      labelled,
      given: given && { by: given.by, role: await roleOf(api, pull, given.by), headSha: given.headSha, at: new Date().toISOString(), via: given.via, ...(given.reason ? { reason: given.reason } : {}) },
      recorded: trusted?.acceptance,
      lastLabeler: labelled && !given && !trusted?.acceptance ? await lastLabeler(api, { ...pull, issue: pull.number, label }) : undefined,
    });
    ({ report, acceptance } = applyOverride(report, decision, label));
  }
  const { baseSha, headSha, configHash } = comparison.inputs;
  report = keepTimings(report, shown.state);
  const body = stickyCommentBody({ id: identity.id, report, inputs: { baseSha, headSha, configHash }, acceptance, key: identity.key });
  return { report, reused: comparison.reused, target, existing, body };
}

/**
 * A result identical to the one the comment records, but for its run statistics (time, calls,
 * cache hits), keeps the recorded statistics: the body then comes out the same and the comment is
 * not rewritten. Only statistics are taken from the (possibly unauthenticated) state, and only
 * when everything else matches, so it cannot change what is said.
 */
function keepTimings(report: ComparisonReport, shown: SavedState | undefined): ComparisonReport {
  if (!shown) return report;
  const { stats: _now, ...rest } = report;
  const { stats: before, ...shownRest } = shown.report;
  return isDeepStrictEqual(JSON.parse(JSON.stringify(rest)), shownRest) ? { ...report, stats: before } : report;
}

/** A recorded result without its override: that is decided afresh for every event. */
function recordedComparison(state: SavedState): RecordedComparison {
  return { baseSha: state.baseSha, headSha: state.headSha, configHash: state.configHash, report: { ...state.report, overridden: false, override: null } };
}

/**
 * The head an acceptance binds to: the one whose result the acceptor was shown. With nothing shown
 * yet, the head of the event that carried it; when the comment showed another head (a newer push
 * still being evaluated), that one; when the comment changed after the acceptance was given, none
 * (what the acceptor saw is gone), so it accepts nothing.
 */
export function boundHead(eventHeadSha: string, shown: StickyComment | undefined, givenAt: string | undefined, key?: StateKey): string {
  const state = shown ? decodeState(shown.body, key) : undefined;
  if (!shown || !state) return eventHeadSha;
  if (givenAt && shown.updatedAt && Date.parse(shown.updatedAt) > Date.parse(givenAt)) return '';
  return state.headSha;
}

/** Reads our comment now: for binding an acceptance to what was shown when the event arrived. */
export function shownComment(api: GitHubApi, pull: RepoRef & { number: number }, identity: Identity): Promise<StickyComment | undefined> {
  return findStickyComment(api, { ...pull, issue: pull.number, id: identity.id, isOwnAuthor: identity.isOwnAuthor });
}

export interface Published {
  commentUrl: string;
  checkUrl: string;
  /** What could not be published for want of a permission (a fork's read-only token). */
  degraded: MissingPermissionError[];
}

/** Step 4: the sticky comment (unless turned off) and the check run. */
export async function publishPullRequest(api: GitHubApi, result: PullRequestResult, check: CheckRunTarget, opts: { comment: boolean; checkSuffix?: string }): Promise<Published> {
  const published: Published = { commentUrl: '', checkUrl: '', degraded: [] };
  const attempt = async (write: () => Promise<void>) => {
    try {
      await write();
    } catch (err) {
      if (!(err instanceof MissingPermissionError)) throw err;
      published.degraded.push(err);
    }
  };
  if (opts.comment) await attempt(async () => void (published.commentUrl = (await upsertStickyComment(api, result.target, result.body, result.existing ?? null)).url));
  await attempt(async () => void (published.checkUrl = (await publishCheckRun(api, check, conclusionOf(result.report), checkRunOutput(result.report, opts.checkSuffix))).url));
  return published;
}

/**
 * A merge group's report with the acceptances of the pull requests behind it: read from each PR's
 * own promptgate comment exactly as the sticky comment is found (own author and marker, state
 * block last). Unauthenticated state (the Action) counts only for a label acceptance whose giver
 * is still the label's last adder and still has the role.
 */
export async function judgeMergeGroup(api: GitHubApi, repo: RepoRef, identity: Identity, report: ComparisonReport, groupRef: string): Promise<ComparisonReport> {
  if (!report.blocking) return report;
  const label = report.gate.overrideLabel;
  const pulls: QueuedPull[] = [];
  for (const number of mergeGroupPulls(groupRef)) {
    const { data: pr } = await api.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { ...repo, pull_number: number });
    const labelled = pr.labels.some((l) => l.name === label);
    const comment = await shownComment(api, { ...repo, number }, identity);
    let acceptance = comment ? decodeState(comment.body, identity.key)?.acceptance : undefined;
    if (acceptance && !identity.key && !(acceptance.via !== 'command' && labelled && (await stillGivenBy(api, { ...repo, issue: number, label }, acceptance.by)))) acceptance = undefined;
    pulls.push({ number, headSha: pr.head.sha, labelled, acceptance });
  }
  return acceptQueue(report, groupRef, pulls);
}

async function stillGivenBy(api: GitHubApi, q: RepoRef & { issue: number; label: string }, by: string): Promise<boolean> {
  return (await lastLabeler(api, q)) === by && canAccept(await roleOf(api, q, by));
}
