/**
 * The body sections of the PR comment. Each takes a character budget and returns Markdown no
 * longer than it — whole items only, then a note saying how many were left out — or '' when
 * not even one item fits. Items are rendered lazily, so a 5,000-test report renders only
 * what is shown.
 */

import { escapeInline, inlineCode, preContent, truncate } from './escape.js';
import { withoutHostPaths } from './host-paths.js';
import {
  formatCount,
  formatUsd,
  formatMs,
  formatPercent,
  formatPValue,
  formatScore,
  formatSigned,
  formatSignedCount,
  formatSignedUsd,
  formatTransition,
  plural,
  problemLocation,
  UNKNOWN,
} from './format.js';
import { renderPromptDiff } from './prompt-diff.js';
import type { ChangedPrompt, ChecklistItem, ComparisonReport, FileProblem, GrowthFlag, PromptComparison, ProviderErrorSummary, ReviewSample, TestComparison } from './types.js';

/** Most prompts shown in the table; the rest are counted. */
const MAX_PROMPT_ROWS = 50;
const MAX_PROBLEMS = 20;
const MAX_DIFFS = 20;
const MAX_DIFF_CHARS = 8_000;
/** Raw length at which a reason, message or name is cut before escaping. */
export const MAX_REASON_CHARS = 400;
export const MAX_NAME_CHARS = 100;
/** Names listed per kind of other change (flaky, new, removed, errored), and prompts per growth list. */
export const MAX_NAMES = 15;

/**
 * `heading`, then as many items as fit in `budget` (at most `max`), then `closing`, then a note
 * counting the rest (after a blank line, so it never becomes a table row). '' when not even
 * one item fits: a heading over nothing, or an unclosed tag, would be worse than no section.
 */
export function fitItems<T>(opts: {
  heading: string;
  items: readonly T[];
  render: (item: T) => string;
  budget: number;
  max: number;
  more: (left: number) => string;
  closing?: string;
}): string {
  const { heading, items, render, budget, max, more, closing = '' } = opts;
  const noteRoom = more(items.length).length + 2;
  let text = heading;
  let shown = 0;
  for (const item of items) {
    if (shown >= max) break;
    const piece = `\n${render(item)}`;
    if (text.length + piece.length + closing.length + noteRoom > budget) break;
    text += piece;
    shown++;
  }
  if (shown === 0) return '';
  const left = items.length - shown;
  return `${text}${closing}${left > 0 ? `\n\n${more(left)}` : ''}`;
}

// ——— prompts table ———

/** The per-prompt table: regressed prompts first, then changed ones, at most {@link MAX_PROMPT_ROWS}. */
export function promptsTable(report: ComparisonReport, budget: number): string {
  if (report.prompts.length === 0) return '';
  const changed = new Set(report.changedPrompts.map((c) => c.id));
  const estimated = new Set(report.changedPrompts.filter((c) => c.tokensEstimated).map((c) => c.id));
  const counts = testCountsByPrompt(report.tests);
  const rank = (p: PromptComparison) => (p.regressed ? 0 : changed.has(p.id) ? 1 : 2);
  const rows = report.prompts
    .map((p, i) => ({ p, i }))
    .sort((a, b) => rank(a.p) - rank(b.p) || a.i - b.i)
    .map(({ p }) => p);
  const heading = [
    '#### Prompts',
    '',
    '| prompt | score | Δ score | pass rate | tests | prompt tokens Δ | cost / 1k calls Δ (USD) | p95 latency |',
    '| --- | ---: | ---: | ---: | --- | ---: | ---: | ---: |',
  ].join('\n');
  return fitItems({
    heading,
    items: rows,
    render: (p) => promptRow(p, counts.get(p.id), estimated.has(p.id)),
    budget,
    max: MAX_PROMPT_ROWS,
    more: (left) => `…and ${plural(left, 'more prompt')} (see report.json).`,
  });
}

function promptRow(p: PromptComparison, counts: Map<string, number> | undefined, tokensEstimated: boolean): string {
  const icon = p.regressed ? '❌ ' : p.significance.significant && (p.delta.score ?? 0) > 0 ? '✅ ' : '';
  const cells = [
    `${icon}${promptCell(p)}`,
    formatTransition(formatScore(p.base?.meanScore ?? null), formatScore(p.head?.meanScore ?? null)),
    scoreDelta(p),
    formatTransition(formatPercent(p.base?.passRate ?? null), formatPercent(p.head?.passRate ?? null)),
    testCounts(counts),
    p.delta.tokens === null ? UNKNOWN : `${tokensEstimated ? '~' : ''}${formatSignedCount(p.delta.tokens)}`,
    formatSignedUsd(p.delta.costPer1kUsd),
    formatTransition(formatMs(p.base?.latencyP95Ms ?? null), formatMs(p.head?.latencyP95Ms ?? null)),
  ];
  return `| ${cells.join(' | ')} |`;
}

/**
 * The table's prompt cell: the file's `name:` (untrusted, escaped and cut) over the id and the
 * model, and the file's `description:` under them when it has one.
 */
function promptCell(p: PromptComparison): string {
  const model = escapeInline(truncate(p.model, MAX_NAME_CHARS));
  const named = p.name && p.name !== p.id;
  const title = escapeInline(truncate(named ? p.name! : p.id, MAX_NAME_CHARS));
  const sub = named ? `${escapeInline(truncate(p.id, MAX_NAME_CHARS))} · ${model}` : model;
  const description = p.description ? `<br><sub><i>${escapeInline(truncate(p.description, MAX_NAME_CHARS))}</i></sub>` : '';
  return `${title}<br><sub>${sub}</sub>${description}`;
}

/** A prompt as its file names it, escaped and cut: `Support reply (prompts/support)`, or the id alone. */
export function promptTitle(p: { id: string; name?: string }): string {
  const id = escapeInline(truncate(p.id, MAX_NAME_CHARS));
  return p.name && p.name !== p.id ? `${escapeInline(truncate(p.name, MAX_NAME_CHARS))} (${id})` : id;
}

/** The score change, bold when significant, with the sign test's p-value when there is one. */
function scoreDelta(p: PromptComparison): string {
  const delta = formatSigned(p.delta.score);
  const { method, pValue, significant } = p.significance;
  if (method === 'none' || pValue === null || p.delta.score === null) return delta;
  return significant ? `**${delta}** (${formatPValue(pValue)})` : `${delta} (${formatPValue(pValue)}, n.s.)`;
}

const COUNTED: readonly TestComparison['change'][] = ['regressed', 'fixed', 'flaky', 'errored', 'new', 'removed'];

function testCountsByPrompt(tests: readonly TestComparison[]): Map<string, Map<string, number>> {
  const byPrompt = new Map<string, Map<string, number>>();
  for (const t of tests) {
    if (!COUNTED.includes(t.change)) continue;
    const counts = byPrompt.get(t.promptId) ?? new Map<string, number>();
    counts.set(t.change, (counts.get(t.change) ?? 0) + 1);
    byPrompt.set(t.promptId, counts);
  }
  return byPrompt;
}

function testCounts(counts: Map<string, number> | undefined): string {
  const parts = COUNTED.flatMap((change) => (counts?.get(change) ? [`${formatCount(counts.get(change)!)} ${change}`] : []));
  return parts.length ? parts.join(', ') : UNKNOWN;
}

// ——— regressed and fixed tests ———

// ——— problems ———

/** Provider failures (why a verdict is inconclusive) and files that could not be read. */
export function problemsSection(report: ComparisonReport, budget: number): string {
  const parts: string[] = [];
  let left = budget;
  const add = (text: string) => {
    if (text === '') return;
    parts.push(text);
    left -= text.length + 2;
  };
  if (report.providerErrors.length) {
    add(
      fitItems({
        heading: '#### ⚠️ Provider errors (not counted as failures)\n',
        items: report.providerErrors,
        render: providerErrorLine,
        budget: left,
        max: MAX_PROBLEMS,
        more: (n) => `…and ${plural(n, 'more provider error')} (see report.json).`,
      }),
    );
  }
  if (report.errors.length) {
    add(
      fitItems({
        heading: '#### 💥 File problems\n',
        items: report.errors,
        render: fileProblemLine,
        budget: left - 2,
        max: MAX_PROBLEMS,
        more: (n) => `…and ${plural(n, 'more file problem')} (see report.json).`,
      }),
    );
  }
  return parts.join('\n\n');
}

function providerErrorLine(e: ProviderErrorSummary): string {
  return `- ${inlineCode(truncate(e.modelId, MAX_NAME_CHARS))} ${escapeInline(truncate(e.kind, 40))} ×${formatCount(e.count)} (${e.side}): ${escapeInline(truncate(withoutHostPaths(e.message), MAX_REASON_CHARS))}`;
}

function fileProblemLine(p: FileProblem): string {
  const where = problemLocation(p);
  const hint = p.hint ? ` — ${escapeInline(truncate(withoutHostPaths(p.hint), MAX_REASON_CHARS))}` : '';
  return `- ${where ? `${inlineCode(truncate(where, MAX_NAME_CHARS * 2))} ` : ''}(${p.side}): ${escapeInline(truncate(withoutHostPaths(p.message), MAX_REASON_CHARS))}${hint}`;
}

// ——— prompt diffs ———

/** The diff of each changed prompt in a `<details>` (open when it is the only one), headed by its `name:` when it has one. */
export function diffsSection(changed: readonly ChangedPrompt[], budget: number, names: ReadonlyMap<string, string | undefined> = new Map()): string {
  if (changed.length === 0) return '';
  const heading = '#### Prompt changes\n';
  const perDiff = Math.min(MAX_DIFF_CHARS, Math.floor((budget - heading.length - 200) / Math.min(changed.length, MAX_DIFFS)) - 400);
  if (perDiff < 300) return '';
  return fitItems({
    heading,
    items: changed,
    render: (c) => diffDetails(c, perDiff, changed.length === 1, names.get(c.id)),
    budget,
    max: MAX_DIFFS,
    more: (left) => `…and ${plural(left, 'more changed prompt')} (see the PR's files).`,
  });
}

function diffDetails(c: ChangedPrompt, diffBudget: number, open: boolean, name: string | undefined): string {
  const path = c.previousPath && c.previousPath !== c.path ? `${c.previousPath} → ${c.path}` : c.path;
  const tokens = c.baseTokens !== null || c.headTokens !== null
    ? `, ${c.tokensEstimated ? '~' : ''}${formatTransition(c.baseTokens === null ? UNKNOWN : formatCount(c.baseTokens), c.headTokens === null ? UNKNOWN : formatCount(c.headTokens))} tokens`
    : '';
  const summary = `<b>${promptTitle({ id: c.id, name })}</b> — ${escapeInline(truncate(path, MAX_NAME_CHARS * 2))} (${c.status}${tokens})`;
  // The blank lines end GitHub's HTML block, so the diff inside is Markdown again.
  return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${renderPromptDiff(c.baseText, c.headText, c.path, diffBudget)}\n\n</details>`;
}

// ——— checklist ———

const CHECK_ICON: Record<ChecklistItem['status'], string> = { pass: '✅', warn: '⚠️', fail: '❌', 'n/a': '➖' };

/** The readiness checklist; each item links to its README section. */
export function checklistSection(items: readonly ChecklistItem[], docsUrl: string, budget: number): string {
  if (items.length === 0) return '';
  return fitItems({
    heading: '#### Readiness checklist\n\n| | check | evidence |\n| --- | --- | --- |',
    items,
    render: (item) => {
      const anchor = item.anchor.toLowerCase().replace(/[^a-z0-9-]/g, '');
      const title = `[${escapeInline(truncate(item.title, MAX_NAME_CHARS))}](${docsUrl}#checklist-${anchor})${item.required ? ' (required)' : ''}`;
      return `| ${CHECK_ICON[item.status]} | ${title} | ${escapeInline(truncate(item.evidence, MAX_REASON_CHARS))} |`;
    },
    budget,
    max: items.length,
    more: (left) => `…and ${plural(left, 'more check')} (see report.json).`,
  });
}

// ——— prompt growth ———

/** Prompts that grew past the configured share, with what the growth costs per 1,000 calls. */
export function growthSection(flags: readonly GrowthFlag[], budget: number): string {
  return fitItems({
    heading: '#### 📈 Prompt growth',
    items: flags,
    render: (g) =>
      `- ${inlineCode(g.promptId)} grew ${Math.round(g.share * 100)}% (${formatCount(g.baseTokens)} → ${formatCount(g.headTokens)} tokens)` +
      (g.addedCostPer1kUsd === null ? '; its model is not priced.' : `, adding ${formatUsd(g.addedCostPer1kUsd)} USD of input per 1,000 calls.`),
    budget,
    max: MAX_NAMES,
    more: (left) => `…and ${plural(left, 'more prompt')} (see report.json).`,
  });
}

// ——— review sample ———

/** A few head outputs, collapsed, for the human review no check replaces. */
export function reviewSampleSection(samples: readonly ReviewSample[], budget: number): string {
  if (samples.length === 0) return '';
  const perOutput = Math.max(200, Math.floor(budget / (samples.length + 1)) - 200);
  return fitItems({
    heading: `<details><summary>🧑‍⚖️ ${plural(samples.length, 'head output')} for human review (export more with <code>promptgate sample</code>)</summary>\n`,
    items: samples,
    render: (r) => {
      const input = Object.entries(r.vars)
        .map(([k, v]) => `${k}: ${v}`)
        .join('\n');
      return `<p><b>${escapeInline(truncate(`${r.promptId} › ${r.description ?? r.testId}`, MAX_NAME_CHARS))}</b> (${r.outcome})</p>\n<pre>${preContent(truncate(input, MAX_REASON_CHARS))}</pre>\n<pre>${preContent(truncate(r.output, perOutput))}</pre>`;
    },
    budget,
    max: samples.length,
    closing: '\n</details>',
    more: (left) => `…and ${plural(left, 'more sample')} (see report.json).`,
  });
}
