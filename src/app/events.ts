import * as z from 'zod';
import type { RepoRef } from '../github/api.js';
import { UserError } from '../util/errors.js';

/** What the App needs from each webhook it handles, parsed at the edge. */

const commit = z.object({ ref: z.string(), sha: z.string() });
const repository = z.object({ name: z.string(), owner: z.object({ login: z.string() }) });
const user = z.object({ login: z.string(), type: z.string().optional() });

export interface PullRequestRef {
  repo: RepoRef;
  number: number;
  base: { ref: string; sha: string };
  head: { ref: string; sha: string };
  labels: string[];
}

const pullRequestPayload = z.object({
  action: z.string(),
  pull_request: z.object({
    number: z.number().int(),
    state: z.string(),
    base: commit,
    head: commit,
    labels: z.array(z.object({ name: z.string() })).default([]),
  }),
  label: z.object({ name: z.string() }).optional(),
  /** What an `edited` event changed: `base` when the PR was retargeted to another branch. */
  changes: z.object({ base: z.object({}).passthrough().optional() }).passthrough().optional(),
  repository,
  sender: user,
});

export interface PullRequestEvent {
  action: string;
  pull: PullRequestRef;
  open: boolean;
  /** The label added or removed (`labeled` / `unlabeled`). */
  label?: string;
  /** An `edited` event that changed the base branch. */
  baseChanged: boolean;
  sender: string;
}

export function parsePullRequest(payload: unknown): PullRequestEvent {
  const p = parse('pull_request', pullRequestPayload, payload);
  return {
    action: p.action,
    pull: pullRef(repoOf(p.repository), p.pull_request),
    open: p.pull_request.state === 'open',
    label: p.label?.name,
    baseChanged: p.changes?.base !== undefined,
    sender: p.sender.login,
  };
}

/** A pull request as the REST API returns it (`GET /repos/{owner}/{repo}/pulls/{pull_number}`). */
export const pullSchema = pullRequestPayload.shape.pull_request;

export function pullRef(repo: RepoRef, pr: z.infer<typeof pullSchema>): PullRequestRef {
  return { repo, number: pr.number, base: { ref: pr.base.ref, sha: pr.base.sha }, head: { ref: pr.head.ref, sha: pr.head.sha }, labels: pr.labels.map((l) => l.name) };
}

const commentPayload = z.object({
  issue: z.object({ number: z.number().int(), pull_request: z.object({}).passthrough().optional() }),
  comment: z.object({ id: z.number(), body: z.string().nullable().default(''), created_at: z.string() }),
  repository,
  sender: user,
});

export interface CommentEvent {
  repo: RepoRef;
  number: number;
  onPullRequest: boolean;
  body: string;
  /** When the comment was made (GitHub's clock, signed with the delivery). */
  at: string;
  sender: { login: string; type?: string };
}

export function parseComment(payload: unknown): CommentEvent {
  const p = parse('issue_comment', commentPayload, payload);
  return { repo: repoOf(p.repository), number: p.issue.number, onPullRequest: p.issue.pull_request !== undefined, body: p.comment.body ?? '', at: p.comment.created_at, sender: p.sender };
}

const checkPulls = z.array(z.object({ number: z.number().int() })).default([]);
const checkRunPayload = z.object({
  check_run: z.object({ name: z.string(), head_sha: z.string(), pull_requests: checkPulls, check_suite: z.object({ head_branch: z.string().nullable().default(null) }) }),
  repository,
});
const checkSuitePayload = z.object({
  check_suite: z.object({ head_sha: z.string(), head_branch: z.string().nullable().default(null), pull_requests: checkPulls }),
  repository,
});

/** A re-run asked for from the Checks tab: of one check run, or of the whole suite. */
export interface RerunRequest {
  repo: RepoRef;
  /** The check run's name (`check_run` only): promptgate re-runs its own. */
  name?: string;
  headSha: string;
  headBranch: string | null;
  pulls: number[];
}

export function parseCheckRunRerequest(payload: unknown): RerunRequest {
  const p = parse('check_run', checkRunPayload, payload);
  const r = p.check_run;
  return { repo: repoOf(p.repository), name: r.name, headSha: r.head_sha, headBranch: r.check_suite.head_branch, pulls: r.pull_requests.map((x) => x.number) };
}

export function parseCheckSuiteRerequest(payload: unknown): RerunRequest {
  const p = parse('check_suite', checkSuitePayload, payload);
  const s = p.check_suite;
  return { repo: repoOf(p.repository), headSha: s.head_sha, headBranch: s.head_branch, pulls: s.pull_requests.map((x) => x.number) };
}

const mergeGroupPayload = z.object({
  merge_group: z.object({ head_sha: z.string(), head_ref: z.string(), base_sha: z.string(), base_ref: z.string() }),
  repository,
});

export interface MergeGroupRef {
  repo: RepoRef;
  base: { ref: string; sha: string };
  head: { ref: string; sha: string };
}

export function parseMergeGroup(payload: unknown): MergeGroupRef {
  const p = parse('merge_group', mergeGroupPayload, payload);
  const m = p.merge_group;
  return { repo: repoOf(p.repository), base: { ref: m.base_ref, sha: m.base_sha }, head: { ref: m.head_ref, sha: m.head_sha } };
}

function repoOf(r: z.infer<typeof repository>): RepoRef {
  return { owner: r.owner.login, repo: r.name };
}

function parse<T>(event: string, schema: z.ZodType<T>, payload: unknown): T {
  const result = schema.safeParse(payload);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new UserError(`the ${event} webhook payload is not what GitHub sends: ${issue.path.join('.')}: ${issue.message}`);
}
