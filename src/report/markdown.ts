import { escapeInline, truncate } from './escape.js';
import { formatCount, formatDuration, plural, promptLabels, shortSha } from './format.js';
import { header } from './markdown-header.js';
import { promptsTable } from './markdown-prompts.js';
import { checklistSection, diffsSection, growthSection, problemsSection, reviewSampleSection } from './markdown-sections.js';
import { otherChangesSection, testDetailsSection } from './markdown-tests.js';
import type { ComparisonReport, TestComparison } from './types.js';

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
