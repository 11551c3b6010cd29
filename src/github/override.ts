import type { GitHubApi, RepoRef } from './api.js';
import { explainForbidden, NEEDED_PERMISSION } from './permissions.js';
import type { Acceptance, SavedState } from './state.js';

/** Roles that may accept a regression. Triage can add labels, and is not enough. */
const ACCEPTING_ROLES = new Set(['admin', 'maintain', 'write']);

export type OverrideDecision =
  | { status: 'none' }
  | { status: 'accepted'; acceptance: Acceptance }
  /** The label was added by someone without the role: ignored, with a visible note. */
  | { status: 'refused'; by: string; role: string }
  /** Accepted for an earlier head: commits were pushed since, so the gate applies again. */
  | { status: 'stale'; acceptance: Acceptance };

export interface OverrideQuery extends RepoRef {
  issue: number;
  label: string;
  /** The PR's labels now. */
  labels: string[];
  headSha: string;
  /** Who added the label, when this run was triggered by that `labeled` event. */
  labeledBy?: string;
  /** What promptgate recorded last time (its comment's state block). */
  previous?: SavedState;
  /** An acceptance just given with the App's `/promptgate accept <reason>`, its author's role already verified. */
  command?: Acceptance;
}

/**
 * Decides whether the override label accepts the current head. A fresh `labeled` event is
 * checked against the labeler's role and bound to this head; otherwise the acceptance recorded
 * in the state block holds only for the head it was given for.
 */
export async function resolveOverride(api: GitHubApi, q: OverrideQuery): Promise<OverrideDecision> {
  if (q.command) return { status: 'accepted', acceptance: { ...q.command, headSha: q.headSha, via: 'command' } };
  const recorded = q.previous?.acceptance;
  // A command's acceptance needs no label; like the label's, it holds for its head only.
  if (recorded?.via === 'command' && !q.labeledBy) {
    return recorded.headSha === q.headSha ? { status: 'accepted', acceptance: recorded } : { status: 'stale', acceptance: recorded };
  }
  if (!q.labels.includes(q.label)) return { status: 'none' };
  if (!q.labeledBy && recorded) {
    return recorded.headSha === q.headSha ? { status: 'accepted', acceptance: recorded } : { status: 'stale', acceptance: recorded };
  }
  const by = q.labeledBy ?? (await lastLabeler(api, q));
  if (!by) return { status: 'none' };
  const role = await roleOf(api, q, by);
  if (!ACCEPTING_ROLES.has(role)) return { status: 'refused', by, role };
  const acceptance: Acceptance = { by, role, headSha: q.headSha, at: new Date().toISOString() };
  // Found only in the timeline (no labeled event now, nothing recorded): it may predate the
  // latest push, so it cannot be bound to this head.
  return q.labeledBy ? { status: 'accepted', acceptance } : { status: 'stale', acceptance };
}

/** Who added the label most recently, from the PR's issue events (every page). */
async function lastLabeler(api: GitHubApi, q: OverrideQuery): Promise<string | undefined> {
  let events: { event: string; actor?: { login: string } | null; label?: { name: string } }[];
  try {
    events = await api.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/events', {
      owner: q.owner,
      repo: q.repo,
      issue_number: q.issue,
      per_page: 100,
    });
  } catch (err) {
    throw explainForbidden(err, 'read who added the override label', NEEDED_PERMISSION.labels);
  }
  const labeled = events.filter((e) => e.event === 'labeled' && e.label?.name === q.label);
  return labeled.at(-1)?.actor?.login;
}

/**
 * The user's role on the repository. `role_name` distinguishes maintain and triage, which the
 * legacy `permission` field folds into write and read; a custom role falls back to its base.
 */
export async function roleOf(api: GitHubApi, repo: RepoRef, login: string): Promise<string> {
  try {
    const { data } = await api.request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', {
      owner: repo.owner,
      repo: repo.repo,
      username: login,
    });
    const roleName = String(data.role_name ?? '');
    if (ACCEPTING_ROLES.has(roleName) || ['triage', 'read', 'none'].includes(roleName)) return roleName;
    return data.permission === 'admin' || data.permission === 'write' ? 'write' : String(data.permission ?? 'none');
  } catch (err) {
    if ((err as { status?: number }).status === 404) return 'none';
    throw explainForbidden(err, `check the role of @${login}`, NEEDED_PERMISSION.permissionLookup);
  }
}

/** Whether a role may accept regressions (also used by the App's `/promptgate accept`). */
export function canAccept(role: string): boolean {
  return ACCEPTING_ROLES.has(role);
}
