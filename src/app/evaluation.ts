import { join } from 'node:path';
import { compare } from '../compare/run.js';
import { DEFAULT_CONFIG_PATH } from '../config/load.js';
import type { GitHubApi, RepoRef } from '../github/api.js';
import { conclusionOf, publishCheckRun } from '../github/check-run.js';
import { acceptedInQueue } from '../github/merge-group.js';
import { resolveOverride } from '../github/override.js';
import { applyOverride, checkRunOutput, readPreviousComment, stickyCommentBody } from '../github/result.js';
import { decodeState, recordedReport, type Acceptance, type RecordedInputs, type SavedState } from '../github/state.js';
import { upsertStickyComment, type StickyCommentTarget } from '../github/sticky-comment.js';
import type { ComparisonReport } from '../report/types.js';
import { GitHubApiChanges } from '../source/github-api.js';
import { describeError } from '../util/errors.js';
import type { MergeGroupRef, PullRequestRef } from './events.js';
import type { JobContext } from './queue.js';
import type { AppSettings } from './settings.js';
import { trustedConfig, trustedRoot } from './trusted-files.js';

/** The App's sticky comment id: its marker differs from any workflow's, so the two never edit each other's comment. */
export const STICKY_ID = 'github-app';

export interface Log {
  info(msg: string): void;
  warn(msg: string): void;
  error(obj: unknown, msg?: string): void;
}

/** What an evaluation is about, and what asked for it. */
export type Subject =
  | {
      kind: 'pull_request';
      pull: PullRequestRef;
      /** Recompute even when the comment records a result for these commits (a re-run). */
      fresh?: boolean;
      /** A label added or removed: published only when it is the override label. */
      label?: { name: string; by: string; added: boolean };
      /** A verified `/promptgate accept <reason>`. */
      command?: Acceptance;
    }
  | { kind: 'merge_group'; group: MergeGroupRef };

export interface EvaluationDeps {
  api: GitHubApi;
  settings: AppSettings;
  botLogin: () => Promise<string>;
  log: Log;
}

export function repoOf(subject: Subject): RepoRef {
  return subject.kind === 'pull_request' ? subject.pull.repo : subject.group.repo;
}

export function headOf(subject: Subject): string {
  return subject.kind === 'pull_request' ? subject.pull.head.sha : subject.group.head.sha;
}

/**
 * One evaluation, with the same core and publishing as the Action: compare base and head (or
 * reuse the result the comment records for exactly these commits and config), fold in the
 * override, then publish the comment and complete the check run, unless a newer head arrived.
 */
export async function evaluate(deps: EvaluationDeps, subject: Subject, checkRunId: number | undefined, job: JobContext): Promise<void> {
  const repo = repoOf(subject);
  const headSha = headOf(subject);
  try {
    if (subject.kind === 'pull_request') await evaluatePull(deps, subject, checkRunId, job);
    else await evaluateMergeGroup(deps, subject.group, checkRunId, job);
  } catch (err) {
    deps.log.error({ err }, `promptgate could not evaluate ${repo.owner}/${repo.repo}@${headSha.slice(0, 7)}`);
    const published = await job.publish(async () => {
      await publishCheckRun(deps.api, { ...repo, headSha, checkRunId }, 'failure', {
        title: 'promptgate could not evaluate this change',
        summary: `${fence(describeError(err))}\n\nRe-run the check, or comment \`/promptgate rerun\`, once this is fixed.`,
        annotations: [],
      });
    });
    if (!published && checkRunId) await cancelCheckRun(deps.api, { ...repo, headSha }, checkRunId);
  }
}

async function evaluatePull(deps: EvaluationDeps, subject: Extract<Subject, { kind: 'pull_request' }>, checkRunId: number | undefined, job: JobContext): Promise<void> {
  const { api, settings } = deps;
  const { pull } = subject;
  const repo = pull.repo;
  if (!job.isCurrent()) return dropped(deps, repo, pull.head.sha, checkRunId);
  const source = new GitHubApiChanges(api, repo, { pullNumber: pull.number, log: (line) => deps.log.info(line) });
  const range = await source.resolve(pull.base.sha, pull.head.sha);
  const trusted = await trustedConfig(source, range, DEFAULT_CONFIG_PATH);
  const label = trusted.config.gate.failOn === 'never' ? undefined : trusted.config.gate.overrideLabel;
  if (subject.label && subject.label.name !== label) return; // another label: nothing to do
  const root = await trustedRoot(source, range, trusted, repoDir(settings, repo));
  const login = await deps.botLogin();
  const target: StickyCommentTarget = { ...repo, issue: pull.number, id: STICKY_ID, isOwnAuthor: (a) => a.login === login && a.type === 'Bot' };
  const notes: string[] = [];
  const existing = await readPreviousComment(api, target, notes);
  const previous = existing ? decodeState(existing.body) : undefined;
  let inputs: RecordedInputs = { baseSha: '', headSha: pull.head.sha, configHash: '' };
  let report = await compare({
    source,
    root,
    base: pull.base.sha,
    head: pull.head.sha,
    requireCredentials: true,
    env: settings.env,
    reuse: (seen) => {
      inputs = seen;
      const recorded = subject.fresh ? undefined : recordedReport(previous, seen);
      if (recorded) deps.log.info(`reusing the result recorded for ${seen.headSha.slice(0, 7)}: no model calls`);
      return recorded;
    },
  });
  report = { ...report, notes: [...report.notes, ...notes] };

  let acceptance: SavedState['acceptance'];
  if (label) {
    const decision = await resolveOverride(api, {
      ...repo,
      issue: pull.number,
      label,
      labels: pull.labels,
      headSha: pull.head.sha,
      labeledBy: subject.label?.added ? subject.label.by : undefined,
      previous,
      command: subject.command,
    });
    ({ report, acceptance } = applyOverride(report, decision, label));
  }
  const published = await job.publish(async () => {
    await upsertStickyComment(api, target, stickyCommentBody({ id: STICKY_ID, report, inputs, acceptance }), existing ?? null);
    await publishCheckRun(api, { ...repo, headSha: pull.head.sha, checkRunId }, conclusionOf(report), checkRunOutput(report));
  });
  if (!published) return dropped(deps, repo, pull.head.sha, checkRunId);
  deps.log.info(`${repo.owner}/${repo.repo}#${pull.number} at ${pull.head.sha.slice(0, 7)}: ${describe(report)}`);
}

async function evaluateMergeGroup(deps: EvaluationDeps, group: MergeGroupRef, checkRunId: number | undefined, job: JobContext): Promise<void> {
  const { api, settings } = deps;
  const repo = group.repo;
  const source = new GitHubApiChanges(api, repo, { log: (line) => deps.log.info(line) });
  const range = await source.resolve(group.base.sha, group.head.sha);
  const root = await trustedRoot(source, range, await trustedConfig(source, range, DEFAULT_CONFIG_PATH), repoDir(settings, repo));
  let report = await compare({ source, root, base: group.base.sha, head: group.head.sha, requireCredentials: true, env: settings.env });
  report = await acceptedInQueue(api, repo, report, group.head.ref);
  const published = await job.publish(async () => {
    await publishCheckRun(api, { ...repo, headSha: group.head.sha, checkRunId }, conclusionOf(report), checkRunOutput(report));
  });
  if (!published) return dropped(deps, repo, group.head.sha, checkRunId);
  deps.log.info(`${repo.owner}/${repo.repo} merge group ${group.head.sha.slice(0, 7)}: ${describe(report)}`);
}

/** A newer push made this evaluation stale: its check run says so, and nothing else is written. */
async function dropped(deps: EvaluationDeps, repo: RepoRef, headSha: string, checkRunId: number | undefined): Promise<void> {
  deps.log.info(`${repo.owner}/${repo.repo}@${headSha.slice(0, 7)}: superseded by a newer push, not reported`);
  if (checkRunId) await cancelCheckRun(deps.api, { ...repo, headSha }, checkRunId);
}

/** Completes an in-progress check run as cancelled (a newer push superseded it). */
export async function cancelCheckRun(api: GitHubApi, target: RepoRef & { headSha: string }, checkRunId: number): Promise<void> {
  await api.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
    owner: target.owner,
    repo: target.repo,
    check_run_id: checkRunId,
    status: 'completed',
    conclusion: 'cancelled',
    completed_at: new Date().toISOString(),
    output: { title: 'Superseded by a newer push', summary: `promptgate reports on the pull request's newest head; ${target.headSha.slice(0, 7)} is no longer it.` },
  });
}

function repoDir(settings: AppSettings, repo: RepoRef): string {
  return join(settings.workDir, repo.owner.toLowerCase(), repo.repo.toLowerCase());
}

function describe(report: ComparisonReport): string {
  return `${report.verdict}${report.overridden ? ' (accepted)' : ''}: ${report.summary}`;
}

function fence(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  return `${'`'.repeat(longest + 1)}text\n${text}\n${'`'.repeat(longest + 1)}`;
}
