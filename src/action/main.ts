import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { mergeShards } from '../compare/merge.js';
import { readPartials } from '../compare/partial.js';
import { compare } from '../compare/compare.js';
import type { CompareOptions, Comparison, RecordedComparison } from '../compare/types.js';
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
import { LocalGitChanges } from '../source/local-git.js';
import { describeError } from '../util/errors.js';
import { readEvent, type ActionEvent } from './event.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { runShard } from './shard.js';

const SECRET_VARIABLES = ['GITHUB_TOKEN', 'OPENAI_API_KEY', 'ANTHROPIC_API_KEY', 'AZURE_OPENAI_API_KEY'];

/**
 * The Action: 1. read inputs and the event, 2. judge the pull request (or merge group, push) with
 * the one flow the App uses too, 3. publish comment, check run, job summary and outputs, 4. fail
 * the step on the gate.
 */
export async function run(started?: LocalGitChanges): Promise<void> {
  try {
    await runAction(process.env, started);
  } catch (err) {
    core.setFailed(describeError(err));
  }
}

/** `started`: the checkout's source, its git work already under way (git-first.ts). */
async function runAction(processEnv: NodeJS.ProcessEnv, started: LocalGitChanges | undefined): Promise<void> {
  // 1. Inputs, event, the environment the providers see.
  const inputs = readInputs();
  const env: NodeJS.ProcessEnv = { ...processEnv, GITHUB_TOKEN: processEnv.GITHUB_TOKEN || inputs.githubToken };
  if (inputs.modelsUrl) env.PROMPTGATE_MODELS_URL = inputs.modelsUrl;
  for (const name of SECRET_VARIABLES) if (env[name]) core.setSecret(env[name]!);
  core.setSecret(inputs.githubToken);
  const event = readEvent(env);
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const answering = signal();
  const source = started ?? new LocalGitChanges(workspace, (line) => core.info(line));
  const comparison = comparisonOptions(inputs, event, env, { source, workspace }, answering.resolve);
  // A shard job only samples its part; the merge job publishes the one verdict.
  if (inputs.shard) return runShard(comparison, inputs.shard, env.RUNNER_TEMP ?? workspace);
  // A workflow has no key for the comment's state, so no recorded result is trusted and the
  // comparison needs nothing from GitHub: it starts first. The GitHub client (octokit and the
  // undici under it, the largest code the Action loads) loads while the models answer, so
  // compiling it does not hold up the first request.
  const comparing = compareOrMerge(comparison, inputs.merge, workspace);
  // Awaited below; marked handled so a failure on the GitHub side first cannot crash the process.
  comparing.catch(() => undefined);
  await Promise.race([answering.done, comparing.then(() => undefined, () => undefined)]);
  const { createOctokit } = await import('./octokit.js');
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

/** The comparison the event asks for, judged on this checkout; `answering` is told when the first sample is back. */
function comparisonOptions(
  inputs: ActionInputs,
  event: ActionEvent,
  env: NodeJS.ProcessEnv,
  { source, workspace }: { source: LocalGitChanges; workspace: string },
  answering: () => void,
): CompareOptions {
  const log = progressLogger();
  return {
    source,
    root: workspace,
    // The cache lives outside the checkout: a committed `.promptgate/cache` is the head's, not answers.
    cacheRoot: env.RUNNER_TEMP || tmpdir(),
    // The checkout is the PR's head: custom assertion modules come from the base commit instead.
    moduleDir: join(env.RUNNER_TEMP ?? tmpdir(), 'promptgate', 'modules'),
    base: 'base' in event && event.base ? event.base.sha : null,
    head: event.head.sha,
    configPath: inputs.config,
    gate: { failOn: inputs.failOn, overrideLabel: inputs.overrideLabel },
    requireCredentials: true,
    env,
    concurrency: inputs.maxConcurrency,
    onProgress: (p) => {
      if (p.done > 0) answering();
      log(p);
    },
  };
}

/** The comparison, or in merge mode the shards' samples merged into one (the same flow publishes it). */
async function compareOrMerge(comparison: CompareOptions, merge: string | undefined, workspace: string): Promise<Comparison> {
  if (!merge) return compare(comparison);
  const report = await mergeShards(comparison, await readPartials(join(workspace, merge), merge));
  return { report, inputs: { baseSha: report.base.sha, headSha: report.head.sha, mergeBaseSha: report.mergeBase, configHash: report.config.hash }, reused: false };
}

/** A promise and the function that settles it. */
function signal(): { done: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const done = new Promise<void>((r) => (resolve = r));
  return { done, resolve };
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

/** Progress in the log: a line per quarter of the samples. */
function progressLogger(): (p: { done: number; total: number }) => void {
  let last = -1;
  return (p) => {
    const quarter = p.total ? Math.floor((p.done / p.total) * 4) : 0;
    if (quarter !== last) {
      last = quarter;
      core.info(`promptgate: ${p.done}/${p.total} samples`);
    }
  };
}
