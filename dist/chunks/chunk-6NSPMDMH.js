#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/gate/conclusion.ts
function conclusionOf(report) {
  if (report.overridden) return "success";
  if (report.blocking) return "failure";
  return report.verdict === "pass" || report.verdict === "skipped" ? "success" : "neutral";
}
var EXIT = { ok: 0, failure: 1, usage: 2, inconclusive: 3 };
function exitCodeOf(report) {
  if (!report.blocking || report.overridden) return EXIT.ok;
  if (report.verdict === "error") return EXIT.usage;
  if (report.verdict === "inconclusive") return EXIT.inconclusive;
  return EXIT.failure;
}
function gateFailure(report) {
  if (exitCodeOf(report) === EXIT.ok) return void 0;
  if (report.verdict === "inconclusive") return `inconclusive \u2014 a model provider failed, so this is an outage, not a regression. ${report.summary}`;
  return `${report.verdict}: ${report.summary}`;
}

export {
  conclusionOf,
  EXIT,
  exitCodeOf,
  gateFailure
};
