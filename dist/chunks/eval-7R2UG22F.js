#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  DirectorySource,
  locateProject
} from "./chunk-WWZ7MAVE.js";
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
  countSuiteTokens,
  createEngine,
  jobsFor,
  loadSuite,
  summarisePrompts
} from "./chunk-MK6FIS5W.js";
import {
  UserError,
  describeError
} from "./chunk-V5TGORXK.js";
import "./chunk-F5ZDEKI7.js";
import "./chunk-5HX2GR4K.js";

// src/cli/eval.ts
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";

// src/report/eval-terminal.ts
function renderEvalTable(view, stream) {
  const s = styler(stream);
  const rows = view.prompts.map((p) => [
    p.id,
    p.version.slice(0, 7),
    p.model,
    `${p.tokens.estimated ? "~" : ""}${p.tokens.tokens}`,
    String(p.tests),
    p.passRate === void 0 ? "\u2014" : `${Math.round(p.passRate * 100)}%`,
    p.meanScore === void 0 ? "\u2014" : p.meanScore.toFixed(2),
    [p.failed && s.red(`${p.failed} failed`), p.flaky && s.yellow(`${p.flaky} flaky`), p.errored && s.yellow(`${p.errored} errored`)].filter(Boolean).join(", ") || s.green("ok")
  ]);
  const out = [table(rows, ["prompt", "version", "model", "tokens", "tests", "pass", "score", "status"])];
  const failing = view.results.filter((r) => r.outcome === "failed" || r.outcome === "flaky");
  if (failing.length) {
    out.push("", s.bold("Failures"));
    for (const r of failing) {
      const run = r.runs.find((x) => x.outcome === "failed");
      out.push(`${s.red("\u2717")} ${r.promptId} \u203A ${r.testId}${r.description ? s.dim(` \u201C${oneLine(r.description, 50)}\u201D`) : ""}${r.outcome === "flaky" ? s.yellow(` flaky ${r.passes}/${r.completed}`) : ""}`);
      for (const a of run?.assertions.filter((x) => !x.pass) ?? []) out.push(`    ${a.name}: ${oneLine(a.reason, 110)}`);
      if (run) out.push(s.dim(`    output: ${oneLine(run.output, 100)}`));
    }
  }
  const erroredRuns = view.results.flatMap((r) => r.runs.filter((x) => x.error).map((x) => x.error));
  if (erroredRuns.length) {
    out.push("", s.bold("Provider errors") + s.dim(" (not counted as failures)"));
    const byCause = /* @__PURE__ */ new Map();
    for (const e of erroredRuns) {
      const key = `${e.modelId}: ${e.kind} \u2014 ${oneLine(e.message, 90)}`;
      byCause.set(key, (byCause.get(key) ?? 0) + 1);
    }
    for (const [cause, n] of byCause) out.push(`  ${s.yellow("!")} ${cause} \xD7${n}`);
  }
  if (view.errors.length) {
    out.push("", s.bold("Could not load"));
    for (const e of view.errors) out.push(`  ${s.red("\u2717")} ${describeError(e).replace(/\n/g, "\n    ")}`);
  }
  const { summary: t } = view;
  const parts = [s.green(`${t.passed} passed`), t.failed ? s.red(`${t.failed} failed`) : `${t.failed} failed`];
  if (t.flaky) parts.push(s.yellow(`${t.flaky} flaky`));
  if (t.errored) parts.push(s.yellow(`${t.errored} errored`));
  out.push("", `${t.tests} tests: ${parts.join(", ")} ${s.dim(`in ${(view.durationMs / 1e3).toFixed(1)}s, ${view.cache.hits} cached`)}`);
  return out.join("\n");
}

// src/cli/eval.ts
var EVAL_USAGE = `promptgate eval [--config FILE] [--json OUT] [--repeat N] [--concurrency N] [--prompt ID] [--no-cache]

Runs every test of every prompt once (or N times) and prints a table.
  --config FILE     promptgate.yml to use (default: ./promptgate.yml, else zero-config)
  --json OUT        write the results as JSON
  --repeat N        samples per test, overriding the config
  --concurrency N   model calls in flight at once
  --prompt ID       only this prompt (repeatable)
  --no-cache        ignore and do not write .promptgate/cache

Exit codes: 0 all passed, 1 failures, 2 config or usage error, 3 nothing conclusive because providers failed.`;
async function evalCommand(argv, io) {
  const { values } = parseArgs({
    args: argv,
    options: {
      config: { type: "string" },
      json: { type: "string" },
      repeat: { type: "string" },
      concurrency: { type: "string" },
      prompt: { type: "string", multiple: true },
      "no-cache": { type: "boolean" }
    },
    strict: true
  });
  const repeat = positiveInt(values.repeat, "--repeat");
  const concurrency = positiveInt(values.concurrency, "--concurrency");
  const { root, loaded } = await locateProject(values.config, io.cwd);
  const progress = progressReporter(io.stderr, "eval");
  const engine = createEngine({ root, loaded, env: io.env, concurrency, noCache: values["no-cache"], onProgress: (p) => progress.update(p) });
  const releaseTokenizer = engine.tokens.holdTokenizer(loaded.config.providers.default);
  const suite = await loadSuite(new DirectorySource(root), loaded);
  const only = values.prompt;
  if (only) suite.prompts = suite.prompts.filter((p) => only.includes(p.prompt.id) || only.includes(p.prompt.path));
  if (suite.prompts.length === 0 && suite.errors.length === 0) {
    releaseTokenizer();
    throw new UserError(`no prompts found under ${root}`, {
      hint: loaded.file ? `check \`prompts\` in ${loaded.file}` : "add *.prompt.yml files, or a promptgate.yml that lists your prompts"
    });
  }
  const started = Date.now();
  const counting = countSuiteTokens(suite, engine.tokens).finally(releaseTokenizer);
  const results = await engine.run(jobsFor(suite.prompts, repeat));
  progress.done();
  const durationMs = Date.now() - started;
  const { prompts, summary } = await summarisePrompts(suite, results, await counting);
  io.stdout.write(renderEvalTable({ prompts, results, summary, errors: suite.errors, durationMs, cache: engine.cache.stats }, io.stdout) + "\n");
  for (const err of suite.errors) io.stderr.write(`error: ${describeError(err)}
`);
  if (engine.cache.writeError) io.stderr.write(`warning: ${engine.cache.writeError}; answers were not stored, so the next run calls the models again
`);
  if (values.json) {
    const out = resolve(io.cwd, values.json);
    await mkdir(dirname(out), { recursive: true });
    const report = {
      schemaVersion: 1,
      kind: "eval",
      config: loaded.file ?? null,
      durationMs,
      summary,
      prompts,
      tests: results,
      errors: suite.errors.map((e) => ({ message: e.message, location: e.location ?? null, hint: e.hint ?? null }))
    };
    await writeFile(out, JSON.stringify(report, null, 2) + "\n");
  }
  if (suite.errors.length) return EXIT.usage;
  if (summary.failed + summary.flaky > 0) return EXIT.failure;
  if (summary.errored > 0) return EXIT.inconclusive;
  return EXIT.ok;
}
function positiveInt(value, flag) {
  if (value === void 0) return void 0;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UserError(`${flag} takes a whole number of at least 1, not "${value}"`);
  return n;
}
export {
  EVAL_USAGE,
  evalCommand
};
