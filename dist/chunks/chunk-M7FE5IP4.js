#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  renderHtml
} from "./chunk-3LMK5CRD.js";
import {
  evaluateShard
} from "./chunk-2BGRH3VY.js";
import {
  serialisePartial
} from "./chunk-GWNQEOVN.js";
import {
  reportJson
} from "./chunk-6YJZVGUR.js";
import {
  checkOutputPath,
  positiveInt,
  progressReporter,
  withModelsOrg,
  writeOutput
} from "./chunk-EKMLBXRK.js";
import {
  LocalGitChanges,
  git
} from "./chunk-5TKHP2SM.js";
import {
  compare
} from "./chunk-4BD6ROUD.js";
import {
  MAX_SHARDS,
  NO_CREDENTIALS
} from "./chunk-LF6QCMWW.js";
import {
  renderMarkdown,
  structuredPatch
} from "./chunk-5VIE2S3B.js";
import {
  oneLine,
  styler,
  table
} from "./chunk-4HXLE7TN.js";
import {
  escapeTerminal
} from "./chunk-FIKN4I2P.js";
import {
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
  promptLabel,
  promptLabels,
  shortSha
} from "./chunk-NTTIUXQI.js";
import {
  EXIT,
  exitCodeOf
} from "./chunk-6NSPMDMH.js";
import {
  UserError
} from "./chunk-BSE5VMI7.js";

// src/cli/compare.ts
import { isAbsolute, relative, resolve } from "node:path";
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
  const own = report.tests.filter((t) => !t.category);
  const probes = report.tests.filter((t) => t.category);
  out.push(
    ...testGroup(own, report.prompts, "regressed", "Regressed tests", s),
    ...testGroup(own, report.prompts, "fixed", "Fixed tests", s),
    ...testGroup(probes, report.prompts, "regressed", "Regressed built-in probes", s),
    ...testGroup(probes, report.prompts, "fixed", "Fixed built-in probes", s),
    ...otherChanges(report.tests, s)
  );
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
      p.regressed ? s.red(escapeTerminal(promptLabel(p))) : escapeTerminal(promptLabel(p)),
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
function testGroup(tests, prompts, change, title, s) {
  const group = tests.filter((t) => t.change === change);
  if (group.length === 0) return [];
  const mark = change === "regressed" ? s.red("\u2717") : s.green("\u2714");
  const lines = ["", s.bold(`${title} (${group.length})`)];
  const names = promptLabels(prompts);
  for (const t of group.slice(0, MAX_TESTS)) {
    const where = t.source?.line ? s.dim(` ${escapeTerminal(t.source.file)}:${t.source.line}`) : "";
    lines.push(`${mark} ${escapeTerminal(names.get(t.promptId) ?? t.promptId)} \u203A ${escapeTerminal(oneLine(t.description ?? t.testId, 60))}${where}`);
    if (t.attack) lines.push(s.dim(`    sent: ${escapeTerminal(oneLine(t.attack, 100))}`));
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
  return left > 0 ? [s.dim(`  \u2026and ${plural(left, noun)} (all are in the --json report)`)] : [];
}

// src/cli/compare.ts
var COMPARE_USAGE = `promptgate compare --base REF [--head REF] [--config FILE] [--json OUT] [--markdown OUT] [--html OUT] [--shard I/N] [--org ORG] [--concurrency N] [--no-cache]

Evaluates the prompts a change touches at the merge base of REF and at head, and reports what changed.
  --base REF        the branch or commit the change goes into (e.g. main, origin/main)
  --head REF        the changed commit (default: HEAD)
  --config FILE     promptgate.yml, inside the repository (default: promptgate.yml at its root); it must exist at base or head
  --json OUT        write report.json (- for standard output)
  --markdown OUT    write the Markdown report, the PR comment (- for standard output)
  --html OUT        write the HTML report (one self-contained file to open in a browser)
  --shard I/N       evaluate only shard I of N and write its partial report to --json, for \`promptgate merge\`
  --org ORG         bill GitHub Models calls to organisation ORG (env: PROMPTGATE_MODELS_ORG)
  --concurrency N   model calls in flight at once
  --no-cache        ignore and do not write .promptgate/cache

Changed prompts also run the built-in prompt-injection probes (adversarial.enabled); only a
probe that passes at base and fails at head counts against the change.

Exit codes: 0 pass or skipped, 1 regression or failed gate, 2 config or usage error (a missing
provider key included: the message names the variable to set), 3 inconclusive (provider down).`;
async function compareCommand(argv, io) {
  const args = parseCompareArgs(argv);
  checkReportOutputs(args, io.cwd);
  const progress = progressReporter(io.stderr, "compare");
  const options = await compareOptions(args, io, progress);
  if (args.shard) return compareShard(options, { ...args, shard: args.shard }, io, progress);
  const { report } = await compare(options);
  progress.done();
  await writeReports(report, args, io);
  return exitCodeOfRun(report, io);
}
function exitCodeOfRun(report, io) {
  if (report.summary.startsWith(NO_CREDENTIALS)) return noCredentials(report.summary, io);
  return exitCodeOf(report);
}
function parseCompareArgs(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      base: { type: "string" },
      head: { type: "string", default: "HEAD" },
      config: { type: "string" },
      json: { type: "string" },
      markdown: { type: "string" },
      html: { type: "string" },
      shard: { type: "string" },
      org: { type: "string" },
      concurrency: { type: "string" },
      "no-cache": { type: "boolean" }
    },
    strict: true
  });
  const base = values.base;
  if (!base) throw new UserError("compare needs --base REF", { hint: "e.g. promptgate compare --base main" });
  return { ...values, base };
}
async function compareOptions(args, io, progress) {
  const repo = await repositoryRoot(io.cwd);
  return {
    source: new LocalGitChanges(repo, (line) => io.stderr.write(`${line}
`)),
    root: repo,
    base: args.base,
    head: args.head,
    configPath: args.config ? repositoryPath(repo, io.cwd, args.config) : void 0,
    configNamed: args.config !== void 0,
    env: withModelsOrg(io.env, args.org),
    // A missing key is reported by the variable to set before any call, as the Action does.
    requireCredentials: true,
    concurrency: positiveInt(args.concurrency, "--concurrency"),
    noCache: args["no-cache"],
    onProgress: (p) => progress.update(p)
  };
}
async function compareShard(options, args, io, progress) {
  const shard = parseShard(args.shard);
  const out = args.json;
  if (!out) throw new UserError("compare --shard needs --json OUT for the partial report", { hint: "e.g. promptgate compare --base main --shard 1/4 --json reports/shard-1.json" });
  const unwritten = ["markdown", "html"].filter((flag) => args[flag] !== void 0);
  if (unwritten.length) {
    throw new UserError(`compare --shard writes only its partial report (--json), not ${unwritten.map((f) => `--${f}`).join(" or ")}`, { hint: "pass them to `promptgate merge`, which writes the one report of all shards" });
  }
  const { header, samples } = await evaluateShard(options, shard);
  progress.done();
  await writeOutput(io, out, serialisePartial(header, samples));
  if (header.unsampled?.startsWith(NO_CREDENTIALS)) return noCredentials(header.unsampled, io);
  const status = out === "-" ? io.stderr : io.stdout;
  status.write(`shard ${shard.index}/${shard.total}: ${header.stats.tests} tests sampled; run \`promptgate merge\` on all shards' reports for the verdict
`);
  return EXIT.ok;
}
async function writeReports(report, args, io) {
  if (args.json !== "-" && args.markdown !== "-" && args.html !== "-") io.stdout.write(renderCompareTerminal(report, io.stdout) + "\n");
  if (args.json) await writeOutput(io, args.json, reportJson(report));
  if (args.markdown) await writeOutput(io, args.markdown, renderMarkdown(report) + "\n");
  if (args.html) await writeOutput(io, args.html, renderHtml(report));
}
function checkReportOutputs(args, cwd) {
  const toStdout = ["json", "markdown", "html"].filter((flag) => args[flag] === "-");
  if (toStdout.length > 1) {
    throw new UserError(`${toStdout.map((f) => `--${f}`).join(" and ")} both write to standard output (-)`, { hint: "send at most one report to -, and the others to files" });
  }
  for (const flag of ["json", "markdown", "html"]) checkOutputPath(cwd, args[flag], `--${flag}`);
}
function noCredentials(message, io) {
  io.stderr.write(`error: ${message}
Set the variable named above and run again; nothing was evaluated.
`);
  return EXIT.usage;
}
function parseShard(text) {
  const match = /^(\d+)\/(\d+)$/.exec(text);
  const index = Number(match?.[1]);
  const total = Number(match?.[2]);
  if (!match || index < 1 || index > total) throw new UserError(`--shard takes I/N with 1 \u2264 I \u2264 N, not "${text}"`, { hint: "e.g. --shard 2/4" });
  if (total > MAX_SHARDS) throw new UserError(`--shard ${text}: N may be at most ${MAX_SHARDS}`, { hint: `split the suite into at most ${MAX_SHARDS} shards (as many as a GitHub Actions matrix runs)` });
  return { index, total };
}
function repositoryPath(repo, cwd, path) {
  const inside = relative(repo, resolve(cwd, path)).split("\\").join("/");
  if (inside === "") throw new UserError(`--config ${path} names the repository's own directory, not a file`, { hint: "e.g. --config promptgate.yml" });
  if (inside === ".." || inside.startsWith("../") || isAbsolute(inside)) {
    throw new UserError(`--config ${path} is outside the repository, and the config is read from its commits`, { hint: "name a file inside the repository, e.g. --config promptgate.yml" });
  }
  return inside;
}
async function repositoryRoot(cwd) {
  try {
    return (await git(cwd, ["rev-parse", "--show-toplevel"])).trim();
  } catch (err) {
    throw new UserError("the current directory is not inside a git repository", { hint: "run promptgate compare or merge from a clone of the repository", cause: err });
  }
}

export {
  COMPARE_USAGE,
  compareCommand,
  exitCodeOfRun,
  writeReports,
  checkReportOutputs,
  repositoryPath,
  repositoryRoot
};
