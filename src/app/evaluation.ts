import { join } from 'node:path';
import { compare } from '../compare/compare.js';
import { DEFAULT_CONFIG_PATH } from '../config/load.js';
import { conclusionOf } from '../gate/conclusion.js';
import type { GitHubApi, RepoRef } from '../github/api.js';
import { publishCheckRun } from '../github/check-run.js';
import { publishedError } from '../github/errors.js';
import { judgeMergeGroup, judgePullRequest, publishPullRequest, type GivenAcceptance, type Identity } from '../github/pull-request.js';
import { checkRunOutput } from '../github/result.js';
import { codeBlock } from '../report/escape.js';
import type { ComparisonReport } from '../report/types.js';
import { GitHubApiChanges } from '../github/api-source.js';
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
      labelChanged?: string;
      /** The override label added or `/promptgate accept`, bound to the head shown when it was given. */
      given?: GivenAcceptance;
    }
  | { kind: 'merge_group'; group: MergeGroupRef };

export interface EvaluationDeps {
  api: GitHubApi;
  settings: AppSettings;
  identity: () => Promise<Identity>;
  log: Log;
}

export function repoOf(subject: Subject): RepoRef {
  return subject.kind === 'pull_request' ? subject.pull.repo : subject.group.repo;
}

export function headOf(subject: Subject): string {
  return subject.kind === 'pull_request' ? subject.pull.head.sha : subject.group.head.sha;
}

/**
 * One evaluation through the pull-request flow the Action uses too, from the trusted (base)
 * config; published unless a newer head arrived. An error is published without host paths.
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
        summary: `${codeBlock(publishedError(err, [deps.settings.workDir]))}\n\nRe-run the check, or comment \`/promptgate rerun\`, once this is fixed.`,
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
  if (subject.labelChanged !== undefined && subject.labelChanged !== label) return; // another label: nothing to do
  const root = await trustedRoot(source, range, trusted, repoDir(settings, repo));
  const result = await judgePullRequest({
    api,
    pull: { ...repo, number: pull.number, headSha: pull.head.sha, labels: pull.labels },
    identity: await deps.identity(),
    compare: (recorded) => compare({ source, root, base: pull.base.sha, head: pull.head.sha, requireCredentials: true, env: settings.env, recorded }),
    given: subject.given,
    fresh: subject.fresh,
  });
  if (result.reused) deps.log.info(`reusing the result recorded for ${pull.head.sha.slice(0, 7)}: no model calls`);
  let degraded: string[] = [];
  const published = await job.publish(async () => {
    const out = await publishPullRequest(api, result, { ...repo, headSha: pull.head.sha, checkRunId }, { comment: true });
    degraded = out.degraded.map((e) => e.format());
  });
  if (!published) return dropped(deps, repo, pull.head.sha, checkRunId);
  for (const line of degraded) deps.log.warn(`${repo.owner}/${repo.repo}#${pull.number}: ${line}`);
  deps.log.info(`${repo.owner}/${repo.repo}#${pull.number} at ${pull.head.sha.slice(0, 7)}: ${describe(result.report)}`);
}

async function evaluateMergeGroup(deps: EvaluationDeps, group: MergeGroupRef, checkRunId: number | undefined, job: JobContext): Promise<void> {
  const { api, settings } = deps;
  const repo = group.repo;
  const source = new GitHubApiChanges(api, repo, { log: (line) => deps.log.info(line) });
  const range = await source.resolve(group.base.sha, group.head.sha);
  const root = await trustedRoot(source, range, await trustedConfig(source, range, DEFAULT_CONFIG_PATH), repoDir(settings, repo));
  const { report: compared } = await compare({ source, root, base: group.base.sha, head: group.head.sha, requireCredentials: true, env: settings.env });
  const report = await judgeMergeGroup(api, repo, await deps.identity(), compared, group.head.ref);
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
