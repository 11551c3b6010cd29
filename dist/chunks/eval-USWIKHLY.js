#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  DirectorySource,
  locateProject,
  shownDirectory
} from "./chunk-VVN4Z4SS.js";
import {
  checkOutputPath,
  positiveInt,
  progressReporter,
  promptsNamed,
  splitJsonFlag,
  withModelsOrg,
  writeOutput
} from "./chunk-EKMLBXRK.js";
import "./chunk-NU224LGZ.js";
import {
  ZERO_CONFIG_GLOB,
  countSuiteTokens,
  createEngine,
  jobsFor,
  loadSuite,
  missingCredential,
  modelsToCall,
  summarisePrompts
} from "./chunk-WOUCLFMX.js";
import {
  oneLine,
  styler,
  table
} from "./chunk-4HXLE7TN.js";
import {
  escapeTerminal
} from "./chunk-FIKN4I2P.js";
import {
  keyOf
} from "./chunk-BGY524Z6.js";
import {
  promptLabel,
  promptLabels
} from "./chunk-NTTIUXQI.js";
import "./chunk-WKKOZ42H.js";
import "./chunk-CECCCJKY.js";
import {
  EXIT
} from "./chunk-6NSPMDMH.js";
import "./chunk-TW33II5R.js";
import "./chunk-S3IFKC6U.js";
import "./chunk-LH5RUYTT.js";
import "./chunk-WNENITHW.js";
import {
  UserError,
  describeError
} from "./chunk-BSE5VMI7.js";
import "./chunk-5HX2GR4K.js";

// src/cli/eval.ts
import { statSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
import { parseArgs } from "node:util";

// src/report/eval-terminal.ts
function renderEvalTable(view, stream) {
  const s = styler(stream);
  const rows = view.prompts.map((p) => [
    escapeTerminal(promptLabel(p)),
    p.version.slice(0, 7),
    escapeTerminal(p.model),
    `${p.tokens.estimated ? "~" : ""}${p.tokens.tokens}`,
    String(p.tests),
    p.passRate === void 0 ? "\u2014" : `${Math.round(p.passRate * 100)}%`,
    p.meanScore === void 0 ? "\u2014" : p.meanScore.toFixed(2),
    [p.failed && s.red(`${p.failed} failed`), p.flaky && s.yellow(`${p.flaky} flaky`), p.errored && s.yellow(`${p.errored} errored`)].filter(Boolean).join(", ") || s.green("ok")
  ]);
  const out = [table(rows, ["prompt", "version", "model", "tokens", "tests", "pass", "score", "status"])];
  const cases = new Map(view.suite.prompts.flatMap((p) => p.tests.map((t2) => [keyOf(p.prompt.id, t2.id), t2])));
  const labels = promptLabels(view.prompts);
  const failing = view.results.filter((r) => r.outcome === "failed" || r.outcome === "flaky");
  const caseOf = (r) => cases.get(keyOf(r.promptId, r.testId));
  const own = failing.filter((r) => !caseOf(r)?.category);
  const probes = failing.filter((r) => caseOf(r)?.category);
  if (own.length) out.push("", s.bold("Failures"), ...own.flatMap((r) => failureLines(r, caseOf(r), labels, s)));
  if (probes.length) out.push("", s.bold("Failed built-in probes"), ...probes.flatMap((r) => failureLines(r, caseOf(r), labels, s)));
  const erroredRuns = view.results.flatMap((r) => r.runs.filter((x) => x.error).map((x) => x.error));
  if (erroredRuns.length) {
    out.push("", s.bold("Provider errors") + s.dim(" (not counted as failures)"));
    const byCause = /* @__PURE__ */ new Map();
    for (const e of erroredRuns) {
      const key = `${e.modelId}: ${e.kind} \u2014 ${oneLine(e.message, 90)}`;
      byCause.set(key, (byCause.get(key) ?? 0) + 1);
    }
    for (const [cause, n] of byCause) out.push(`  ${s.yellow("!")} ${escapeTerminal(cause)} \xD7${n}`);
  }
  if (view.errors.length) {
    out.push("", s.bold("Could not load"));
    for (const e of view.errors) {
      out.push(`  ${s.red("\u2717")} ${escapeTerminal(describeError(e)).replace(/\n/g, "\n    ")}`);
      for (const t2 of view.notRun.filter((n) => n.file === e.location?.file)) out.push(`    ${s.dim(`not run: ${t2.reason} \u2014 ${t2.test}`)}`);
    }
  }
  const { summary: t } = view;
  const parts = [s.green(`${t.passed} passed`), t.failed ? s.red(`${t.failed} failed`) : `${t.failed} failed`];
  if (t.flaky) parts.push(s.yellow(`${t.flaky} flaky`));
  if (t.errored) parts.push(s.yellow(`${t.errored} errored`));
  out.push("", `${t.tests} tests: ${parts.join(", ")} ${s.dim(`in ${(view.durationMs / 1e3).toFixed(1)}s, ${view.cache.hits} cached`)}`);
  return out.join("\n");
}
function failureLines(r, test, labels, s) {
  const run = r.runs.find((x) => x.outcome === "failed");
  const where = test?.source?.line ? s.dim(` ${test.source.file}:${test.source.line}`) : "";
  const lines = [
    `${s.red("\u2717")} ${escapeTerminal(labels.get(r.promptId) ?? r.promptId)} \u203A ${escapeTerminal(r.testId)}${r.description ? s.dim(` \u201C${escapeTerminal(oneLine(r.description, 50))}\u201D`) : ""}${r.outcome === "flaky" ? s.yellow(` flaky ${r.passes}/${r.completed}`) : ""}${where}`
  ];
  if (test?.attack) lines.push(s.dim(`    sent:   ${escapeTerminal(oneLine(test.attack, 100))}`));
  for (const a of run?.assertions.filter((x) => !x.pass) ?? []) lines.push(`    ${escapeTerminal(a.name)}: ${escapeTerminal(oneLine(a.reason, 110))}`);
  if (run) lines.push(s.dim(`    output: ${escapeTerminal(oneLine(run.output, 100))}`));
  return lines;
}

// src/report/gh-models-json.ts
function ghModelsEvaluation(entry, results) {
  const rows = new Map(entry.tests.map((t) => [t.id, t.row ?? t.vars]));
  const testResults = inFileOrder(entry, results).map((r) => {
    const run = r.runs.find((x) => x.outcome !== "errored");
    const result = {
      testCase: rows.get(r.testId) ?? {},
      modelResponse: run?.output.trim() ?? "",
      evaluationResults: nullIfEmpty(
        (run?.assertions ?? []).map((a) => ({
          evaluatorName: a.name,
          score: a.rawScore ?? a.score,
          passed: a.pass,
          ...a.reason ? { details: a.reason } : {}
        }))
      )
    };
    const error = r.runs.find((x) => x.error)?.error;
    if (r.outcome === "errored" && error) result.error = `${error.modelId}: ${error.message}`;
    return result;
  });
  const passedTests = results.filter((r) => r.outcome === "passed").length;
  const erroredTests = results.filter((r) => r.outcome === "errored").length;
  const totalTests = results.length;
  return {
    name: entry.prompt.name ?? "",
    description: entry.prompt.description ?? "",
    model: entry.prompt.model ?? entry.modelId,
    testResults: nullIfEmpty(testResults),
    summary: {
      totalTests,
      passedTests,
      failedTests: totalTests - passedTests - erroredTests,
      passRate: totalTests === 0 ? 100 : passedTests / totalTests * 100,
      ...erroredTests ? { erroredTests } : {}
    }
  };
}
function inFileOrder(entry, results) {
  const place = new Map(entry.tests.map((t, i) => [t.id, t.source?.file === entry.prompt.path ? [0, t.source.line ?? i] : [1, i]]));
  const rank = (r) => place.get(r.testId) ?? [2, 0];
  return [...results].sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    return x[0] - y[0] || x[1] - y[1];
  });
}
function nullIfEmpty(list) {
  return list.length === 0 ? null : list;
}

// src/cli/eval.ts
var EVAL_USAGE = `promptgate eval [FILE...] [--json [OUT]] [--format gh-models|promptgate] [--adversarial]
                [--org ORG] [--config FILE] [--repeat N] [--concurrency N] [--prompt ID] [--no-cache]

Runs every test of every prompt once (or N times) and prints a table. With FILEs, only those
prompt files; any *.yml or *.yaml named here is read as a GitHub Models prompt file, as
\`gh models eval FILE\` reads it.
  --json            print the results to standard output as \`gh models eval --json\` does
                    (one object per prompt file; a list of them for several)
  --json OUT        write promptgate's own results (OUT ends in .json, or - for standard output)
  --format F        the shape --json writes: gh-models or promptgate
  --adversarial     also run the built-in prompt-injection probes (config: adversarial.eval)
  --org ORG         bill GitHub Models calls to organisation ORG, as \`gh models eval --org\`
                    (env: PROMPTGATE_MODELS_ORG)
  --config FILE     promptgate.yml to use (default: ./promptgate.yml, else zero-config)
  --repeat N        samples per test, overriding the config
  --concurrency N   model calls in flight at once
  --prompt ID       only this prompt (repeatable)
  --no-cache        ignore and do not write .promptgate/cache

Exit codes: 0 all passed, 1 a test failed, 2 a config, prompt file or usage error,
3 nothing failed but tests errored because a model provider failed.`;
var FORMATS = ["gh-models", "promptgate"];
var DIFFERENCES = 'see "Differences from gh models eval" in the README';
async function evalCommand(argv, io) {
  const options = parseEvalArgs(argv, io.env);
  if (options.format) checkOutputPath(io.cwd, options.out, "--json");
  const project = await locateProject(options.config, io.cwd);
  const named = options.files.map((file) => namedPromptFile(file, project.root, io.cwd));
  const suite = await loadEvalSuite(project, named, options.adversarial || project.loaded.config.adversarial.eval);
  suite.prompts = promptsNamed(suite.prompts, options.only, suite.errors.flatMap((e) => e.location?.file ?? []));
  checkRunnable(suite, project, options.env, io.cwd);
  const run = await evaluateSuite(suite, project, options, io);
  showRun(run, options, io);
  await writeJson(run, options, project, io);
  if (suite.errors.length) return EXIT.usage;
  if (run.summary.failed + run.summary.flaky > 0) return EXIT.failure;
  if (run.summary.errored > 0) return EXIT.inconclusive;
  return EXIT.ok;
}
function parseEvalArgs(argv, env) {
  const { rest, json } = splitJsonFlag(argv);
  const { values, positionals: files } = parseArgs({
    args: rest,
    options: {
      config: { type: "string" },
      format: { type: "string" },
      adversarial: { type: "boolean" },
      org: { type: "string" },
      repeat: { type: "string" },
      concurrency: { type: "string" },
      prompt: { type: "string", multiple: true },
      "no-cache": { type: "boolean" }
    },
    allowPositionals: true,
    strict: true
  });
  return {
    files,
    config: values.config,
    format: jsonFormat(values.format, json),
    out: json?.out ?? "-",
    adversarial: values.adversarial === true,
    env: withModelsOrg(env, values.org),
    repeat: positiveInt(values.repeat, "--repeat"),
    concurrency: positiveInt(values.concurrency, "--concurrency"),
    only: values.prompt,
    noCache: values["no-cache"]
  };
}
function checkRunnable(suite, { root, loaded }, env, cwd) {
  if (suite.prompts.length === 0 && suite.errors.length === 0) {
    throw new UserError(`no prompts found under ${shownDirectory(root, cwd)}`, {
      hint: loaded.file ? `check \`prompts\` in ${loaded.file}` : "add *.prompt.yml files, or a promptgate.yml that lists your prompts"
    });
  }
  const missing = missingCredentials(suite, env, loaded);
  if (missing.length) {
    throw new UserError(`no provider credentials: ${missing.join("; ")}`, { hint: "set the variable and run again; nothing was evaluated" });
  }
}
async function evaluateSuite(suite, { root, loaded }, options, io) {
  const progress = progressReporter(io.stderr, "eval");
  const engine = createEngine({ root, loaded, env: options.env, concurrency: options.concurrency, noCache: options.noCache, onProgress: (p) => progress.update(p) });
  const started = Date.now();
  const results = await engine.run(jobsFor(suite.prompts, options.repeat));
  progress.done();
  const durationMs = Date.now() - started;
  const { prompts, summary } = await summarisePrompts(suite, results, await countSuiteTokens(suite, engine.tokens));
  return { suite, results, prompts, summary, durationMs, engine };
}
function showRun({ suite, results, prompts, summary, durationMs, engine }, options, io) {
  const toStdout = options.format !== void 0 && options.out === "-";
  if (!toStdout) io.stdout.write(renderEvalTable({ prompts, suite, results, summary, errors: suite.errors, notRun: suite.notRun, durationMs, cache: engine.cache.stats }, io.stdout) + "\n");
  for (const err of suite.errors) io.stderr.write(`error: ${describeError(err)}
`);
  if (engine.cache.writeError) io.stderr.write(`warning: ${engine.cache.writeError}; answers were not stored, so the next run calls the models again
`);
  for (const note of differenceNotes(suite, summary.errored)) io.stderr.write(`note: ${note}
`);
}
async function writeJson({ suite, results, prompts, summary, durationMs }, options, { loaded }, io) {
  if (options.format === "gh-models") {
    const evaluations = suite.prompts.map((p) => ghModelsEvaluation(p, results.filter((r) => r.promptId === p.prompt.id)));
    await writeOutput(io, options.out, JSON.stringify(evaluations.length === 1 ? evaluations[0] : evaluations, null, 2) + "\n");
  } else if (options.format === "promptgate") {
    const head = { schemaVersion: 1, kind: "eval", config: loaded.file ?? null, durationMs, summary, prompts };
    const tail = { errors: suite.errors.map((e) => ({ message: e.message, location: e.location ?? null, hint: e.hint ?? null })), notRun: suite.notRun };
    await writeOutput(io, options.out, reportPieces(head, results, tail));
  }
}
function* reportPieces(head, tests, tail) {
  let piece = `${JSON.stringify(head, null, 2).slice(0, -2)},
  "tests": ${tests.length === 0 ? "[]" : "[\n"}`;
  for (let i = 0; i < tests.length; i++) {
    piece += `${i === 0 ? "" : ",\n"}    ${JSON.stringify(tests[i], null, 2).replace(/\n/g, "\n    ")}`;
    if (piece.length >= PIECE) {
      yield piece;
      piece = "";
    }
  }
  yield `${piece}${tests.length === 0 ? "" : "\n  ]"},
${JSON.stringify(tail, null, 2).slice(2)}
`;
}
var PIECE = 64 * 1024;
function jsonFormat(format, json) {
  if (format !== void 0 && !FORMATS.includes(format)) {
    throw new UserError(`--format takes gh-models or promptgate, not "${format}"`);
  }
  if (format !== void 0) return format;
  if (!json) return void 0;
  return json.out === void 0 ? "gh-models" : "promptgate";
}
function namedPromptFile(file, root, cwd) {
  const absolute = resolve(cwd, file);
  const path = relative(root, absolute).split("\\").join("/");
  if (path.startsWith("../") || isAbsolute(path)) {
    throw new UserError(`${file} is outside ${shownDirectory(root, cwd)}, where promptgate reads prompts`, { hint: "run promptgate eval from a directory that contains the file" });
  }
  const stats = statSync(absolute, { throwIfNoEntry: false });
  if (!stats) throw new UserError(`prompt file not found: ${file}`, { hint: "check the path; it is relative to the current directory" });
  if (!stats.isFile()) throw new UserError(`${file} is a directory, not a prompt file`, { hint: "name the prompt files in it, or run promptgate eval without FILE to evaluate every prompt" });
  return path;
}
async function loadEvalSuite({ root, loaded }, named, probes) {
  if (named.length === 0) return loadSuite(new DirectorySource(root), loaded, { probes });
  const config = { ...loaded.config, prompts: [...loaded.config.prompts ?? [ZERO_CONFIG_GLOB], ...named] };
  const suite = await loadSuite(new DirectorySource(root), { ...loaded, config }, { probes });
  const picked = { prompts: suite.prompts.filter((p) => named.includes(p.prompt.path)), errors: suite.errors.filter((e) => named.includes(e.location?.file ?? "")), notRun: suite.notRun };
  const unread = named.filter((path) => !picked.prompts.some((p) => p.prompt.path === path) && !picked.errors.some((e) => e.location?.file === path));
  if (unread.length) {
    throw new UserError(`not a prompt file: ${unread.join(", ")}`, {
      hint: "promptgate reads *.prompt.yml, *.yml and *.yaml (GitHub Models), *.prompty, *.prompt (Dotprompt), *.md and *.txt"
    });
  }
  return picked;
}
function missingCredentials(suite, env, loaded) {
  const endpoints = loaded.config.providers.endpoints;
  return [...new Set([...modelsToCall(suite.prompts)].map((m) => missingCredential(m, env, endpoints)).filter((m) => m !== void 0))];
}
function differenceNotes(suite, errored) {
  const notes = suite.prompts.flatMap((p) => p.prompt.readNotes ?? []);
  if (errored > 0) {
    notes.push(
      `${errored} test${errored === 1 ? "" : "s"} errored because a model provider failed; gh models eval stops at the first such failure with exit 1, promptgate runs the rest, counts them as neither passed nor failed and exits 3 when nothing failed (${DIFFERENCES})`
    );
  }
  if (suite.errors.length) {
    notes.push(`gh models eval exits 1 when it cannot read a prompt file; promptgate reports each such file with its line, runs the others and exits 2 (${DIFFERENCES})`);
  }
  return notes;
}
export {
  EVAL_USAGE,
  evalCommand
};
