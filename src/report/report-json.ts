import type { ComparisonReport } from './types.js';

/**
 * Tests per piece of report.json: some 50 KB of text, below V8's large-object size, so each piece
 * dies young instead of piling up as large objects (50 MB of them) that only a full GC frees.
 */
const TESTS_PER_PIECE = 50;

/**
 * report.json as written — exactly `JSON.stringify(report, null, 2)` and a newline — in pieces
 * of fifty tests, so a report of 50,000 tests is never one 50 MB string nor its copy
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
    // Stringified inside an outline of its own, the piece's tests come out at the indent they
    // have in the report: one pass, no re-indenting.
    const piece = JSON.stringify({ tests: tests.slice(from, from + TESTS_PER_PIECE) }, null, 2);
    yield piece.slice(PIECE_OPENING.length, -PIECE_CLOSING.length) + (from + TESTS_PER_PIECE < tests.length ? ',\n' : '\n');
  }
  yield `  ]${outline.slice(at + '[]'.length)}\n`;
}

const TESTS_KEY = '\n  "tests": ';
const PIECE_OPENING = '{\n  "tests": [\n';
const PIECE_CLOSING = '\n  ]\n}';
