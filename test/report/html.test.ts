import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cappedForHtml, HTML_LIMITS, renderHtml, scriptJson } from '../../src/report/html.js';
import type { FirstScreenData } from '../../src/report/html-data.js';
import { byPageOrder, TESTS_PAGE_SIZE } from '../../src/report/test-order.js';
import { htmlReportLink } from '../../src/report/html-link.js';
import { htmlParts as parts, pageReport } from '../support/html-report.js';
import { changedPrompt, hugeReport, regressionReport, testComparison, testSide } from '../support/report-factory.js';

const HOSTILE = '</script><img src=x onerror="document.title=\'pwned\'"><!-- \u2028\u2029 </SCRIPT >';

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

describe('renderHtml', () => {
  it('embeds the whole report as data the page reads back unchanged', () => {
    const report = regressionReport();
    expect(pageReport(renderHtml(report))).toEqual(report);
  });

  it('carries only the first screen before the page script: no outputs, no prompt texts, one page of tests in table order', () => {
    const report = hugeReport({ tests: 120 });
    report.tests.forEach((t, i) => (t.change = i % 7 === 3 ? 'regressed' : i % 11 === 5 ? 'fixed' : 'unchanged'));
    const html = renderHtml(report);
    const first = JSON.parse(parts(html).data) as FirstScreenData;
    expect(first.testCount).toBe(120);
    expect(first.firstTests).toHaveLength(TESTS_PAGE_SIZE);
    // The table's first page: regressed tests first, then fixed, each by prompt and test id.
    const expected = [...report.tests].sort(byPageOrder).slice(0, TESTS_PAGE_SIZE);
    expect(first.firstTests.map((t) => [t.change, t.promptId, t.testId])).toEqual(expected.map((t) => [t.change, t.promptId, t.testId]));
    const regressed = report.tests.filter((t) => t.change === 'regressed').length;
    expect(regressed).toBe(17);
    expect(first.firstTests.slice(0, regressed).every((t) => t.change === 'regressed')).toBe(true);
    expect(first.firstTests[regressed]!.change).toBe('fixed');
    expect(first.firstTests.every((t) => !('output' in (t.base ?? {})) && !('output' in (t.head ?? {})))).toBe(true);
    expect('tests' in first.report).toBe(false);
    expect(first.report.changedPrompts.length).toBeGreaterThan(0);
    expect(first.report.changedPrompts.every((p) => !('baseText' in p) && !('headText' in p))).toBe(true);
    expect(html.indexOf('id="promptgate-texts"')).toBeGreaterThan(html.indexOf('<script>'));
  });

  it('keeps hostile text inside its JSON strings: nothing in the data can close the script element or open a comment', () => {
    const report = regressionReport();
    report.summary = HOSTILE;
    report.tests[0]!.head!.output = HOSTILE;
    report.tests[0]!.testId = HOSTILE;
    report.changedPrompts[0]!.headText = HOSTILE;
    report.checklist = [{ ...report.checklist[0]!, evidence: HOSTILE }];
    const html = renderHtml(report);
    const { data, texts } = parts(html);
    expect(data + texts).not.toMatch(/[<>&\u2028\u2029]/);
    expect(html.match(/<\/script/gi)).toHaveLength(3);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<!--');
    expect(pageReport(html).tests[0]!.head!.output).toBe(HOSTILE);
  });

  it('allows only its own inline script and stylesheet, by hash, and no network at all', () => {
    const html = renderHtml(regressionReport());
    const { csp, script, style } = parts(html);
    const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values.join(' ')]));
    expect(directives.get('default-src')).toBe("'none'");
    expect(directives.get('script-src')).toBe(`'${sha256(script)}'`);
    expect(directives.get('style-src')).toBe(`'${sha256(style)}'`);
    expect(directives.get('base-uri')).toBe("'none'");
    expect(directives.get('require-trusted-types-for')).toBe("'script'");
    expect([...directives.keys()].filter((d) => /connect|img|font|frame|media|object/.test(d!))).toEqual([]);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
  });

  it('has no reference to anything outside the file', () => {
    const html = renderHtml(regressionReport());
    const { data, texts, script, style } = parts(html);
    expect(html.replace(data, '').replace(texts, '').replace(script, '').replace(style, '')).not.toMatch(/\b(?:src|href)=/i);
    expect(style).not.toMatch(/url\(|@import/i);
  });
});

describe('cappedForHtml: the size bound', () => {
  it('cuts each output to 4,000 characters in a small report and says how much was cut', () => {
    const report = regressionReport();
    report.tests[0]!.head!.output = 'x'.repeat(10_000);
    const out = cappedForHtml(report).tests[0]!.head!.output;
    expect(out.length).toBeLessThanOrEqual(HTML_LIMITS.outputChars);
    expect(out).toMatch(/^x+ … \([\d,]+ more characters\)$/);
  });

  it('shares the output budget when there are many tests, keeping more of the tests whose change matters', () => {
    const report = hugeReport({ prompts: 10, tests: 5_000 });
    report.tests.forEach((t, i) => (t.change = i < 500 ? 'regressed' : 'unchanged'));
    for (const t of report.tests) for (const side of [t.base, t.head]) if (side) side.output = 'y'.repeat(5_000);
    const longest = (tests: typeof report.tests) => Math.max(...tests.flatMap((t) => [t.base?.output.length ?? 0, t.head?.output.length ?? 0]));
    const capped = cappedForHtml(report);
    // 1,000 regressed outputs take 4,000 characters each; 9,000 unchanged ones share the other 2 M.
    expect(longest(capped.tests.slice(0, 500))).toBe(HTML_LIMITS.outputChars);
    expect(longest(capped.tests.slice(500))).toBe(Math.floor((HTML_LIMITS.outputBudgetChars - 1_000 * HTML_LIMITS.outputChars) / 9_000));
  });

  it('never cuts an output below its floor, however many tests changed', () => {
    const report = hugeReport({ prompts: 10, tests: 20_000 });
    for (const t of report.tests) t.change = 'regressed';
    for (const t of report.tests) if (t.head) t.head.output = 'z'.repeat(1_000);
    expect(Math.min(...cappedForHtml(report).tests.map((t) => t.head?.output.length ?? Infinity))).toBe(HTML_LIMITS.minOutputChars);
  });

  it('cuts prompt texts and any other text, including fields report.json gains later', () => {
    const report = regressionReport();
    report.changedPrompts = [changedPrompt('prompts/long', 'a'.repeat(300_000), 'b'.repeat(300_000))];
    report.tests = [testComparison('prompts/long', 't', { head: { ...testSide('failed', 'no', 'r'.repeat(9_000)), evidence: { note: 'n'.repeat(9_000) } } as never })];
    const capped = cappedForHtml(report) as unknown as { changedPrompts: { baseText: string }[]; tests: { head: { reason: string; evidence: { note: string } } }[] };
    expect(capped.changedPrompts[0]!.baseText.length).toBe(HTML_LIMITS.promptTextChars);
    expect(capped.tests[0]!.head.reason.length).toBe(HTML_LIMITS.textChars);
    expect(capped.tests[0]!.head.evidence.note.length).toBe(HTML_LIMITS.textChars);
  });

  it('keeps a 5,000-test report with long, partly hostile outputs under the documented 10 MB', () => {
    // Outputs of up to 600 words each: most are longer than their share of the budget.
    const report = hugeReport({ tests: 5_000 });
    expect(Buffer.byteLength(renderHtml(report))).toBeLessThan(10_000_000);
  });
});

describe('scriptJson', () => {
  it('writes <, >, & and the line separators as escapes that JSON reads back', () => {
    const text = '<a>&\u2028\u2029';
    expect(scriptJson(text)).toBe('"\\u003ca\\u003e\\u0026\\u2028\\u2029"');
    expect(JSON.parse(scriptJson(text))).toBe(text);
  });

  it('writes only ASCII: accents, CJK and emoji (surrogate pairs) as escapes that JSON reads back', () => {
    const text = 'café 日本 🙂 — …';
    expect(scriptJson(text)).toMatch(/^[\x00-\x7f]*$/);
    expect(scriptJson(text)).toContain('\\ud83d\\ude42');
    expect(JSON.parse(scriptJson(text))).toBe(text);
  });

  it('makes a whole report file ASCII, the page script and stylesheet included', () => {
    const report = regressionReport();
    report.tests[0]!.head!.output = 'Grüße 🙂';
    expect(renderHtml(report)).toMatch(/^[\x00-\x7f]*$/);
  });
});

describe('htmlReportLink', () => {
  it('points at the workflow run whose artifacts hold the report', () => {
    expect(htmlReportLink('https://github.com/acme/support-bot/actions/runs/4242')).toContain('[this workflow run](https://github.com/acme/support-bot/actions/runs/4242)');
  });

  it('says nothing when the run is not known or its URL could break the Markdown', () => {
    expect(htmlReportLink(undefined)).toBe('');
    expect(htmlReportLink('https://github.com/a/b/actions/runs/1) [x](https://evil.example')).toBe('');
  });
});
