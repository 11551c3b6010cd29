import type { ComparisonReport } from './types.js';

/** Tests per piece of report.json: a few hundred kilobytes of text. */
const TESTS_PER_PIECE = 500;

/**
 * report.json as written — exactly `JSON.stringify(report, null, 2)` and a newline — in pieces
 * of a few hundred tests, so a report of 50,000 tests is never one 50 MB string nor its copy
 * as bytes. The tests array is the only part that grows with the suite; the rest is one piece.
 */
export function* reportJson(report: ComparisonReport): Generator<string> {
  const outline = JSON.stringify({ ...report, tests: [] }, null, 2);
  // A top-level key is the only thing written at two spaces' indent after a line break: strings
  // cannot hold a raw line break, and nested values are indented deeper.
  const at = outline.indexOf(TESTS_KEY) + TESTS_KEY.length;
  const { tests } = report;
  if (tests.length === 0) {
    yield `${outline}\n`;
    return;
  }
  yield `${outline.slice(0, at)}[\n`;
  for (let from = 0; from < tests.length; from += TESTS_PER_PIECE) {
    const piece = tests.slice(from, from + TESTS_PER_PIECE).map((t) => `    ${JSON.stringify(t, null, 2).replaceAll('\n', '\n    ')}`);
    yield piece.join(',\n') + (from + TESTS_PER_PIECE < tests.length ? ',\n' : '\n');
  }
  yield `  ]${outline.slice(at + '[]'.length)}\n`;
}

const TESTS_KEY = '\n  "tests": ';
