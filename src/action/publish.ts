import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as core from '@actions/core';
import type { Comparison } from '../compare/types.js';
import { conclusionOf, gateFailure } from '../gate/conclusion.js';
import type { GitHubApi } from '../github/api.js';
import { publishCheckRun } from '../github/check-run.js';
import { lastLabeling } from '../github/override.js';
import { boundHead, judgeMergeGroup, judgePullRequest, publishPullRequest, shownComment, type GivenAcceptance, type Identity, type PullRequestRef, type Published } from '../github/pull-request.js';
import { checkRunOutput } from '../github/result.js';
import { htmlReportLink } from '../report/html-link.js';
import { renderMarkdown } from '../report/markdown.js';
import { reportJson } from '../report/report-json.js';
import type { ComparisonReport } from '../report/types.js';
import type { ActionEvent } from './event.js';
import type { ActionInputs } from './inputs.js';
import { createOctokit } from './octokit.js';

/** What main.ts hands over once the comparison is under way. */
export interface Judging {
  inputs: ActionInputs;
  event: ActionEvent;
  env: NodeJS.ProcessEnv;
  owner: string;
  repo: string;
  workspace: string;
  comparing: Promise<Comparison>;
}

/**
 * Steps 2–4 of the Action: judge the pull request (or merge group, push) with the one flow the
 * App uses too, publish comment, check run, job summary and outputs, and fail the step on the gate.
 */
export async function judgeAndPublish({ inputs, event, env, owner, repo, workspace, comparing }: Judging): Promise<void> {
  const api = createOctokit(inputs.githubToken, env, (line) => core.info(line));
  // No key: a workflow has no secret that outlives the run, so the comment's state never grants anything.
  const identity: Identity = { id: `${env.GITHUB_WORKFLOW ?? 'promptgate'}/${env.GITHUB_JOB ?? 'promptgate'}`, isOwnAuthor: await ownAuthor(api) };
  const check = { owner, repo, headSha: event.head.sha, detailsUrl: runUrl(env) };

  // 2–3. Judge and publish.
  let report: ComparisonReport;
  let published: Published;
  if (event.kind === 'pull_request') {
    const pull = { owner, repo, number: event.number, headSha: event.head.sha, labels: event.labels };
    const given = event.labeled ? await labelAcceptance(api, pull, identity, event.labeled) : undefined;
    const result = await judgePullRequest({ api, pull, identity, compare: () => comparing, given });
    report = result.report;
    published = await publishPullRequest(api, result, check, { comment: inputs.comment });
  } else {
    report = (await comparing).report;
    if (event.kind === 'merge_group') report = await judgeMergeGroup(api, { owner, repo }, identity, report, event.head.ref);
    published = await publishCheck(api, report, check);
  }
  await reportToWorkflow(report, published, env, workspace);

  // 4. The gate.
  const failure = gateFailure(report);
  if (failure) core.setFailed(`promptgate: ${failure}`);
  else core.info(`promptgate: ${report.verdict}${report.overridden ? ' (accepted by override)' : ''}: ${report.summary}`);
}

/**
 * The override label this `labeled` event added, bound to the head whose result the labeler was
 * shown: the comment as it stood when the label was added (GitHub's issue event time).
 */
async function labelAcceptance(api: GitHubApi, pull: PullRequestRef, identity: Identity, labeled: { label: string; by: string }): Promise<GivenAcceptance> {
  const shown = await shownComment(api, pull, identity);
  const labeling = await lastLabeling(api, { ...pull, issue: pull.number, label: labeled.label });
  const at = labeling?.by === labeled.by ? labeling.at : undefined;
  return { via: 'label', label: labeled.label, by: labeled.by, headSha: boundHead(pull.headSha, shown, at) };
}

async function publishCheck(api: GitHubApi, report: ComparisonReport, check: Parameters<typeof publishCheckRun>[1]): Promise<Published> {
  const url = (await publishCheckRun(api, check, conclusionOf(report), checkRunOutput(report))).url;
  return { commentUrl: '', checkUrl: url, degraded: [] };
}

/** report.json and the HTML report, the job summary (with workflow annotations when nothing could be published) and the step's outputs. */
async function reportToWorkflow(report: ComparisonReport, published: Published, env: NodeJS.ProcessEnv, workspace: string): Promise<void> {
  const reportPath = join(env.RUNNER_TEMP ?? workspace, 'promptgate', 'report.json');
  await mkdir(join(reportPath, '..'), { recursive: true });
  // In pieces: a merged report of tens of thousands of tests is tens of MB as one string.
  await writeFile(reportPath, reportJson(report));
  const htmlPath = reportPath.replace(/\.json$/, '.html');
  const { renderHtml } = await import('../report/html.js');
  await writeFile(htmlPath, renderHtml(report));
  const degraded = published.degraded.map((e) => e.format());
  if (degraded.length) {
    // No comment or check possible (a fork's read-only token): the job summary and workflow
    // annotations carry the result instead.
    for (const line of degraded) core.warning(line, { title: 'promptgate could not publish to the pull request' });
    for (const a of checkRunOutput(report).annotations) core.error(a.message, { title: a.title, file: a.path, startLine: a.start_line, endLine: a.end_line });
  }
  const summaryNote = degraded.length ? `\n\n> [!NOTE]\n> ${degraded.map((d) => d.replace(/\n/g, ' ')).join('\n> ')}\n` : '';
  await core.summary.addRaw(renderMarkdown(report, { maxChars: 500_000 }) + htmlReportLink(runUrl(env)) + summaryNote).write();
  core.setOutput('verdict', report.verdict);
  core.setOutput('overridden', String(report.overridden));
  core.setOutput('report-path', reportPath);
  core.setOutput('html-path', htmlPath);
  core.setOutput('comment-url', published.commentUrl);
  core.setOutput('check-url', published.checkUrl);
}

/** Our own comments: the token's user, or github-actions[bot] for the workflow token (which cannot read /user). */
async function ownAuthor(api: GitHubApi): Promise<Identity['isOwnAuthor']> {
  try {
    const { data } = await api.request('GET /user');
    const login = String(data.login);
    return (a) => a.login === login;
  } catch {
    return (a) => a.login === 'github-actions[bot]' && a.type === 'Bot';
  }
}

function runUrl(env: NodeJS.ProcessEnv): string | undefined {
  return env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
}

