import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as core from '@actions/core';
import { mergeShards } from '../compare/merge.js';
import { readPartials } from '../compare/partial.js';
import { compare, type CompareOptions } from '../compare/run.js';
import { LocalGitChanges } from '../source/local-git.js';
import type { GitHubApi } from '../github/api.js';
import { conclusionOf, publishCheckRun } from '../github/check-run.js';
import { acceptedInQueue } from '../github/merge-group.js';
import { resolveOverride } from '../github/override.js';
import { MissingPermissionError } from '../github/permissions.js';
import { applyOverride, checkRunOutput, readPreviousComment, stickyCommentBody } from '../github/result.js';
import { decodeState, recordedReport, type SavedState } from '../github/state.js';
import { upsertStickyComment, type StickyCommentTarget } from '../github/sticky-comment.js';
import { renderMarkdown } from '../report/markdown.js';
import type { ComparisonReport } from '../report/types.js';
import { describeError } from '../util/errors.js';
import { readEvent } from './event.js';
import { readInputs } from './inputs.js';
import { createOctokit } from './octokit.js';
import { runShard } from './shard.js';

const SECRET_VARIABLES = ['GITHUB_TOKEN', 'OPENAI_API_KEY', 'ANTHROPIC_API_KEY', 'AZURE_OPENAI_API_KEY'];

/**
 * The Action: 1. read inputs and the event, 2. compare base and head (or reuse the result
 * recorded for exactly these commits and config), 3. apply the override label, 4. publish the
 * sticky comment, the check run, the job summary and outputs, 5. fail the step on the gate.
 */
export async function run(): Promise<void> {
  try {
    await runAction(process.env);
  } catch (err) {
    core.setFailed(describeError(err));
  }
}

async function runAction(processEnv: NodeJS.ProcessEnv): Promise<void> {
  // 1. Inputs, event, the environment the providers see.
  const inputs = readInputs();
  const env: NodeJS.ProcessEnv = { ...processEnv, GITHUB_TOKEN: processEnv.GITHUB_TOKEN || inputs.githubToken };
  if (inputs.modelsUrl) env.PROMPTGATE_MODELS_URL = inputs.modelsUrl;
  for (const name of SECRET_VARIABLES) if (env[name]) core.setSecret(env[name]!);
  core.setSecret(inputs.githubToken);
  const event = readEvent(env);
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const comparison: CompareOptions = {
    source: new LocalGitChanges(workspace, (line) => core.info(line)),
    root: workspace,
    base: 'base' in event && event.base ? event.base.sha : null,
    head: event.head.sha,
    configPath: inputs.config,
    gate: { failOn: inputs.failOn, overrideLabel: inputs.overrideLabel },
    requireCredentials: true,
    env,
    concurrency: inputs.maxConcurrency,
    onProgress: progressLogger(),
  };
  // A shard job only samples its part; the merge job publishes the one verdict.
  if (inputs.shard) return runShard(comparison, inputs.shard, env.RUNNER_TEMP ?? workspace);
  const api = createOctokit(inputs.githubToken, env, (line) => core.info(line));
  const target: StickyCommentTarget | undefined =
    event.kind === 'pull_request'
      ? {
          owner,
          repo,
          issue: event.number,
          id: `${env.GITHUB_WORKFLOW ?? 'promptgate'}/${env.GITHUB_JOB ?? 'promptgate'}`,
          isOwnAuthor: await ownAuthor(api),
        }
      : undefined;
  const notes: string[] = [];

  // 2. Compare (or merge the shards' samples), unless this head was already evaluated with this base and config.
  const existing = target ? await readPreviousComment(api, target, notes) : undefined;
  const previous = existing ? decodeState(existing.body) : undefined;
  let inputsSeen = { baseSha: '', headSha: event.head.sha, configHash: '' };
  let report: ComparisonReport;
  if (inputs.merge) {
    report = await mergeShards(comparison, await readPartials(join(workspace, inputs.merge), inputs.merge));
    inputsSeen = { baseSha: report.base.sha, headSha: report.head.sha, configHash: report.config.hash };
  } else {
    report = await compare({
      ...comparison,
      reuse: (seen) => {
        inputsSeen = seen;
        // The recorded report as it was (so an unchanged comment is not rewritten); the override
        // is decided afresh below.
        const recorded = recordedReport(previous, seen);
        if (recorded) core.info(`Reusing the result recorded for ${seen.headSha.slice(0, 7)} (same base, head and config): no model calls.`);
        return recorded;
      },
    });
  }
  report = { ...report, notes: [...report.notes, ...notes] };

  // 3. The override label (pull requests) or the acceptances behind a merge group.
  let acceptance: SavedState['acceptance'];
  if (event.kind === 'pull_request') {
    const label = report.gate.failOn === 'never' ? undefined : report.gate.overrideLabel;
    if (label) {
      const decision = await resolveOverride(api, {
        owner,
        repo,
        issue: event.number,
        label,
        labels: event.labels,
        headSha: event.head.sha,
        labeledBy: event.labeled?.label === label ? event.labeled.by : undefined,
        previous,
      });
      ({ report, acceptance } = applyOverride(report, decision, label));
    }
  } else if (event.kind === 'merge_group') {
    report = await acceptedInQueue(api, { owner, repo }, report, event.head.ref);
  }

  // 4. Publish: comment (pull requests), check run, job summary, outputs.
  const reportPath = join(env.RUNNER_TEMP ?? workspace, 'promptgate', 'report.json');
  await mkdir(join(reportPath, '..'), { recursive: true });
  await writeFile(reportPath, JSON.stringify(report, null, 2) + '\n');
  const degraded: string[] = [];
  let commentUrl = '';
  if (target && inputs.comment) {
    const body = stickyCommentBody({ id: target.id, report, inputs: inputsSeen, acceptance });
    try {
      commentUrl = (await upsertStickyComment(api, target, body, existing ?? null)).url;
    } catch (err) {
      if (!(err instanceof MissingPermissionError)) throw err;
      degraded.push(err.format());
    }
  }
  const conclusion = conclusionOf(report);
  const output = checkRunOutput(report);
  const annotations = output.annotations;
  let checkUrl = '';
  try {
    checkUrl = (await publishCheckRun(api, { owner, repo, headSha: event.head.sha, detailsUrl: runUrl(env) }, conclusion, output)).url;
  } catch (err) {
    if (!(err instanceof MissingPermissionError)) throw err;
    degraded.push(err.format());
  }
  if (degraded.length) {
    // No comment or check possible (a fork's read-only token): the job summary and workflow
    // annotations carry the result instead.
    for (const line of degraded) core.warning(line, { title: 'promptgate could not publish to the pull request' });
    for (const a of annotations) core.error(a.message, { title: a.title, file: a.path, startLine: a.start_line, endLine: a.end_line });
  }
  const summaryNote = degraded.length ? `\n\n> [!NOTE]\n> ${degraded.map((d) => d.replace(/\n/g, ' ')).join('\n> ')}\n` : '';
  await core.summary.addRaw(renderMarkdown(report, { maxChars: 500_000 }) + summaryNote).write();
  core.setOutput('verdict', report.verdict);
  core.setOutput('overridden', String(report.overridden));
  core.setOutput('report-path', reportPath);
  core.setOutput('comment-url', commentUrl);
  core.setOutput('check-url', checkUrl);

  // 5. The gate.
  if (report.blocking && !report.overridden) {
    const why = report.verdict === 'inconclusive' ? `inconclusive — a model provider failed, so this is an outage, not a regression. ${report.summary}` : `${report.verdict}: ${report.summary}`;
    core.setFailed(`promptgate: ${why}`);
  } else {
    core.info(`promptgate: ${report.verdict}${report.overridden ? ' (accepted by override)' : ''}: ${report.summary}`);
  }
}

/** Our own comments: the token's user, or github-actions[bot] for the workflow token (which cannot read /user). */
async function ownAuthor(api: GitHubApi): Promise<StickyCommentTarget['isOwnAuthor']> {
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

