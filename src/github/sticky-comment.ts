import type { GitHubApi, RepoRef } from './api.js';
import { explainForbidden, NEEDED_PERMISSION } from './permissions.js';

export interface CommentAuthor {
  login: string;
  type?: string;
}

export interface StickyCommentTarget extends RepoRef {
  issue: number;
  /** Distinguishes promptgate comments of different workflows/jobs on one PR. */
  id: string;
  /** The comment must be ours: a marker alone is never trusted, anyone can paste it. */
  isOwnAuthor: (author: CommentAuthor) => boolean;
}

export interface StickyComment {
  id: number;
  url: string;
  body: string;
  /** When it was last written (GitHub's clock): what a reader saw before then is not this body. */
  updatedAt?: string;
}

export interface UpsertResult extends StickyComment {
  action: 'created' | 'updated' | 'unchanged';
}

export const STICKY_PREFIX = '<!-- promptgate:sticky ';

/** The hidden line that marks a promptgate comment for one workflow and job. */
export function stickyMarker(id: string): string {
  return `${STICKY_PREFIX}${JSON.stringify(id)} -->`;
}

/** Finds our comment: marker and own author, across every page of the PR's comments. */
export async function findStickyComment(api: GitHubApi, target: StickyCommentTarget): Promise<StickyComment | undefined> {
  const marker = stickyMarker(target.id);
  const comments: { id: number; html_url: string; body?: string | null; user?: CommentAuthor | null; updated_at?: string }[] = await api.paginate(
    'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
    { owner: target.owner, repo: target.repo, issue_number: target.issue, per_page: 100 },
  );
  const mine = comments.find((c) => c.body?.includes(marker) && c.user && target.isOwnAuthor(c.user));
  return mine ? { id: Number(mine.id), url: mine.html_url, body: mine.body ?? '', updatedAt: mine.updated_at } : undefined;
}

/**
 * Creates the comment, or updates it in place; a body identical to the current one is not
 * rewritten (no notification, no edit history noise).
 */
export async function upsertStickyComment(api: GitHubApi, target: StickyCommentTarget, body: string, existing?: StickyComment | null): Promise<UpsertResult> {
  const marked = body.includes(stickyMarker(target.id)) ? body : `${stickyMarker(target.id)}\n${body}`;
  const current = existing === undefined ? await findStickyComment(api, target) : existing ?? undefined;
  try {
    if (current && current.body === marked) return { ...current, action: 'unchanged' };
    if (current) {
      const { data } = await api.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
        owner: target.owner,
        repo: target.repo,
        comment_id: current.id,
        body: marked,
      });
      return { id: Number(data.id), url: data.html_url, body: marked, action: 'updated' };
    }
    const { data } = await api.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      owner: target.owner,
      repo: target.repo,
      issue_number: target.issue,
      body: marked,
    });
    return { id: Number(data.id), url: data.html_url, body: marked, action: 'created' };
  } catch (err) {
    throw explainForbidden(err, 'post the PR comment', NEEDED_PERMISSION.comment);
  }
}
