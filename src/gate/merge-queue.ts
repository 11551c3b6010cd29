import type { ComparisonReport } from '../report/types.js';
import type { Acceptance } from './override.js';

/** What the merge queue knows of one pull request behind a merge group. */
export interface QueuedPull {
  number: number;
  headSha: string;
  /** Whether the override label is on it now. */
  labelled: boolean;
  /** The acceptance promptgate recorded on it (its own comment, read the same way as the sticky comment). */
  acceptance?: Acceptance;
}

/**
 * A merge group carries no labels: its blocking result is accepted only when every pull request
 * behind it has an acceptance for its current head — given with the override label (still on
 * it) or with `/promptgate accept`.
 */
export function acceptQueue(report: ComparisonReport, groupRef: string, pulls: QueuedPull[]): ComparisonReport {
  if (!report.blocking) return report;
  const note = (text: string) => ({ ...report, notes: [...report.notes, text] });
  if (pulls.length === 0) return note(`no pull request found behind merge group ${groupRef}`);
  const acceptances: Acceptance[] = [];
  for (const pull of pulls) {
    const a = pull.acceptance;
    if (!a || a.headSha !== pull.headSha || !(pull.labelled || a.via === 'command')) {
      return note(`#${pull.number} has no acceptance for its current head, so the merge group is gated`);
    }
    acceptances.push(a);
  }
  const first = acceptances[0]!;
  return {
    ...report,
    overridden: report.verdict === 'regression' || report.verdict === 'fail',
    notes: [...report.notes, `accepted in the pull requests behind this merge group: ${pulls.map((p, i) => `#${p.number} by @${acceptances[i]!.by}`).join(', ')}`],
    override: { status: 'accepted', label: report.gate.overrideLabel, by: first.by, role: first.role, headSha: first.headSha, at: first.at },
  };
}

/** The PR numbers behind a merge queue branch (`gh-readonly-queue/<base>/pr-<n>-<sha>`). */
export function mergeGroupPulls(headRef: string): number[] {
  return [...headRef.matchAll(/pr-(\d+)-[0-9a-f]{7,40}/g)].map((m) => Number(m[1]));
}
