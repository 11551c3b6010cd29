/**
 * The body sections of the PR comment. Each takes a character budget and returns Markdown no
 * longer than it — whole items only, then a note saying how many were left out — or '' when
 * not even one item fits. Items are rendered lazily, so a 5,000-test report renders only
 * what is shown.
 */

import { escapeInline, inlineCode, preContent, truncate } from './escape.js';
import { withoutHostPaths } from './host-paths.js';
import { formatCount, formatTransition, formatUsd, plural, problemLocation, UNKNOWN } from './format.js';
import { fitItems, MAX_NAME_CHARS, MAX_NAMES, MAX_REASON_CHARS } from './markdown-fit.js';
import { promptTitle } from './markdown-prompts.js';
import { renderPromptDiff } from './prompt-diff.js';
import type { ChangedPrompt, ChecklistItem, ComparisonReport, FileProblem, GrowthFlag, ProviderErrorSummary, ReviewSample } from './types.js';

const MAX_PROBLEMS = 20;
const MAX_DIFFS = 20;
const MAX_DIFF_CHARS = 8_000;

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
