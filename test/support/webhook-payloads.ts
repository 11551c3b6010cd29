/**
 * Webhook event payloads for tests, built from GitHub's real examples in
 * `@octokit/webhooks-examples` with only the fields a test cares about overridden
 * (repository, PR number, refs and SHAs, labels, sender, action). Everything else keeps the
 * shape GitHub sends, so code reading `GITHUB_EVENT_PATH` or an App's webhook meets the
 * real structure, not a hand-written sketch.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type {
  CheckRunRerequestedEvent,
  CheckSuiteRerequestedEvent,
  IssueCommentCreatedEvent,
  MergeGroupChecksRequestedEvent,
  PullRequestEditedEvent,
  PullRequestLabeledEvent,
  PullRequestOpenedEvent,
  PullRequestReopenedEvent,
  PullRequestSynchronizeEvent,
  PullRequestUnlabeledEvent,
  PushEvent,
  WorkflowDispatchEvent,
} from '@octokit/webhooks-types';

interface ExampleDefinition {
  name: string;
  examples: Record<string, unknown>[];
}

let definitions: ExampleDefinition[] | undefined;

function examples(): ExampleDefinition[] {
  definitions ??= JSON.parse(
    readFileSync(createRequire(import.meta.url).resolve('@octokit/webhooks-examples'), 'utf8'),
  ) as ExampleDefinition[];
  return definitions;
}

/** A deep copy of GitHub's first example of `event` (with `action`) that `accept` takes. */
function example(event: string, action?: string, accept: (e: Payload) => boolean = () => true): Payload {
  const found = examples()
    .find((d) => d.name === event)
    ?.examples.find((e) => (action === undefined || e['action'] === action) && accept(e as Payload));
  if (!found) throw new Error(`@octokit/webhooks-examples has no ${event}${action ? `.${action}` : ''} example`);
  return structuredClone(found) as Payload;
}

// The examples are loosely typed JSON; builders write into them and return the precise event type.
type Payload = Record<string, any>;

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface CommitRef {
  ref: string;
  sha: string;
}

export interface PullRequestEventOptions extends RepoRef {
  number: number;
  base: CommitRef;
  head: CommitRef;
  labels?: string[];
  /** Who triggered the event; default the PR author. */
  sender?: string;
  /** The label added or removed, for `labeled` / `unlabeled`. */
  label?: string;
  /** The head repository's `owner/name` when the PR comes from a fork (`true`: `fork-owner/<repo>`). */
  fork?: boolean | string;
  /** PR author; default `octocat`. */
  author?: string;
  title?: string;
  body?: string;
  draft?: boolean;
  /** For `synchronize`: the head SHA before the push. */
  before?: string;
  /** For `edited`: the base the PR was retargeted from. */
  previousBase?: CommitRef;
}

type PullRequestEventByAction = {
  opened: PullRequestOpenedEvent;
  synchronize: PullRequestSynchronizeEvent;
  reopened: PullRequestReopenedEvent;
  edited: PullRequestEditedEvent;
  labeled: PullRequestLabeledEvent;
  unlabeled: PullRequestUnlabeledEvent;
};

/** A `pull_request` event as GitHub delivers it for `action`. */
export function pullRequestEvent<A extends keyof PullRequestEventByAction>(action: A, o: PullRequestEventOptions): PullRequestEventByAction[A] {
  if ((action === 'labeled' || action === 'unlabeled') && o.label === undefined) {
    throw new Error(`pullRequestEvent('${action}') needs the label that was ${action}`);
  }
  // The examples hold no `edited` event: it is an `opened` one with GitHub's documented `changes`.
  const p = renumber(retarget(example('pull_request', action === 'edited' ? 'opened' : action), o), o);
  const author = o.author ?? 'octocat';
  const pr = p['pull_request'];
  const fullName = `${o.owner}/${o.repo}`;
  const headRepo = o.fork === true ? `fork-owner/${o.repo}` : typeof o.fork === 'string' ? o.fork : fullName;

  p['action'] = action;
  p['number'] = o.number;
  pr.number = o.number;
  pr.url = `https://api.github.com/repos/${fullName}/pulls/${o.number}`;
  pr.html_url = `https://github.com/${fullName}/pull/${o.number}`;
  pr.issue_url = `https://api.github.com/repos/${fullName}/issues/${o.number}`;
  pr.state = 'open';
  pr.title = o.title ?? pr.title;
  pr.body = o.body ?? pr.body;
  pr.draft = o.draft ?? false;
  pr.user = user(pr.user, author);
  pr.labels = (o.labels ?? []).map((name, i) => labelJson(o, name, i));
  pr.base = {
    ...pr.base,
    ref: o.base.ref,
    sha: o.base.sha,
    label: `${o.owner}:${o.base.ref}`,
    user: user(pr.base.user, o.owner),
    repo: structuredClone(p['repository']),
  };
  const headOwner = headRepo.split('/')[0] ?? o.owner;
  const headRepoJson = structuredClone(p['repository']);
  if (headRepo !== fullName) {
    headRepoJson.id = headRepoJson.id + 1;
    headRepoJson.full_name = headRepo;
    headRepoJson.name = headRepo.split('/')[1] ?? o.repo;
    headRepoJson.owner = user(headRepoJson.owner, headOwner);
    headRepoJson.fork = true;
    headRepoJson.html_url = `https://github.com/${headRepo}`;
    headRepoJson.url = `https://api.github.com/repos/${headRepo}`;
  }
  pr.head = { ...pr.head, ref: o.head.ref, sha: o.head.sha, label: `${headOwner}:${o.head.ref}`, user: user(pr.head.user, headOwner), repo: headRepoJson };
  if (o.label !== undefined) p['label'] = labelJson(o, o.label, 99);
  else delete p['label'];
  if (action === 'synchronize') {
    p['before'] = o.before ?? o.base.sha;
    p['after'] = o.head.sha;
  }
  if (action === 'edited') p['changes'] = o.previousBase ? { base: { ref: { from: o.previousBase.ref }, sha: { from: o.previousBase.sha } } } : {};
  p['sender'] = user(p['sender'], o.sender ?? author);
  return p as PullRequestEventByAction[A];
}

export interface MergeGroupEventOptions extends RepoRef {
  base: CommitRef;
  /** The merge group's commit (the temporary merge of the queued PRs onto base). */
  headSha: string;
  /** The queued PR's number, used in GitHub's `gh-readonly-queue/...` head ref. */
  pullNumber: number;
  sender?: string;
}

/** A `merge_group` `checks_requested` event. `base.ref` is a branch name (`main`), sent as `refs/heads/main`. */
export function mergeGroupEvent(o: MergeGroupEventOptions): MergeGroupChecksRequestedEvent {
  const p = retarget(example('merge_group', 'checks_requested'), o);
  const branch = o.base.ref.replace(/^refs\/heads\//, '');
  p['merge_group'] = {
    ...p['merge_group'],
    head_sha: o.headSha,
    head_ref: `refs/heads/gh-readonly-queue/${branch}/pr-${o.pullNumber}-${o.base.sha}`,
    base_sha: o.base.sha,
    base_ref: `refs/heads/${branch}`,
    head_commit: { ...p['merge_group'].head_commit, id: o.headSha, message: `Merge pull request #${o.pullNumber}` },
  };
  p['sender'] = user(p['sender'], o.sender ?? 'octocat');
  return p as MergeGroupChecksRequestedEvent;
}

export interface WorkflowDispatchEventOptions extends RepoRef {
  /** Full ref, e.g. `refs/heads/main`. */
  ref: string;
  inputs?: Record<string, string>;
  workflow?: string;
  sender?: string;
}

export function workflowDispatchEvent(o: WorkflowDispatchEventOptions): WorkflowDispatchEvent {
  const p = retarget(example('workflow_dispatch'), o);
  p['ref'] = o.ref;
  p['inputs'] = o.inputs ?? {};
  p['workflow'] = o.workflow ?? '.github/workflows/promptgate.yml';
  p['sender'] = user(p['sender'], o.sender ?? 'octocat');
  return p as WorkflowDispatchEvent;
}

export interface PushEventOptions extends RepoRef {
  /** Full ref, e.g. `refs/heads/main`. */
  ref: string;
  before: string;
  after: string;
  sender?: string;
}

export function pushEvent(o: PushEventOptions): PushEvent {
  const p = retarget(example('push', undefined, (e) => String(e['ref']).startsWith('refs/heads/')), o);
  const fullName = `${o.owner}/${o.repo}`;
  p['ref'] = o.ref;
  p['before'] = o.before;
  p['after'] = o.after;
  p['created'] = /^0+$/.test(o.before);
  p['compare'] = `https://github.com/${fullName}/compare/${o.before.slice(0, 12)}...${o.after.slice(0, 12)}`;
  const headCommit = { ...p['head_commit'], id: o.after };
  p['head_commit'] = headCommit;
  p['commits'] = [headCommit];
  p['sender'] = user(p['sender'], o.sender ?? 'octocat');
  p['pusher'] = { name: o.sender ?? 'octocat', email: `${o.sender ?? 'octocat'}@users.noreply.github.com` };
  return p as PushEvent;
}

export interface IssueCommentEventOptions extends RepoRef {
  number: number;
  body: string;
  sender: string;
  /** Whether the issue is a pull request (GitHub then adds `issue.pull_request`); default true. */
  onPullRequest?: boolean;
  commentId?: number;
  /** When the comment was made (GitHub's clock); default now. */
  createdAt?: string;
}

/** An `issue_comment` `created` event; on a PR by default, as a comment on a PR's conversation is. */
export function issueCommentEvent(o: IssueCommentEventOptions): IssueCommentCreatedEvent {
  const p = retarget(example('issue_comment', 'created'), o);
  const fullName = `${o.owner}/${o.repo}`;
  const issue = p['issue'];
  issue.number = o.number;
  issue.url = `https://api.github.com/repos/${fullName}/issues/${o.number}`;
  issue.html_url = `https://github.com/${fullName}/${o.onPullRequest === false ? 'issues' : 'pull'}/${o.number}`;
  if (o.onPullRequest === false) {
    delete issue.pull_request;
  } else {
    issue.pull_request = {
      url: `https://api.github.com/repos/${fullName}/pulls/${o.number}`,
      html_url: `https://github.com/${fullName}/pull/${o.number}`,
      diff_url: `https://github.com/${fullName}/pull/${o.number}.diff`,
      patch_url: `https://github.com/${fullName}/pull/${o.number}.patch`,
      merged_at: null,
    };
  }
  const id = o.commentId ?? 1_000_000_001;
  p['comment'] = {
    ...p['comment'],
    id,
    body: o.body,
    user: user(p['comment'].user, o.sender),
    url: `https://api.github.com/repos/${fullName}/issues/comments/${id}`,
    html_url: `${issue.html_url}#issuecomment-${id}`,
    issue_url: issue.url,
    created_at: o.createdAt ?? new Date().toISOString(),
    updated_at: o.createdAt ?? new Date().toISOString(),
  };
  p['sender'] = user(p['sender'], o.sender);
  return p as IssueCommentCreatedEvent;
}

export interface CheckPullRef {
  number: number;
  base: CommitRef;
  head: CommitRef;
}

export interface CheckRunRerequestedOptions extends RepoRef {
  checkRunId: number;
  name: string;
  headSha: string;
  headBranch?: string;
  pulls?: CheckPullRef[];
  sender?: string;
}

export function checkRunRerequestedEvent(o: CheckRunRerequestedOptions): CheckRunRerequestedEvent {
  const p = retarget(example('check_run', 'rerequested'), o);
  const pulls = (o.pulls ?? []).map((pr) => checkPull(o, p, pr));
  const run = p['check_run'];
  run.id = o.checkRunId;
  run.name = o.name;
  run.head_sha = o.headSha;
  run.pull_requests = pulls;
  run.check_suite = { ...run.check_suite, head_sha: o.headSha, after: o.headSha, head_branch: o.headBranch ?? null, pull_requests: pulls };
  p['sender'] = user(p['sender'], o.sender ?? 'octocat');
  return p as CheckRunRerequestedEvent;
}

export interface CheckSuiteRerequestedOptions extends RepoRef {
  headSha: string;
  headBranch?: string;
  pulls?: CheckPullRef[];
  sender?: string;
}

export function checkSuiteRerequestedEvent(o: CheckSuiteRerequestedOptions): CheckSuiteRerequestedEvent {
  const p = retarget(example('check_suite', 'rerequested'), o);
  const suite = p['check_suite'];
  suite.head_sha = o.headSha;
  suite.after = o.headSha;
  suite.head_branch = o.headBranch ?? null;
  suite.pull_requests = (o.pulls ?? []).map((pr) => checkPull(o, p, pr));
  suite.head_commit = { ...suite.head_commit, id: o.headSha };
  p['sender'] = user(p['sender'], o.sender ?? 'octocat');
  return p as CheckSuiteRerequestedEvent;
}

/** Moves the example PR's URLs (`…/pulls/2/commits`, `…/statuses/<sha>`) to our number and head SHA. */
function renumber(p: Payload, o: PullRequestEventOptions): Payload {
  const pr = p['pull_request'];
  const text = JSON.stringify(pr)
    .replace(new RegExp(`/(pulls|pull|issues)/${pr.number}(?=["/.#])`, 'g'), `/$1/${o.number}`)
    .split(String(pr.head.sha))
    .join(o.head.sha);
  p['pull_request'] = JSON.parse(text);
  return p;
}

/** Points an example at `owner/repo`: every URL naming the example's repository, and the repository object. */
function retarget(p: Payload, { owner, repo }: RepoRef): Payload {
  const original = String(p['repository']?.full_name ?? '');
  // URLs name it after `/` (https) or `:` (ssh_url).
  const moved =
    original === ''
      ? p
      : (JSON.parse(
          JSON.stringify(p)
            .split(`/${original}`)
            .join(`/${owner}/${repo}`)
            .split(`:${original}`)
            .join(`:${owner}/${repo}`),
        ) as Payload);
  const repository = moved['repository'];
  repository.name = repo;
  repository.full_name = `${owner}/${repo}`;
  repository.owner = user(repository.owner, owner);
  if (moved['organization']) moved['organization'] = { ...moved['organization'], login: owner };
  return moved;
}

/** `template` (a user object from the example) as `login`, its URLs included. */
function user(template: Payload | undefined, login: string): Payload {
  const old = String(template?.['login'] ?? '');
  const moved: Payload = {};
  for (const [key, value] of Object.entries(template ?? {})) {
    moved[key] = typeof value === 'string' && old !== '' && key.endsWith('url') ? value.split(`/${old}`).join(`/${encodeURIComponent(login)}`) : value;
  }
  return {
    ...moved,
    login,
    id: 5_000_000 + [...login].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 1_000_000, 0),
    type: login.endsWith('[bot]') ? 'Bot' : template?.['type'] === 'Organization' ? 'Organization' : 'User',
    url: `https://api.github.com/users/${encodeURIComponent(login)}`,
    html_url: `https://github.com/${encodeURIComponent(login)}`,
  };
}

function labelJson({ owner, repo }: RepoRef, name: string, index: number): Payload {
  return {
    id: 1_300_000_000 + index,
    node_id: `LA_${index}`,
    url: `https://api.github.com/repos/${owner}/${repo}/labels/${encodeURIComponent(name)}`,
    name,
    color: 'ededed',
    default: false,
    description: null,
  };
}

function checkPull({ owner, repo }: RepoRef, p: Payload, pr: CheckPullRef): Payload {
  const repoRef = { id: p['repository'].id, url: `https://api.github.com/repos/${owner}/${repo}`, name: repo };
  return {
    url: `https://api.github.com/repos/${owner}/${repo}/pulls/${pr.number}`,
    id: 700_000_000 + pr.number,
    number: pr.number,
    head: { ref: pr.head.ref, sha: pr.head.sha, repo: repoRef },
    base: { ref: pr.base.ref, sha: pr.base.sha, repo: repoRef },
  };
}
