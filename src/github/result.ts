import { withoutHostPaths } from '../report/host-paths.js';
import { GITHUB_COMMENT_LIMIT, renderMarkdown } from '../report/markdown.js';
import type { ComparisonReport } from '../report/types.js';
import { describeError } from '../util/errors.js';
import type { GitHubApi } from './api.js';
import { annotationsFor, CHECK_NAME, type CheckRunOutput } from './check-run.js';
import { encodeState, type Acceptance, type RecordedInputs, type StateKey } from './state.js';
import { findStickyComment, stickyMarker, type StickyComment, type StickyCommentTarget } from './sticky-comment.js';

/**
 * How a result is shown on a pull request, shared by the Action and the App: the override folded
 * into the report, the sticky comment's body with its state block, and the check run's output.
 */

/** GitHub's limit on a check summary (bytes: allow 3 per UTF-16 unit). */
const CHECK_SUMMARY_CHARS = 21_845;
/** Room the hidden state block may take in the comment. */
const STATE_BUDGET = 24_000;

/** The existing comment, or undefined with a note in `notes` when it cannot be read (the result is then computed afresh). */
export async function readPreviousComment(api: GitHubApi, target: StickyCommentTarget, notes: string[]): Promise<StickyComment | undefined> {
  try {
    return await findStickyComment(api, target);
  } catch (err) {
    notes.push(`the existing promptgate comment could not be read (${describeError(err)}); the result was computed afresh`);
    return undefined;
  }
}

export interface StickyCommentContent {
  /** The comment's id (see `stickyMarker`). */
  id: string;
  report: ComparisonReport;
  /** What the report was computed from, recorded so that the next event can reuse it. */
  inputs: RecordedInputs;
  acceptance?: Acceptance;
  /** Signs the state block (the App); without it the state is written unauthenticated (the Action). */
  key?: StateKey;
}

/** The sticky comment: marker, the Markdown report (cut to fit), and the hidden state block as its last line. */
export function stickyCommentBody(c: StickyCommentContent): string {
  const { baseSha, headSha, configHash } = c.inputs;
  const state = encodeState({ v: 1, baseSha, headSha, configHash, report: c.report, acceptance: c.acceptance }, STATE_BUDGET, c.key) ?? '';
  const marker = stickyMarker(c.id);
  const markdown = renderMarkdown(c.report, { maxChars: GITHUB_COMMENT_LIMIT - state.length - marker.length - 4 });
  return `${marker}\n${markdown}\n${state}`;
}

/** The check run's title, summary (within GitHub's size limit) and annotations. */
export function checkRunOutput(report: ComparisonReport, suffix = ''): CheckRunOutput {
  return {
    title: withoutHostPaths(`${report.verdict}${report.overridden ? ' (accepted)' : ''}${suffix}: ${report.summary}`).slice(0, 255),
    summary: renderMarkdown(report, { maxChars: CHECK_SUMMARY_CHARS, title: `${CHECK_NAME}${suffix}` }),
    annotations: annotationsFor(report),
  };
}
