import { escapeInline, inlineCode, truncate } from './escape.js';
import { withoutHostPaths } from './host-paths.js';
import { formatCount, plural, problemLocation, shortSha } from './format.js';
import { promptTitle } from './markdown-prompts.js';
import type { ComparisonReport, PromptComparison, TestComparison, Verdict } from './types.js';

/** The head of the PR comment: the verdict line, what the gate does about it, the summary and the notes. */

const MAX_NOTES = 10;
const MAX_SUMMARY_CHARS = 1_000;
const MAX_NOTE_CHARS = 500;
/** Raw length at which an untrusted name or message in the verdict line is cut. */
const MAX_DETAIL_CHARS = 120;

const ICON: Record<Verdict, string> = { pass: '✅', regression: '❌', fail: '🟠', inconclusive: '⚠️', skipped: '⏭️', error: '💥' };

/**
 * The verdict line (always first), whether the merge is blocked, the summary and the notes.
 * Lines that do not fit are left off from the end; the verdict line falls back to its short form.
 */
export function header(report: ComparisonReport, title: string, groups: Map<string, TestComparison[]>, budget: number): string {
  const icon = report.overridden ? '☑️' : ICON[report.verdict];
  const verdict = report.overridden ? `${report.verdict} (accepted by override)` : report.verdict;
  const short = `### ${icon} ${title}: ${verdict}`;
  const detail = verdictDetail(report, groups);
  const full = `${short} — ${detail}`;
  const first = [full, short, `### ${icon} ${verdict}`].find((line) => line.length <= budget);
  if (first === undefined) return '';
  const lines = [first];
  let size = first.length;
  const add = (line: string) => {
    if (size + 2 + line.length > budget) return;
    lines.push(line);
    size += 2 + line.length;
  };
  const gate = gateLine(report);
  if (gate) add(gate);
  const summary = escapeInline(truncate(withoutHostPaths(report.summary), MAX_SUMMARY_CHARS));
  // The verdict line often says it already (regression, fail, error); saying it twice costs the reader.
  // The summary names prompts by id, the verdict line by name: compare with the line as ids would write it.
  const byId = verdictDetail(report, groups, (p) => escapeInline(truncate(p.id, MAX_DETAIL_CHARS)));
  const repeats = first === full && [detail, byId].some((d) => summary.includes(d) || d.includes(summary.replace(/\.$/, '')));
  if (summary && !repeats) add(summary);
  const notes = report.notes.slice(0, MAX_NOTES).map((n) => `- ${escapeInline(truncate(withoutHostPaths(n), MAX_NOTE_CHARS))}`);
  if (report.notes.length > MAX_NOTES) notes.push(`- …and ${plural(report.notes.length - MAX_NOTES, 'more note')} (see report.json).`);
  if (notes.length) add(notes.join('\n'));
  return lines.join('\n\n');
}

/** The few words after the verdict that say what happened, as Markdown (untrusted parts escaped). */
function verdictDetail(report: ComparisonReport, groups: Map<string, TestComparison[]>, named: (p: PromptComparison) => string = promptTitle): string {
  const e = (text: string) => escapeInline(truncate(text, MAX_DETAIL_CHARS));
  switch (report.verdict) {
    case 'regression': {
      const regressed = groups.get('regressed')?.length ?? 0;
      const where = names(report.prompts.filter((p) => p.regressed).map(named));
      return regressed ? `${plural(regressed, 'test')} regressed in ${where}` : `score dropped in ${where}`;
    }
    case 'pass': {
      const compared = report.tests.filter((t) => t.base && t.head).length;
      const fixed = groups.get('fixed')?.length ?? 0;
      return `no regression in ${plural(compared, 'test')}${fixed ? `, ${formatCount(fixed)} fixed` : ''}`;
    }
    case 'inconclusive': {
      const causes = report.providerErrors.slice(0, 2).map((p) => `${e(p.modelId)}: ${e(p.kind)} ×${formatCount(p.count)}`);
      const more = report.providerErrors.length > 2 ? ` and ${report.providerErrors.length - 2} more` : '';
      return causes.length ? `provider outage (${causes.join(', ')}${more}), not a regression` : 'some tests could not be evaluated, not a regression';
    }
    case 'skipped':
      return report.changedPrompts.length === 0 ? 'no prompt changed' : 'not evaluated';
    case 'error': {
      const first = report.errors.find((p) => p.side === 'head') ?? report.errors[0];
      return first ? `${e(problemLocation(first) || 'a file')}: ${e(first.message)}` : 'the comparison could not run';
    }
    case 'fail':
      return e(withoutHostPaths(report.summary).replace(/\.$/, ''));
  }
}

/** Up to two prompt names, then a count. */
function names(ids: string[]): string {
  if (ids.length === 0) return 'the changed prompts';
  return ids.length <= 2 ? ids.join(', ') : `${ids.slice(0, 2).join(', ')} and ${ids.length - 2} more prompts`;
}

/** What the gate does with this verdict, in one bold-led line; null when there is nothing to do. */
function gateLine(report: ComparisonReport): string | null {
  const o = report.override;
  if (report.overridden && o) {
    const accepted = report.tests.filter((t) => t.change === 'regressed').map((t) => escapeInline(`${t.promptId} › ${t.description ?? t.testId}`));
    const what = accepted.length ? `${plural(accepted.length, 'regressed test')} (${names(accepted)})` : 'this result';
    const why = o.reason ? ` Reason: ${escapeInline(truncate(o.reason, MAX_NOTE_CHARS))}` : '';
    return `**Accepted by ${inlineCode(`@${o.by}`)} (${escapeInline(o.role)}) at ${inlineCode(shortSha(o.headSha ?? ''))}:** ${what}. A new push needs a fresh acceptance.${why}`;
  }
  if (report.overridden) return '**Accepted by override:** a maintainer accepted this result for this head commit; a new push needs a fresh acceptance.';
  const overrideNote =
    o?.status === 'refused'
      ? `The label ${inlineCode(o.label)} added by ${inlineCode(`@${o.by}`)} (${escapeInline(o.role)}) was ignored: accepting a regression needs the write, maintain or admin role.`
      : o?.status === 'stale'
        ? `The acceptance by ${inlineCode(`@${o.by}`)}${o.headSha ? ` at ${inlineCode(shortSha(o.headSha))}` : ''} is stale: commits were pushed since, so the gate applies again. Remove and re-add ${inlineCode(o.label)} to accept this head.`
        : null;
  const line = gateLineFor(report);
  return overrideNote ? [line, overrideNote].filter(Boolean).join('\n\n') : line;
}

function gateLineFor(report: ComparisonReport): string | null {
  if (!report.blocking) {
    const wouldBlock = report.verdict !== 'pass' && report.verdict !== 'skipped';
    return wouldBlock && report.gate.failOn === 'never' ? 'Not blocking: the gate is set to `failOn: never`.' : null;
  }
  switch (report.verdict) {
    case 'regression':
    case 'fail':
      return '**Blocks merge.** Fix the prompt, or a maintainer can accept the change with the override label.';
    case 'inconclusive':
      return '**Blocks merge** until the eval completes: re-run the check once the provider recovers.';
    case 'error':
      return '**Blocks merge.** Fix the file below and push again.';
    default:
      return null;
  }
}

// ——— footer ———
