import type { ChecklistItem, ComparisonReport } from '../report/types.js';

/**
 * Adds the checklist to the report; a failed item that the trusted `gate.require` names fails an
 * otherwise passing gate.
 */
export function applyRequirements(report: ComparisonReport, checklist: ChecklistItem[]): ComparisonReport {
  const blocking = checklist.filter((c) => c.required && c.status === 'fail');
  if (blocking.length === 0 || report.verdict !== 'pass') return { ...report, checklist };
  return {
    ...report,
    checklist,
    verdict: 'fail',
    blocking: report.gate.failOn !== 'never',
    summary: `Required readiness check${blocking.length > 1 ? 's' : ''} failed: ${blocking.map((c) => `${c.id} (${c.evidence})`).join('; ')}.`,
  };
}
