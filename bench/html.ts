// The HTML report at 5,000 tests (issue "a report to look at": first screen in under a second,
// file size bounded). A 5,000-test report over 300 prompts with outputs of up to 600 words (the
// browser tests' generator) is rendered by the real renderer, opened from disk in Debian's
// Chromium, and timed from navigation start to the browser's first contentful paint, taken only
// if it came after the page's `promptgate:first-screen-drawn` mark (the verdict, the prompts and
// the first page of test rows are in the document; before that the page shows nothing); else to
// the `promptgate:first-screen` mark, set in a task after the next frame. The median of five
// fresh page loads. Prints one JSON line for bench/run.mjs.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HTML_LIMITS, renderHtml } from '../src/report/html.js';
import { chromiumInstalled, CHROMIUM_PATH, launchChromium } from '../test/support/browser.js';
import { hugeReport } from '../test/support/report-factory.js';

const TESTS = Number(process.env.HTML_TESTS ?? 5_000);
const LOADS = 5;

if (!chromiumInstalled()) {
  console.log(JSON.stringify({ skipped: `${CHROMIUM_PATH} is missing (apt-get install -y chromium)` }));
  process.exit(0);
}
const report = hugeReport({ tests: TESTS });
const html = renderHtml(report);
const bytes = Buffer.byteLength(html);
const dir = mkdtempSync(join(tmpdir(), 'promptgate-bench-html-'));
const file = join(dir, 'report.html');
writeFileSync(file, html);
const browser = await launchChromium();
const PAGE_TIMINGS = `(() => {
  const at = (name) => performance.getEntriesByName(name)[0]?.startTime;
  const drawn = at('promptgate:first-screen-drawn');
  const paint = at('first-contentful-paint');
  return {
  scriptStartMs: Math.round(at('promptgate:script-start')),
  firstScreenMs: Math.round(paint !== undefined && paint >= drawn ? paint : at('promptgate:first-screen')),
  drawnMs: Math.round(drawn),
  domContentLoadedMs: Math.round(performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd),
  rows: document.querySelectorAll('#tests tr.test').length,
  };
})()`;
const samples: { scriptStartMs: number; firstScreenMs: number; drawnMs: number; domContentLoadedMs: number; rows: number }[] = [];
try {
  for (let i = 0; i < LOADS; i++) {
    const page = await browser.context.newPage();
    await page.goto(pathToFileURL(file).href);
    await page.waitForFunction(() => performance.getEntriesByName('promptgate:first-screen').length > 0, undefined, { timeout: 60_000 });
    // Evaluated in the page (a DOM this file's types do not describe).
    samples.push(await page.evaluate(PAGE_TIMINGS));
    await page.close();
  }
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
const median = [...samples].sort((a, b) => a.firstScreenMs - b.firstScreenMs)[Math.floor(samples.length / 2)]!;
const outputs = report.tests.length * 2 + report.reviewSample.length;
console.log(
  JSON.stringify({
    tests: TESTS,
    bytes,
    bytesPerTest: Math.round(bytes / TESTS),
    // What the documented bounds allow at most for outputs, whatever the model wrote.
    outputBoundBytes: Math.min(HTML_LIMITS.outputBudgetChars, outputs * HTML_LIMITS.outputChars),
    firstScreenMs: median.firstScreenMs,
    domContentLoadedMs: median.domContentLoadedMs,
    // From navigation start to the page script's first line: reading and parsing the file.
    scriptStartMs: median.scriptStartMs,
    // The script's line that puts the first screen in the document.
    drawnMs: median.drawnMs,
    rows: median.rows,
    samples: samples.map((s) => s.firstScreenMs),
  }),
);
