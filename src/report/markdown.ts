import { escapeInline, inlineCode, truncate } from './escape.js';
import { withoutHostPaths } from './host-paths.js';
import { formatCount, formatDuration, plural, problemLocation, promptLabels, shortSha } from './format.js';
import { checklistSection, diffsSection, growthSection, problemsSection, promptsTable, promptTitle, reviewSampleSection } from './markdown-sections.js';
import { otherChangesSection, testDetailsSection } from './markdown-tests.js';
import type { ComparisonReport, PromptComparison, TestComparison, Verdict } from './types.js';

/** GitHub rejects a comment body longer than this. */
export const GITHUB_COMMENT_LIMIT = 65_536;
/** Where checklist items link to (`#checklist-<anchor>` is appended). */
export const DEFAULT_DOCS_URL = 'https://github.com/promptgate/promptgate/blob/main/README.md';

/** How {@link renderMarkdown} sizes and labels the comment. */
export interface MarkdownOptions {
  /** The result is never longer than this (UTF-16 units, so never more characters either). Default: GitHub's comment limit. */
  maxChars?: number;
  /** Names the report in the verdict line instead of "promptgate", e.g. to tell shards apart. */
  title?: string;
  /** The README that checklist items link into. */
  docsUrl?: string;
}

/** Below this a comment cannot hold even the verdict line. */
const MIN_CHARS = 200;
const SEPARATOR = '\n\n';
const FOOTER_RESERVE = 1_000;
const MAX_NOTES = 10;
const MAX_SUMMARY_CHARS = 1_000;
const MAX_NOTE_CHARS = 500;
/** Raw length at which an untrusted name or message in the verdict line is cut. */
const MAX_DETAIL_CHARS = 120;

const ICON: Record<Verdict, string> = { pass: '✅', regression: '❌', fail: '🟠', inconclusive: '⚠️', skipped: '⏭️', error: '💥' };

/**
 * A body section: `render` gets a budget and returns Markdown no longer than it, or '' when
 * nothing fits. `priority` decides who gets budget first (lower first); `cap` keeps one
 * section from starving the rest.
 */
interface Section {
  label: string;
  /** The report has something for this section, so an empty render means "dropped for space". */
  present: boolean;
  priority: number;
  cap: number;
  render: (budget: number) => string;
}

/**
 * The sticky PR comment: verdict first, then why, then the evidence a reviewer needs — never
 * longer than `maxChars`.
 *
 * Budget: sections are built separately, each within the budget it is given, and budget is
 * handed out by importance — header, problems, prompts table, regressed tests, checklist,
 * other changes, fixed tests, prompt diffs — each up to its cap, each charged what it really
 * used. A section trims itself by whole items (never inside a tag or fence) and says how many
 * it left out; a section that cannot fit at all is dropped and named in the footer.
 */
export function renderMarkdown(report: ComparisonReport, opts: MarkdownOptions = {}): string {
  const maxChars = opts.maxChars ?? GITHUB_COMMENT_LIMIT;
  if (!(maxChars >= MIN_CHARS)) throw new RangeError(`maxChars must be at least ${MIN_CHARS}, got ${maxChars}`);
  const title = escapeInline(truncate(opts.title ?? 'promptgate', 60));
  const groups = groupByChange(report.tests);
  // Tests are named by their prompt's `name:` (with its id), as the prompts table names them.
  const labels = promptLabels(report.prompts);
  const scaled = (share: number) => Math.floor(maxChars * share);

  const has = (...changes: string[]) => changes.some((c) => groups.has(c));
  // In display order; `priority` says who is served first when the budget is tight.
  const sections: Section[] = [
    { label: 'verdict', present: true, priority: 0, cap: Math.max(scaled(0.1), MIN_CHARS), render: (b) => header(report, title, groups, b) },
    { label: 'prompts table', present: report.prompts.length > 0, priority: 2, cap: scaled(0.25), render: (b) => promptsTable(report, b) },
    { label: 'regressed tests', present: has('regressed'), priority: 3, cap: scaled(0.5), render: (b) => testDetailsSection(groups.get('regressed') ?? [], 'regressed', b, labels) },
    { label: 'fixed tests', present: has('fixed'), priority: 6, cap: scaled(0.25), render: (b) => testDetailsSection(groups.get('fixed') ?? [], 'fixed', b, labels) },
    { label: 'other test changes', present: has('flaky', 'errored', 'new', 'removed'), priority: 5, cap: scaled(0.1), render: (b) => otherChangesSection(groups, b, labels) },
    {
      label: 'provider errors and file problems',
      present: report.providerErrors.length + report.errors.length > 0,
      priority: 1,
      cap: scaled(0.15),
      render: (b) => problemsSection(report, b),
    },
    { label: 'prompt growth', present: report.growth.length > 0, priority: 4, cap: scaled(0.05), render: (b) => growthSection(report.growth, b) },
    { label: 'prompt diffs', present: report.changedPrompts.length > 0, priority: 7, cap: maxChars, render: (b) => diffsSection(report.changedPrompts, b, new Map(report.prompts.map((p) => [p.id, p.name]))) },
    { label: 'review sample', present: report.reviewSample.length > 0, priority: 8, cap: scaled(0.15), render: (b) => reviewSampleSection(report.reviewSample, b) },
    {
      label: 'checklist',
      present: report.checklist.length > 0,
      priority: 4,
      cap: scaled(0.1),
      render: (b) => checklistSection(report.checklist, opts.docsUrl ?? DEFAULT_DOCS_URL, b),
    },
  ];

  const footerBudget = Math.min(FOOTER_RESERVE, scaled(0.2));
  let remaining = maxChars - footerBudget;
  const rendered = new Map<Section, string>();
  const dropped: string[] = [];
  for (const section of [...sections].sort((a, b) => a.priority - b.priority)) {
    const budget = Math.min(section.cap, remaining - SEPARATOR.length);
    const text = budget > 0 ? section.render(budget) : '';
    // A render over its budget would be a bug in a section; dropping it keeps the limit a promise.
    if (text === '' || text.length > budget) {
      if (section.present) dropped.push(section.label);
      continue;
    }
    rendered.set(section, text);
    remaining -= text.length + SEPARATOR.length;
  }
  const body = sections.flatMap((s) => rendered.get(s) ?? []);
  const foot = footer(report, dropped, remaining + footerBudget - SEPARATOR.length);
  return [...body, ...(foot ? [foot] : [])].join(SEPARATOR);
}

function groupByChange(tests: readonly TestComparison[]): Map<string, TestComparison[]> {
  const groups = new Map<string, TestComparison[]>();
  for (const t of tests) {
    const group = groups.get(t.change);
    if (group) group.push(t);
    else groups.set(t.change, [t]);
  }
  return groups;
}

// ——— header ———

/**
 * The verdict line (always first), whether the merge is blocked, the summary and the notes.
 * Lines that do not fit are left off from the end; the verdict line falls back to its short form.
 */
function header(report: ComparisonReport, title: string, groups: Map<string, TestComparison[]>, budget: number): string {
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
  const notes = report.notes.slice(0, MAX_NOTES).map((n) => `- ${escapeInline(truncate(n, MAX_NOTE_CHARS))}`);
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

/** Run statistics and commits, and which sections were left out to fit. */
function footer(report: ComparisonReport, dropped: string[], budget: number): string {
  const { stats } = report;
  const ref = (c: { ref: string; sha: string }) => `${escapeInline(truncate(c.ref, 40))} (${escapeInline(shortSha(c.sha))})`;
  const parts = [
    plural(stats.samples, 'sample'),
    plural(stats.modelCalls, 'model call'),
    `${formatCount(stats.cachedSamples)} cached`,
    ...(stats.confirmation?.candidates
      ? [`${plural(stats.confirmation.samples, 'call')} confirming ${plural(stats.confirmation.candidates, 'candidate')} (${formatCount(stats.confirmation.confirmed)} confirmed)`]
      : stats.adaptiveSamples
        ? [`${formatCount(stats.adaptiveSamples)} adaptive`]
        : []),
    formatDuration(stats.durationMs),
    `base ${ref(report.base)}`,
    `head ${ref(report.head)}`,
    `merge base ${escapeInline(shortSha(report.mergeBase))}`,
  ];
  const statsLine = `<sub>promptgate · ${parts.join(' · ')}</sub>`;
  const droppedLine = dropped.length
    ? `<sub>Left out to fit GitHub's comment limit: ${dropped.join(', ')}. The full results are in report.json.</sub>`
    : '';
  const both = [droppedLine, statsLine].filter(Boolean).join('<br>\n');
  if (both.length <= budget) return both;
  return droppedLine.length <= budget ? droppedLine : '';
}
