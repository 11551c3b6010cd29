/**
 * The PR comment's test sections: regressed and fixed tests with their outputs side by side, and
 * the other changes (flaky, errored, new, removed) by name. Budgeted like every section.
 */

import { escapeInline, inlineCode, preContent, truncate } from './escape.js';
import { withoutHostPaths } from './host-paths.js';
import { formatCount, formatPValue, plural } from './format.js';
import { fitItems, MAX_NAME_CHARS, MAX_NAMES, MAX_REASON_CHARS } from './markdown-fit.js';
import type { TestComparison, TestSide } from './types.js';

/** Most regressed (and, separately, fixed) tests shown with their outputs. */
const MAX_TEST_DETAILS = 20;
/** An output in a test's details is cut to this many characters (before escaping)… */
const MAX_OUTPUT_CHARS = 1_500;
/** …and never below this, however tight the budget: below it, show fewer tests instead. */
const MIN_OUTPUT_CHARS = 200;
/** Markup and names around the outputs in one test's details, roughly, for sizing outputs to the budget. */
const DETAILS_OVERHEAD = 450;

/**
 * Regressed (or fixed) tests, each a `<details>` with base and head output side by side. All
 * outputs share one cap, set so that the outputs of the first {@link MAX_TEST_DETAILS} tests
 * fill the budget: short outputs stay whole and leave room for long ones. The cap stays within
 * [{@link MIN_OUTPUT_CHARS}, {@link MAX_OUTPUT_CHARS}]; below that, fewer tests are shown.
 */
export function testDetailsSection(group: readonly TestComparison[], kind: 'regressed' | 'fixed', budget: number, labels: PromptLabels = new Map()): string {
  if (group.length === 0) return '';
  // The user's own tests first: a hand-written regression must not hide behind the built-in probes.
  const tests = [...group.filter((t) => !t.category), ...group.filter((t) => t.category)];
  const first = tests.slice(0, MAX_TEST_DETAILS);
  const reasons = first.reduce((n, t) => n + Math.min(t.base?.reason.length ?? 0, MAX_REASON_CHARS) + Math.min(t.head?.reason.length ?? 0, MAX_REASON_CHARS), 0);
  // Escaping grows typical text by about a tenth; fitItems checks the real size anyway.
  const forOutputs = (budget - first.length * DETAILS_OVERHEAD - reasons) / 1.1;
  const outputs = first.flatMap((t) => [t.base?.output.length ?? 0, t.head?.output.length ?? 0]);
  const outputCap = Math.max(MIN_OUTPUT_CHARS, Math.min(MAX_OUTPUT_CHARS, waterLevel(outputs, forOutputs)));
  const title = kind === 'regressed' ? `#### ❌ Regressed tests (${formatCount(tests.length)})` : `#### ✅ Fixed tests (${formatCount(tests.length)})`;
  return fitItems({
    heading: `${title}\n`,
    items: tests,
    render: (t) => testDetails(t, kind, outputCap, labels),
    budget,
    max: MAX_TEST_DETAILS,
    more: (left) => `…and ${plural(left, `more ${kind} test`)} (see report.json).`,
  });
}

/** The largest cap c with Σ min(length, c) ≤ total: how long each text may be to share `total`. */
export function waterLevel(lengths: readonly number[], total: number): number {
  const sorted = [...lengths].sort((a, b) => a - b);
  let remaining = total;
  for (let i = 0; i < sorted.length; i++) {
    const level = remaining / (sorted.length - i);
    if (sorted[i]! > level) return Math.floor(level);
    remaining -= sorted[i]!;
  }
  return Number.POSITIVE_INFINITY;
}

/** One test as a collapsed block; no blank line inside, so GitHub keeps it one HTML block. */
function testDetails(t: TestComparison, kind: 'regressed' | 'fixed', outputCap: number, labels: PromptLabels): string {
  const icon = kind === 'regressed' ? '❌' : '✅';
  const stats = `${sideLabel(t.base)} → ${sideLabel(t.head)}${confirmationNote(t)}`;
  const where = t.source ? `<sub>defined at ${inlineCode(`${t.source.file}${t.source.line ? `:${t.source.line}` : ''}`)}</sub>` : '';
  // A probe says what it sent, so its failure can be reproduced by hand.
  const sent = t.attack ? `<sub>built-in probe ${inlineCode(t.category ?? '')}, sent: ${inlineCode(truncate(t.attack, MAX_REASON_CHARS))}</sub>` : '';
  const cell = (side: TestSide | null) => (side ? `<pre>${preContent(truncate(side.output, outputCap))}</pre>` : '<i>not present</i>');
  const reason = (side: TestSide | null) => (side?.reason ? escapeInline(truncate(withoutHostPaths(side.reason), MAX_REASON_CHARS)) : '');
  const reasons = t.base?.reason || t.head?.reason ? `<tr><td>${reason(t.base)}</td><td>${reason(t.head)}</td></tr>` : '';
  return [
    `<details><summary>${icon} ${testName(t, labels)} — ${stats}</summary>`,
    where,
    sent,
    '<table>',
    `<tr><th>base · ${sideLabel(t.base)}</th><th>head · ${sideLabel(t.head)}</th></tr>`,
    `<tr><td>${cell(t.base)}</td><td>${cell(t.head)}</td></tr>`,
    reasons,
    '</table>',
    '</details>',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * The evidence a regression or fix rests on: the fresh samples that confirmed it, its p-value and
 * the level it had to beat (alpha's share over the candidates).
 */
function confirmationNote(t: TestComparison): string {
  const c = t.confirmation;
  if (!c || c.state !== 'confirmed' || c.pValue === null) return t.pValue === null ? '' : `, ${formatPValue(t.pValue)}`;
  return ` · confirmed on fresh samples ${c.base.passes}/${c.base.samples} → ${c.head.passes}/${c.head.samples}, ${formatPValue(c.pValue)} (needed < ${formatLevel(c.level)} with ${plural(c.family, 'candidate')})`;
}

function formatLevel(level: number): string {
  return level >= 0.001 ? String(Number(level.toPrecision(2))) : level.toExponential(1);
}

/** How each prompt is named in the comment (its `name:` with its id), by prompt id. */
export type PromptLabels = ReadonlyMap<string, string>;

/** `prompt › test description`, escaped, each part cut at `max` characters. */
function testName(t: TestComparison, labels: PromptLabels, max = MAX_NAME_CHARS): string {
  return `${escapeInline(truncate(labels.get(t.promptId) ?? t.promptId, max))} › ${escapeInline(truncate(t.description ?? t.testId, max))}`;
}

function sideLabel(side: TestSide | null): string {
  if (!side) return 'absent';
  if (side.outcome === 'errored') return `errored ×${side.errors}`;
  return `${side.outcome} ${side.passes}/${side.samples - side.errors}`;
}

/** Flaky, new, removed and errored tests: counts and names in one collapsed block. */
export function otherChangesSection(groups: ReadonlyMap<string, readonly TestComparison[]>, budget: number, labels: PromptLabels = new Map()): string {
  const kinds = (['flaky', 'errored', 'new', 'removed'] as const).filter((k) => (groups.get(k)?.length ?? 0) > 0);
  if (kinds.length === 0) return '';
  const counts = kinds.map((k) => `${formatCount(groups.get(k)!.length)} ${k}`).join(' · ');
  const lines = kinds.map((k) => {
    const tests = groups.get(k)!;
    const names = tests.slice(0, MAX_NAMES).map((t) => testName(t, labels, MAX_NAME_CHARS / 2)).join(', ');
    const more = tests.length > MAX_NAMES ? ` …and ${formatCount(tests.length - MAX_NAMES)} more` : '';
    const why = k === 'flaky' ? ' — their samples disagreed and no drop was confirmed, so they do not block' : '';
    return `<p><b>${k} (${formatCount(tests.length)})</b>${why}: ${names}${more}</p>`;
  });
  return fitItems({
    heading: `<details><summary>Other test changes: ${counts}</summary>`,
    items: lines,
    render: (line) => line,
    budget,
    max: lines.length,
    closing: '\n</details>',
    more: (left) => `(${plural(left, 'list')} left out to fit the comment; see report.json.)`,
  });
}
