import type { ComparisonReport } from '../report/types.js';
import type { GitHubApi, RepoRef } from './api.js';
import { decodeState, type Acceptance } from './state.js';
import { STICKY_PREFIX } from './sticky-comment.js';

/** The PR numbers behind a merge queue branch (`gh-readonly-queue/<base>/pr-<n>-<sha>`). */
export function mergeGroupPulls(headRef: string): number[] {
  return [...headRef.matchAll(/pr-(\d+)-[0-9a-f]{7,40}/g)].map((m) => Number(m[1]));
}

/**
 * A merge group carries no labels: its result is accepted when every PR behind it has an
 * acceptance recorded for its current head (promptgate's state block on that PR), given with
 * the override label (still on the PR) or with `/promptgate accept`.
 */
export async function acceptedInQueue(api: GitHubApi, repo: RepoRef, report: ComparisonReport, headRef: string): Promise<ComparisonReport> {
  if (!report.blocking) return report;
  const label = report.gate.overrideLabel;
  const pulls = mergeGroupPulls(headRef);
  if (pulls.length === 0) return { ...report, notes: [...report.notes, `no pull request found behind merge group ${headRef}`] };
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
    if (!acceptance || !(labelled || acceptance.via === 'command')) {
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
