import type { GitHubApi, RepoRef } from './api.js';
import { explainForbidden, NEEDED_PERMISSION } from './permissions.js';

/** What the override rule (gate/override.ts) needs from GitHub: who added a label, and a user's role. */

/** Who added the label most recently, from the PR's issue events (every page). */
export async function lastLabeler(api: GitHubApi, q: RepoRef & { issue: number; label: string }): Promise<string | undefined> {
  return (await lastLabeling(api, q))?.by;
}

/** The most recent `labeled` event of the label: who added it and when (GitHub's clock). */
export async function lastLabeling(api: GitHubApi, q: RepoRef & { issue: number; label: string }): Promise<{ by: string; at: string } | undefined> {
  let events: { event: string; actor?: { login: string } | null; label?: { name: string }; created_at?: string }[];
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
  const last = events.filter((e) => e.event === 'labeled' && e.label?.name === q.label).at(-1);
  return last?.actor ? { by: last.actor.login, at: last.created_at ?? '' } : undefined;
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
    const roleName = data.role_name;
    if (['admin', 'maintain', 'write', 'triage', 'read', 'none'].includes(roleName)) return roleName;
    return data.permission === 'admin' || data.permission === 'write' ? 'write' : data.permission;
  } catch (err) {
    if ((err as { status?: number }).status === 404) return 'none';
    throw explainForbidden(err, `check the role of @${login}`, NEEDED_PERMISSION.permissionLookup);
  }
}
