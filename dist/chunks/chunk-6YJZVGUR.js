#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/report/report-json.ts
var TESTS_PER_PIECE = 50;
function* reportJson(report) {
  const outline = JSON.stringify({ ...report, tests: [] }, null, 2);
  const at = outline.indexOf(TESTS_KEY) + TESTS_KEY.length;
  const { tests } = report;
  if (tests.length === 0) {
    yield `${outline}
`;
    return;
  }
  yield `${outline.slice(0, at)}[
`;
  for (let from = 0; from < tests.length; from += TESTS_PER_PIECE) {
    const piece = JSON.stringify({ tests: tests.slice(from, from + TESTS_PER_PIECE) }, null, 2);
    yield piece.slice(PIECE_OPENING.length, -PIECE_CLOSING.length) + (from + TESTS_PER_PIECE < tests.length ? ",\n" : "\n");
  }
  yield `  ]${outline.slice(at + "[]".length)}
`;
}
var TESTS_KEY = '\n  "tests": ';
var PIECE_OPENING = '{\n  "tests": [\n';
var PIECE_CLOSING = "\n  ]\n}";

export {
  reportJson
};
