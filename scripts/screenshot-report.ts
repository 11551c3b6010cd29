// Takes the README's picture of the HTML report: `npm run demo`, then
// `node scripts/run-ts.mjs scripts/screenshot-report.ts .promptgate/demo/report.html docs/html-report.png`.
// Opens the report in the same headless Chromium the browser tests use, opens the first
// regressed test, and saves the top of the page.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '../test/support/browser.js';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node scripts/run-ts.mjs scripts/screenshot-report.ts REPORT.html OUT.png');
  process.exit(2);
}
const browser = await launchChromium();
try {
  const page = await browser.context.newPage();
  await page.goto(pathToFileURL(resolve(input)).href);
  await page.locator('#filter-change').selectOption('regressed');
  await page.locator('.test-toggle').first().click();
  await page.locator('#tests').scrollIntoViewIfNeeded();
  await page.screenshot({ path: output, fullPage: false });
  console.log(`Wrote ${output}`);
} finally {
  await browser.close();
}
