// Takes the README's pictures of the HTML report: `npm run demo`, then
// `node scripts/run-ts.mjs scripts/screenshot-report.ts .promptgate/demo/report.html docs`.
// Opens the report in the same headless Chromium the browser tests use and saves the top of the
// page (verdict and charts) and the tests table with the first regressed test open.
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '../test/support/browser.js';

const [input, outDir] = process.argv.slice(2);
if (!input || !outDir) {
  console.error('usage: node scripts/run-ts.mjs scripts/screenshot-report.ts REPORT.html OUT_DIR');
  process.exit(2);
}
const browser = await launchChromium();
try {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1200, height: 1000 });
  await page.goto(pathToFileURL(resolve(input)).href);
  await page.screenshot({ path: join(outDir, 'html-report.png') });
  await page.locator('#filter-change').selectOption('regressed');
  await page.locator('.test-toggle').first().click();
  await page.locator('#tests').screenshot({ path: join(outDir, 'html-report-test.png') });
  console.log(`Wrote ${join(outDir, 'html-report.png')} and ${join(outDir, 'html-report-test.png')}`);
} finally {
  await browser.close();
}
