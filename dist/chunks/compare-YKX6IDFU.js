#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  oneLine,
  styler,
  table
} from "./chunk-4HXLE7TN.js";
import {
  progressReporter
} from "./chunk-6Z55ZNLD.js";
import {
  EXIT
} from "./chunk-54IHLNLM.js";
import {
  LocalGitChanges,
  git
} from "./chunk-QLGZYXG4.js";
import {
  compare,
  escapeTerminal,
  formatCount,
  formatDuration,
  formatMs,
  formatPValue,
  formatPercent,
  formatScore,
  formatSigned,
  formatSignedCount,
  formatSignedUsd,
  formatTransition,
  plural,
  problemLocation,
  renderMarkdown,
  shortSha,
  structuredPatch
} from "./chunk-HGOUTIR3.js";
import "./chunk-FU4A33PN.js";
import "./chunk-MK6FIS5W.js";
import {
  UserError
} from "./chunk-V5TGORXK.js";
import "./chunk-F5ZDEKI7.js";
import "./chunk-5HX2GR4K.js";

// src/cli/compare.ts
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import { parseArgs } from "node:util";

// src/report/compare-terminal.ts
var MAX_TESTS = 10;
var MAX_PROMPT_ROWS = 30;
var MAX_PROBLEMS = 10;
var MAX_DIFFS = 3;
var MAX_DIFF_LINES = 10;
var MARK = { pass: "\u2714", regression: "\u2717", fail: "\u2717", inconclusive: "!", skipped: "\u2013", error: "\u2717" };
function renderCompareTerminal(report, stream) {
  const s = styler(stream);
  const out = [verdictLine(report, s)];
  if (report.summary) out.push(escapeTerminal(oneLine(report.summary, 200)));
  for (const note of report.notes) out.push(s.dim(`note: ${escapeTerminal(oneLine(note, 160))}`));
  if (report.prompts.length) out.push("", promptsTable(report, s));
  out.push(...testGroup(report.tests, "regressed", s), ...testGroup(report.tests, "fixed", s), ...otherChanges(report.tests, s));
  if (report.providerErrors.length) {
    out.push("", s.bold("Provider errors") + s.dim(" (not counted as failures)"));
    for (const e of report.providerErrors.slice(0, MAX_PROBLEMS)) {
      out.push(`  ${s.yellow("!")} ${escapeTerminal(e.modelId)}: ${escapeTerminal(e.kind)} \xD7${e.count} (${e.side}) \u2014 ${escapeTerminal(oneLine(e.message, 100))}`);
    }
    out.push(...more(report.providerErrors.length - MAX_PROBLEMS, "more provider error", s));
  }
  if (report.errors.length) {
    out.push("", s.bold("File problems"));
    for (const p of report.errors.slice(0, MAX_PROBLEMS)) {
      const where = problemLocation(p);
      out.push(`  ${s.red("\u2717")} ${escapeTerminal(where ? `${where}: ` : "")}${escapeTerminal(oneLine(p.message, 120))} ${s.dim(`(${p.side})`)}`);
      if (p.hint) out.push(`    \u2192 ${escapeTerminal(oneLine(p.hint, 120))}`);
    }
    out.push(...more(report.errors.length - MAX_PROBLEMS, "more file problem", s));
  }
  out.push(...promptDiffs(report.changedPrompts, s));
  const { stats } = report;
  out.push(
    "",
    s.dim(
      `${plural(stats.samples, "sample")}, ${plural(stats.modelCalls, "model call")}, ${formatCount(stats.cachedSamples)} cached in ${formatDuration(stats.durationMs)} \xB7 base ${escapeTerminal(report.base.ref)}@${shortSha(report.base.sha)} \xB7 head ${escapeTerminal(report.head.ref)}@${shortSha(report.head.sha)}`
    )
  );
  return out.join("\n");
}
function verdictLine(report, s) {
  const color = report.verdict === "pass" || report.overridden ? s.green : report.verdict === "skipped" ? s.dim : report.verdict === "inconclusive" ? s.yellow : s.red;
  const text = `${MARK[report.verdict]} ${report.verdict}${report.overridden ? " (accepted by override)" : ""}`;
  const blocking = report.blocking && !report.overridden ? s.bold(" \u2014 blocks merge") : "";
  return `${s.bold(color(text))}${blocking}`;
}
function promptsTable(report, s) {
  const shown = [...report.prompts].sort((a, b) => Number(b.regressed) - Number(a.regressed)).slice(0, MAX_PROMPT_ROWS);
  const rows = shown.map((p) => {
    const delta = formatSigned(p.delta.score);
    const pValue = p.significance.pValue === null ? "" : ` ${formatPValue(p.significance.pValue)}`;
    return [
      p.regressed ? s.red(escapeTerminal(p.id)) : escapeTerminal(p.id),
      formatTransition(formatScore(p.base?.meanScore ?? null), formatScore(p.head?.meanScore ?? null)),
      p.significance.significant ? s.bold(delta) + pValue : delta + s.dim(pValue),
      formatTransition(formatPercent(p.base?.passRate ?? null), formatPercent(p.head?.passRate ?? null)),
      formatSignedCount(p.delta.tokens),
      formatSignedUsd(p.delta.costPer1kUsd),
      formatTransition(formatMs(p.base?.latencyP95Ms ?? null), formatMs(p.head?.latencyP95Ms ?? null))
    ];
  });
  const text = table(rows, ["prompt", "score", "\u0394", "pass rate", "tokens \u0394", "cost/1k \u0394 $", "p95 latency"]);
  return [text, ...more(report.prompts.length - shown.length, "more prompt", s)].join("\n");
}
function testGroup(tests, change, s) {
  const group = tests.filter((t) => t.change === change);
  if (group.length === 0) return [];
  const mark = change === "regressed" ? s.red("\u2717") : s.green("\u2714");
  const lines = ["", s.bold(`${change === "regressed" ? "Regressed" : "Fixed"} tests (${group.length})`)];
  for (const t of group.slice(0, MAX_TESTS)) {
    lines.push(`${mark} ${escapeTerminal(t.promptId)} \u203A ${escapeTerminal(oneLine(t.description ?? t.testId, 60))}`);
    lines.push(s.dim(`    base: ${escapeTerminal(oneLine(t.base?.output ?? "(absent)", 100))}`));
    lines.push(`    head: ${escapeTerminal(oneLine(t.head?.output ?? "(absent)", 100))}`);
    const reason = (change === "regressed" ? t.head : t.base)?.reason;
    if (reason) lines.push(s.dim(`    why:  ${escapeTerminal(oneLine(reason, 100))}`));
  }
  lines.push(...more(group.length - MAX_TESTS, `more ${change} test`, s));
  return lines;
}
function otherChanges(tests, s) {
  const counts = ["flaky", "errored", "new", "removed"].map((change) => [change, tests.filter((t) => t.change === change).length]).filter(([, n]) => n > 0);
  return counts.length ? ["", s.dim(`Also: ${counts.map(([change, n]) => `${formatCount(n)} ${change}`).join(", ")}`)] : [];
}
function promptDiffs(changed, s) {
  if (changed.length === 0) return [];
  const lines = ["", s.bold("Prompt changes")];
  for (const c of changed.slice(0, MAX_DIFFS)) {
    lines.push(`${s.bold(escapeTerminal(c.path))} ${s.dim(`(${c.status})`)}`);
    const patch = structuredPatch("base", "head", c.baseText ?? "", c.headText ?? "", "", "", { context: 0 });
    const diffLines = patch.hunks.flatMap((h) => h.lines).filter((l) => l.startsWith("+") || l.startsWith("-"));
    for (const l of diffLines.slice(0, MAX_DIFF_LINES)) {
      const text = `  ${escapeTerminal(oneLine(l, 110))}`;
      lines.push(l.startsWith("+") ? s.green(text) : s.red(text));
    }
    if (diffLines.length > MAX_DIFF_LINES) lines.push(s.dim(`  \u2026${plural(diffLines.length - MAX_DIFF_LINES, "more changed line")}`));
  }
  lines.push(...more(changed.length - MAX_DIFFS, "more changed prompt", s));
  return lines;
}
function more(left, noun, s) {
  return left > 0 ? [s.dim(`  \u2026and ${plural(left, noun)} (see report.json)`)] : [];
}

// src/cli/compare.ts
var COMPARE_USAGE = `promptgate compare --base REF [--head REF] [--config FILE] [--json OUT] [--markdown OUT] [--concurrency N] [--no-cache]

Evaluates the prompts a change touches at the merge base of REF and at head, and reports what changed.
  --base REF        the branch or commit the change goes into (e.g. main, origin/main)
  --head REF        the changed commit (default: HEAD)
  --config FILE     promptgate.yml, relative to the repository root (default: promptgate.yml)
  --json OUT        write report.json
  --markdown OUT    write the Markdown report (the PR comment)

Exit codes: 0 pass or skipped, 1 regression or failed gate, 2 config or usage error, 3 inconclusive (provider down).`;
async function compareCommand(argv, io) {
  const { values } = parseArgs({
    args: argv,
    options: {
      base: { type: "string" },
      head: { type: "string", default: "HEAD" },
      config: { type: "string" },
      json: { type: "string" },
      markdown: { type: "string" },
      concurrency: { type: "string" },
      "no-cache": { type: "boolean" }
    },
    strict: true
  });
  if (!values.base) throw new UserError("compare needs --base REF", { hint: "e.g. promptgate compare --base main" });
  const concurrency = values.concurrency === void 0 ? void 0 : Number(values.concurrency);
  if (concurrency !== void 0 && (!Number.isInteger(concurrency) || concurrency < 1)) {
    throw new UserError(`--concurrency takes a whole number of at least 1, not "${values.concurrency}"`);
  }
  const repo = await repositoryRoot(io.cwd);
  const configPath = values.config ? relative(repo, resolve(io.cwd, values.config)).split("\\").join("/") : void 0;
  const progress = progressReporter(io.stderr, "compare");
  const report = await compare({
    source: new LocalGitChanges(repo, (line) => io.stderr.write(`${line}
`)),
    root: repo,
    base: values.base,
    head: values.head,
    configPath,
    env: io.env,
    concurrency,
    noCache: values["no-cache"],
    onProgress: (p) => progress.update(p)
  });
  progress.done();
  io.stdout.write(renderCompareTerminal(report, io.stdout) + "\n");
  if (values.json) await writeOut(resolve(io.cwd, values.json), JSON.stringify(report, null, 2) + "\n");
  if (values.markdown) await writeOut(resolve(io.cwd, values.markdown), renderMarkdown(report) + "\n");
  return exitCodeOf(report);
}
function exitCodeOf(report) {
  if (!report.blocking || report.overridden) return EXIT.ok;
  if (report.verdict === "error") return EXIT.usage;
  if (report.verdict === "inconclusive") return EXIT.inconclusive;
  return EXIT.failure;
}
async function repositoryRoot(cwd) {
  try {
    return (await git(cwd, ["rev-parse", "--show-toplevel"])).trim();
  } catch (err) {
    throw new UserError(`${cwd} is not inside a git repository`, { hint: "run promptgate compare from a git checkout", cause: err });
  }
}
async function writeOut(path, text) {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}
export {
  COMPARE_USAGE,
  compareCommand,
  exitCodeOf
};
