import { escapeInline, truncate } from './escape.js';
import { formatCount, formatMs, formatPercent, formatPValue, formatScore, formatSigned, formatSignedCount, formatSignedUsd, formatTransition, plural, UNKNOWN } from './format.js';
import { fitItems, MAX_NAME_CHARS } from './markdown-fit.js';
import type { ComparisonReport, PromptComparison, TestComparison } from './types.js';

/** The comment's per-prompt table: each prompt's score, pass rate, tokens, cost and latency, base → head, and its tests' changes. */

/** Most prompts shown in the table; the rest are counted. */
const MAX_PROMPT_ROWS = 50;

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
