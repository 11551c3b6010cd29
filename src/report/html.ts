import { createHash } from 'node:crypto';
import { script, style } from 'virtual:promptgate-html-page';
import { truncate } from './escape.js';
import { FIRST_SCREEN_DATA_ID, LATE_DATA_ID, type FirstScreenData, type LateData } from './html-data.js';
import { byPageOrder, TESTS_PAGE_SIZE } from './test-order.js';
import type { ComparisonReport, TestComparison, TestSide } from './types.js';

/**
 * Size bounds of the HTML report (README, "HTML report"). Model outputs dominate a big report,
 * so they share a fixed budget of 6 M characters, at most 4,000 per output: the outputs of tests
 * whose change matters (all but `unchanged`) share it first, the others share what is left, and
 * none is cut below 200. Prompt files share a budget the same way. Other text is cut at 2,000.
 */
export const HTML_LIMITS = {
  outputChars: 4_000,
  outputBudgetChars: 6_000_000,
  minOutputChars: 200,
  promptTextChars: 100_000,
  promptTextBudgetChars: 4_000_000,
  minPromptTextChars: 2_000,
  textChars: 2_000,
} as const;

/**
 * The report as one self-contained HTML file: the page script, its stylesheet and the report's
 * data inline, under a Content-Security-Policy that allows those two inline blocks (by hash)
 * and nothing else — no network, no other script, no frames, no forms. The data is JSON that
 * cannot end its script element, and the page renders every string as text.
 */
export function renderHtml(report: ComparisonReport): string {
  const capped = cappedForHtml(report);
  const { tests, changedPrompts, ...rest } = capped;
  const late: LateData = { tests, promptTexts: changedPrompts.map((p) => [p.baseText, p.headText]) };
  const first: FirstScreenData = {
    report: { ...rest, changedPrompts: changedPrompts.map(({ baseText: _base, headText: _head, ...prompt }) => prompt) },
    testCount: tests.length,
    firstTests: [...tests].sort(byPageOrder).slice(0, TESTS_PAGE_SIZE).map((t) => ({ ...t, base: withoutOutput(t.base), head: withoutOutput(t.head) })),
  };
  const policy = [
    "default-src 'none'",
    `script-src '${sha256(script)}'`,
    `style-src '${sha256(style)}'`,
    "base-uri 'none'",
    "form-action 'none'",
    // The page never parses HTML from strings: the browser itself refuses innerHTML and the like.
    "require-trusted-types-for 'script'",
    "trusted-types 'none'",
  ].join('; ');
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${policy}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>promptgate report</title>',
    `<style>${style}</style>`,
    '</head>',
    '<body>',
    '<noscript>This report is drawn by JavaScript; open it in a browser with JavaScript enabled, or read report.json.</noscript>',
    '<main id="app"></main>',
    `<script type="application/json" id="${FIRST_SCREEN_DATA_ID}">${scriptJson(first)}</script>`,
    `<script>${script}</script>`,
    `<script type="application/json" id="${LATE_DATA_ID}">${scriptJson(late)}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * JSON for a `<script>` element: `<`, `>` and `&` written as `\u003c`-style escapes, so no
 * string can spell `</script>` or `<!--`. Every other non-ASCII character is escaped too (U+2028
 * and U+2029 for older JavaScript parsers): an all-ASCII file is decoded on the browser's fast
 * path, which makes a big report open sooner. Those characters only occur inside JSON strings,
 * where the escapes mean the same.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The report with every string cut to its {@link HTML_LIMITS} bound. Works on the JSON as
 * data, so fields report.json gains later are bounded (and shown by the page) too.
 */
export function cappedForHtml(report: ComparisonReport): ComparisonReport {
  const { tests, ...rest } = report;
  const changed = (t: TestComparison) => t.change !== 'unchanged';
  const changedOutputs = tests.filter(changed).length * 2;
  const otherOutputs = (tests.length * 2 - changedOutputs) + report.reviewSample.length;
  const changedChars = share(HTML_LIMITS.outputBudgetChars, changedOutputs, HTML_LIMITS.outputChars, HTML_LIMITS.minOutputChars);
  const left = Math.max(0, HTML_LIMITS.outputBudgetChars - Math.min(changedChars * changedOutputs, HTML_LIMITS.outputBudgetChars));
  const otherChars = share(left, otherOutputs, HTML_LIMITS.outputChars, HTML_LIMITS.minOutputChars);
  const promptChars = share(HTML_LIMITS.promptTextBudgetChars, report.changedPrompts.length * 2, HTML_LIMITS.promptTextChars, HTML_LIMITS.minPromptTextChars);
  const limits = { baseText: promptChars, headText: promptChars, output: otherChars };
  const changedLimits = { ...limits, output: changedChars };
  return {
    ...(capStrings(rest, HTML_LIMITS.textChars, limits) as Omit<ComparisonReport, 'tests'>),
    tests: tests.map((t) => capStrings(t, HTML_LIMITS.textChars, changed(t) ? changedLimits : limits) as TestComparison),
  };
}

function withoutOutput(side: TestSide | null): Omit<TestSide, 'output'> | null {
  if (!side) return null;
  const { output: _output, ...rest } = side;
  return rest;
}

function share(budget: number, count: number, max: number, min: number): number {
  return Math.max(min, Math.min(max, Math.floor(budget / Math.max(1, count))));
}

function capStrings(value: unknown, limit: number, byKey: Record<string, number>): unknown {
  if (typeof value === 'string') return truncate(value, limit);
  if (Array.isArray(value)) return value.map((item) => capStrings(item, limit, byKey));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = capStrings(item, Object.hasOwn(byKey, key) ? byKey[key]! : limit, byKey);
  return out;
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
