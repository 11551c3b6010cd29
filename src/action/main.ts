import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as core from '@actions/core';
import { compare } from '../compare/run.js';
import { LocalGitChanges } from '../source/local-git.js';
import type { GitHubApi } from '../github/api.js';
import { annotationsFor, CHECK_NAME, conclusionOf, publishCheckRun } from '../github/check-run.js';
import { resolveOverride, type OverrideDecision } from '../github/override.js';
import { MissingPermissionError } from '../github/permissions.js';
import { decodeState, encodeState, type Acceptance, type SavedState } from '../github/state.js';
import { findStickyComment, STICKY_PREFIX, stickyMarker, upsertStickyComment, type StickyComment, type StickyCommentTarget } from '../github/sticky-comment.js';
import { renderMarkdown } from '../report/markdown.js';
import type { ComparisonReport } from '../report/types.js';
import { describeError } from '../util/errors.js';
import { mergeGroupPulls, readEvent, type ActionEvent } from './event.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { createOctokit } from './octokit.js';

/** GitHub's limits: a comment body, and a check summary (bytes: allow 3 per UTF-16 unit). */
const COMMENT_LIMIT = 65_536;
const CHECK_SUMMARY_CHARS = 21_845;
/** Room the hidden state block may take in the comment. */
const STATE_BUDGET = 24_000;
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
  const api = createOctokit(inputs.githubToken, env, (line) => core.info(line));
  const shardSuffix = inputs.shard ? ` (shard ${inputs.shard.index}/${inputs.shard.total})` : '';
  const target: StickyCommentTarget | undefined =
    event.kind === 'pull_request'
      ? {
          owner,
          repo,
          issue: event.number,
          id: `${env.GITHUB_WORKFLOW ?? 'promptgate'}/${env.GITHUB_JOB ?? 'promptgate'}${inputs.shard ? `#${inputs.shard.index}/${inputs.shard.total}` : ''}`,
          isOwnAuthor: await ownAuthor(api),
        }
      : undefined;
  const notes: string[] = [];

  // 2. Compare, unless this head was already evaluated with this base and config.
  const existing = target ? await readComment(api, target, notes) : undefined;
  const previous = existing ? decodeState(existing.body) : undefined;
  let inputsSeen = { baseSha: '', headSha: event.head.sha, configHash: '' };
  let report = await compare({
    source: new LocalGitChanges(workspace, (line) => core.info(line)),
    root: workspace,
    base: 'base' in event && event.base ? event.base.sha : null,
    head: event.head.sha,
    configPath: inputs.config,
    gate: { failOn: inputs.failOn, overrideLabel: inputs.overrideLabel },
    shard: inputs.shard,
    requireCredentials: true,
    env,
    concurrency: inputs.maxConcurrency,
    onProgress: progressLogger(),
    reuse: (seen) => {
      inputsSeen = seen;
      if (previous && previous.baseSha === seen.baseSha && previous.headSha === seen.headSha && previous.configHash === seen.configHash) {
        core.info(`Reusing the result recorded for ${seen.headSha.slice(0, 7)} (same base, head and config): no model calls.`);
        // The recorded report as it was (so an unchanged comment is not rewritten); the
        // override is decided afresh below.
        return { ...previous.report, overridden: false, override: null };
      }
      return undefined;
    },
  });
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
    report = await acceptedInQueue(api, { owner, repo }, report, event, inputs);
  }

  // 4. Publish: comment (pull requests), check run, job summary, outputs.
  const reportPath = join(env.RUNNER_TEMP ?? workspace, 'promptgate', `report${inputs.shard ? `-${inputs.shard.index}` : ''}.json`);
  await mkdir(join(reportPath, '..'), { recursive: true });
  await writeFile(reportPath, JSON.stringify(report, null, 2) + '\n');
  const degraded: string[] = [];
  let commentUrl = '';
  if (target && inputs.comment) {
    const state = encodeState({ v: 1, baseSha: inputsSeen.baseSha, headSha: inputsSeen.headSha, configHash: inputsSeen.configHash, report, acceptance }, STATE_BUDGET) ?? '';
    const markdown = renderMarkdown(report, { maxChars: COMMENT_LIMIT - state.length - stickyMarker(target.id).length - 4 });
    const body = `${stickyMarker(target.id)}\n${markdown}\n${state}`;
    try {
      commentUrl = (await upsertStickyComment(api, target, body, existing ?? null)).url;
    } catch (err) {
      if (!(err instanceof MissingPermissionError)) throw err;
      degraded.push(err.format());
    }
  }
  const conclusion = conclusionOf(report);
  const annotations = annotationsFor(report);
  let checkUrl = '';
  try {
    checkUrl = (
      await publishCheckRun(api, { owner, repo, headSha: event.head.sha, detailsUrl: runUrl(env) }, conclusion, {
        title: `${report.verdict}${report.overridden ? ' (accepted)' : ''}${shardSuffix}: ${report.summary}`.slice(0, 255),
        summary: renderMarkdown(report, { maxChars: CHECK_SUMMARY_CHARS, title: `${CHECK_NAME}${shardSuffix}` }),
        annotations,
      })
    ).url;
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

async function readComment(api: GitHubApi, target: StickyCommentTarget, notes: string[]): Promise<StickyComment | undefined> {
  try {
    return await findStickyComment(api, target);
  } catch (err) {
    notes.push(`the existing promptgate comment could not be read (${describeError(err)}); the result was computed afresh`);
    return undefined;
  }
}

/** Folds the override decision into the report (only a blocking regression or failed gate can be accepted). */
function applyOverride(report: ComparisonReport, decision: OverrideDecision, label: string): { report: ComparisonReport; acceptance?: SavedState['acceptance'] } {
  switch (decision.status) {
    case 'none':
      return { report };
    case 'refused':
      return { report: { ...report, override: { status: 'refused', label, by: decision.by, role: decision.role, headSha: null, at: null } } };
    case 'stale':
      return { report: { ...report, override: { status: 'stale', label, ...decision.acceptance } } };
    case 'accepted': {
      const acceptable = report.blocking && (report.verdict === 'regression' || report.verdict === 'fail');
      const override = { status: 'accepted' as const, label, ...decision.acceptance };
      return { report: { ...report, overridden: acceptable, override }, acceptance: decision.acceptance };
    }
  }
}

/**
 * A merge group carries no labels: its result is accepted when every PR behind it has an
 * acceptance recorded for its current head (promptgate's state block on that PR).
 */
async function acceptedInQueue(
  api: GitHubApi,
  repo: { owner: string; repo: string },
  report: ComparisonReport,
  event: Extract<ActionEvent, { kind: 'merge_group' }>,
  inputs: ActionInputs,
): Promise<ComparisonReport> {
  if (!report.blocking) return report;
  const label = report.gate.overrideLabel;
  const pulls = mergeGroupPulls(event.head.ref);
  if (pulls.length === 0) return { ...report, notes: [...report.notes, `no pull request found behind merge group ${event.head.ref}`] };
  const acceptances: Acceptance[] = [];
  for (const number of pulls) {
    const { data: pr } = await api.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { ...repo, pull_number: number });
    const comments: { body?: string | null; user?: { login: string; type?: string } | null }[] = await api.paginate(
      'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
      { ...repo, issue_number: number, per_page: 100 },
    );
    const labelled = (pr.labels as { name: string }[]).some((l) => l.name === label);
    const acceptance = comments
      .filter((c) => c.body?.includes(STICKY_PREFIX) && c.user?.type === 'Bot')
      .map((c) => decodeState(c.body ?? '')?.acceptance)
      .find((a) => a?.headSha === pr.head.sha);
    if (!labelled || !acceptance) {
      return { ...report, notes: [...report.notes, `#${number} has no acceptance for its current head, so the merge group is gated`] };
    }
    acceptances.push(acceptance);
  }
  const first = acceptances[0]!;
  return {
    ...report,
    overridden: report.verdict === 'regression' || report.verdict === 'fail',
    notes: [...report.notes, `accepted in the pull requests behind this merge group: ${pulls.map((n, i) => `#${n} by @${acceptances[i]!.by}`).join(', ')}`],
    override: { status: 'accepted', label, by: first.by, role: first.role, headSha: first.headSha, at: first.at },
  };
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

