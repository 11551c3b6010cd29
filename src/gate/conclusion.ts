import type { ComparisonReport } from '../report/types.js';

/** How a verdict shows as a check run: only a blocking, un-accepted verdict fails it. */
export type Conclusion = 'success' | 'failure' | 'neutral';

export function conclusionOf(report: ComparisonReport): Conclusion {
  if (report.overridden) return 'success';
  if (report.blocking) return 'failure';
  return report.verdict === 'pass' || report.verdict === 'skipped' ? 'success' : 'neutral';
}

/** DESIGN.md's exit codes: 0 pass/skipped/accepted, 1 regression or failed gate, 2 config or usage error, 3 inconclusive. */
export const EXIT = { ok: 0, failure: 1, usage: 2, inconclusive: 3 } as const;

export function exitCodeOf(report: ComparisonReport): number {
  if (!report.blocking || report.overridden) return EXIT.ok;
  if (report.verdict === 'error') return EXIT.usage;
  if (report.verdict === 'inconclusive') return EXIT.inconclusive;
  return EXIT.failure;
}

/** Why the gate fails this run, for a step's failure message; undefined when it does not. */
export function gateFailure(report: ComparisonReport): string | undefined {
  if (exitCodeOf(report) === EXIT.ok) return undefined;
  if (report.verdict === 'inconclusive') return `inconclusive — a model provider failed, so this is an outage, not a regression. ${report.summary}`;
  return `${report.verdict}: ${report.summary}`;
}
