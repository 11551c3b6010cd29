import type { ComparisonReport } from '../report/types.js';

/**
 * The override: who may accept a blocking result, which head an acceptance holds for, and how it
 * folds into the report. GitHub look-ups (roles, labels) happen at the edge; this is the rule.
 */

/** Roles that may accept a regression. Triage can add labels, and is not enough. */
const ACCEPTING_ROLES = new Set(['admin', 'maintain', 'write']);

/** Whether a role may accept a regression (the override label, `/promptgate accept`). */
export function canAccept(role: string): boolean {
  return ACCEPTING_ROLES.has(role);
}

/** An acceptance, bound to the one head it was given for. */
export interface Acceptance {
  by: string;
  role: string;
  headSha: string;
  at: string;
  /** Why, when accepted with `/promptgate accept <reason>`. */
  reason?: string;
  /** How it was given: the override label (the default) or the App's `/promptgate accept` command. */
  via?: 'label' | 'command';
}

export type OverrideDecision =
  | { status: 'none' }
  | { status: 'accepted'; acceptance: Acceptance }
  /** Given by someone without the role: ignored, with a visible note. */
  | { status: 'refused'; by: string; role: string }
  /** Given for another head (an earlier push, or the result shown when it was given): the gate applies. */
  | { status: 'stale'; acceptance: Acceptance };

export interface OverrideFacts {
  /** The head being judged. */
  headSha: string;
  /** Whether the override label is on the pull request now. */
  labelled: boolean;
  /** An acceptance the event being handled carried, its giver's role looked up, bound to the head the giver saw. */
  given?: Acceptance;
  /** The acceptance recorded in promptgate's own authenticated state, if the front end has one. */
  recorded?: Acceptance;
  /** Who added the label last, when it is on the PR but neither this event nor an authenticated record says for which head. */
  lastLabeler?: string;
}

/**
 * The rule: an acceptance holds only for the head it was bound to when it was given (the head of
 * the event that carried it, or the earlier head whose result the acceptor was shown); a label
 * acceptance also needs the label to stay on. Anything else leaves the gate as it is.
 */
export function decideOverride(f: OverrideFacts): OverrideDecision {
  const bound = (a: Acceptance): OverrideDecision => (a.headSha === f.headSha ? { status: 'accepted', acceptance: a } : { status: 'stale', acceptance: a });
  if (f.given) return canAccept(f.given.role) ? bound(f.given) : { status: 'refused', by: f.given.by, role: f.given.role };
  const recorded = f.recorded;
  if (recorded && (recorded.via === 'command' || f.labelled)) return bound(recorded);
  if (f.labelled && f.lastLabeler) {
    // On the PR, but not given with this event and not recorded for a head: it may predate the
    // latest push, so it accepts nothing until it is given again.
    return { status: 'stale', acceptance: { by: f.lastLabeler, role: '', headSha: '', at: '' } };
  }
  return { status: 'none' };
}

/** Folds the decision into the report (only a blocking regression or failed gate can be accepted). */
export function applyOverride(report: ComparisonReport, decision: OverrideDecision, label: string): { report: ComparisonReport; acceptance?: Acceptance } {
  switch (decision.status) {
    case 'none':
      return { report };
    case 'refused':
      return { report: { ...report, override: { status: 'refused', label, by: decision.by, role: decision.role, headSha: null, at: null } } };
    case 'stale':
      return { report: { ...report, override: { status: 'stale', label, ...overrideFields(decision.acceptance) } } };
    case 'accepted': {
      const acceptable = report.blocking && (report.verdict === 'regression' || report.verdict === 'fail');
      const override = { status: 'accepted' as const, label, ...overrideFields(decision.acceptance) };
      return { report: { ...report, overridden: acceptable, override }, acceptance: decision.acceptance };
    }
  }
}

function overrideFields(a: Acceptance) {
  return { by: a.by, role: a.role, headSha: a.headSha || null, at: a.at || null, ...(a.reason ? { reason: a.reason } : {}) };
}
