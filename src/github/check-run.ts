import { structuredPatch } from 'diff';
import type { Conclusion } from '../gate/conclusion.js';
import { promptLabels } from '../report/format.js';
import { withoutHostPaths } from '../report/host-paths.js';
import { oneLine } from '../report/text.js';
import type { ComparisonReport } from '../report/types.js';
import type { GitHubApi, RepoRef } from './api.js';
import { explainForbidden, NEEDED_PERMISSION } from './permissions.js';

export const CHECK_NAME = 'promptgate';
/** GitHub accepts at most 50 annotations per create/update request. */
const ANNOTATIONS_PER_REQUEST = 50;
/** GitHub's limit for an annotation's title. */
const MAX_TITLE_CHARS = 255;

export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  title: string;
  message: string;
}

export interface CheckRunOutput {
  title: string;
  /** Markdown; GitHub's limit is 65,535 bytes. */
  summary: string;
  annotations: Annotation[];
}

/**
 * Annotations for the Files tab: each regressed test on the prompt lines the PR changed, and
 * each file problem at its file:line.
 */
export function annotationsFor(report: ComparisonReport): Annotation[] {
  const out: Annotation[] = [];
  for (const p of report.errors.filter((e) => e.side === 'head' && e.file)) {
    out.push({
      path: p.file!,
      start_line: p.line ?? 1,
      end_line: p.line ?? 1,
      annotation_level: 'failure',
      title: 'promptgate could not read this file',
      message: withoutHostPaths(p.hint ? `${p.message}\n${p.hint}` : p.message),
    });
  }
  const labels = promptLabels(report.prompts);
  const changedLines = new Map(report.changedPrompts.map((c) => [c.id, { path: c.path, ...firstChangedLines(c.baseText, c.headText) }]));
  for (const t of report.tests.filter((x) => x.change === 'regressed')) {
    const where = changedLines.get(t.promptId);
    if (!where) continue;
    out.push({
      path: where.path,
      start_line: where.start,
      end_line: where.end,
      annotation_level: 'failure',
      title: oneLine(`Regressed: ${labels.get(t.promptId) ?? t.promptId} › ${t.description ?? t.testId}`, MAX_TITLE_CHARS),
      message: [
        `base ${t.base?.outcome} ${t.base?.passes}/${t.base?.samples} → head ${t.head?.outcome} ${t.head?.passes}/${t.head?.samples}`,
        t.attack ? `sent (built-in probe ${t.category ?? ''}): ${t.attack.slice(0, 400)}` : '',
        t.head?.reason ? `why: ${withoutHostPaths(t.head.reason)}` : '',
        t.head?.output ? `head output: ${t.head.output.slice(0, 400)}` : '',
      ]
        .filter(Boolean)
        .join('\n'),
    });
  }
  return out;
}

/** The first run of changed lines at head (for a deleted prompt, line 1). */
function firstChangedLines(baseText: string | null, headText: string | null): { start: number; end: number } {
  if (headText === null) return { start: 1, end: 1 };
  const hunk = structuredPatch('base', 'head', baseText ?? '', headText, '', '', { context: 0 }).hunks[0];
  if (!hunk) return { start: 1, end: 1 };
  const start = Math.max(1, hunk.newStart);
  return { start, end: Math.max(start, hunk.newStart + Math.max(hunk.newLines, 1) - 1) };
}

export interface CheckRunTarget extends RepoRef {
  headSha: string;
  /** An existing check run to complete (the App starts one as `in_progress`). */
  checkRunId?: number;
  detailsUrl?: string;
}

/**
 * Creates (or completes) the `promptgate` check run with the verdict and summary, then adds
 * annotations in batches of 50 as GitHub requires.
 */
export async function publishCheckRun(api: GitHubApi, target: CheckRunTarget, conclusion: Conclusion, output: CheckRunOutput): Promise<{ id: number; url: string }> {
  const batches: Annotation[][] = [];
  for (let i = 0; i < output.annotations.length; i += ANNOTATIONS_PER_REQUEST) batches.push(output.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  const base = { owner: target.owner, repo: target.repo };
  const body = {
    status: 'completed' as const,
    conclusion,
    completed_at: new Date().toISOString(),
    ...(target.detailsUrl ? { details_url: target.detailsUrl } : {}),
    output: { title: output.title, summary: output.summary, annotations: batches[0] ?? [] },
  };
  try {
    const { data } = target.checkRunId
      ? await api.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', { ...base, check_run_id: target.checkRunId, ...body })
      : await api.request('POST /repos/{owner}/{repo}/check-runs', { ...base, name: CHECK_NAME, head_sha: target.headSha, ...body });
    for (const batch of batches.slice(1)) {
      await api.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
        ...base,
        check_run_id: data.id,
        output: { title: output.title, summary: output.summary, annotations: batch },
      });
    }
    return { id: Number(data.id), url: data.html_url ?? '' };
  } catch (err) {
    throw explainForbidden(err, 'create the check run', NEEDED_PERMISSION.checkRun);
  }
}

/** Starts the check run as `in_progress` (the App does this within a second of a push). */
export async function startCheckRun(api: GitHubApi, target: CheckRunTarget, title: string): Promise<number> {
  try {
    const { data } = await api.request('POST /repos/{owner}/{repo}/check-runs', {
      owner: target.owner,
      repo: target.repo,
      name: CHECK_NAME,
      head_sha: target.headSha,
      status: 'in_progress',
      started_at: new Date().toISOString(),
      output: { title, summary: 'Evaluating the prompts this change touches on base and head.' },
    });
    return Number(data.id);
  } catch (err) {
    throw explainForbidden(err, 'create the check run', NEEDED_PERMISSION.checkRun);
  }
}
