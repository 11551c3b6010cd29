#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  DirectorySource,
  locateProject,
  shownDirectory
} from "./chunk-VVN4Z4SS.js";
import {
  checkOutputPath,
  progressReporter,
  promptsNamed,
  writeOutput
} from "./chunk-EKMLBXRK.js";
import "./chunk-NU224LGZ.js";
import {
  roundRobin
} from "./chunk-FU4A33PN.js";
import {
  createEngine,
  jobsFor,
  loadSuite,
  missingCredential
} from "./chunk-WOUCLFMX.js";
import "./chunk-BGY524Z6.js";
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

// src/cli/sample.ts
import { parseArgs } from "node:util";

// src/report/csv.ts
function toCsv(header, rows) {
  const field = (v) => `"${String(v ?? "").replace(/"/g, '""')}"`;
  return [header, ...rows].map((r) => r.map(field).join(",")).join("\r\n") + "\r\n";
}

// src/cli/sample.ts
var SAMPLE_USAGE = `promptgate sample [--config FILE] [--size N] [--prompt ID] [--out FILE.csv]

Evaluates your own tests (testData rows and tests in promptgate.yml; not the built-in probes)
through the cache and exports a sample of their outputs as CSV for human review, spread
evenly over the prompts, with empty reviewer_verdict and reviewer_notes columns.
  --config FILE     promptgate.yml to use (default: ./promptgate.yml, else zero-config)
  --size N          outputs in the sample (default 20)
  --prompt ID       only this prompt (repeatable)
  --out FILE.csv    where to write it (default, or -: standard output)

Exit codes: 0 written, 2 nothing to sample (the message says why) or a usage error,
3 every model call failed.`;
async function sampleCommand(argv, io) {
  const { values } = parseArgs({
    args: argv,
    options: { config: { type: "string" }, size: { type: "string", default: "20" }, prompt: { type: "string", multiple: true }, out: { type: "string" } },
    strict: true
  });
  const size = Number(values.size);
  if (!Number.isInteger(size) || size < 1) throw new UserError(`--size takes a whole number of at least 1, not "${values.size}"`);
  checkOutputPath(io.cwd, values.out, "--out");
  const { root, loaded } = await locateProject(values.config, io.cwd);
  const suite = await loadSuite(new DirectorySource(root), loaded, { probes: false });
  for (const err of suite.errors) io.stderr.write(`error: ${describeError(err)}
`);
  suite.prompts = promptsNamed(suite.prompts, values.prompt, suite.errors.flatMap((e) => e.location?.file ?? []));
  const own = suite.prompts.map((p) => ({ ...p, tests: p.tests.filter((t) => !t.category) })).filter((p) => p.tests.length > 0);
  if (own.length === 0) throw nothingToSample(suite.prompts.length, shownDirectory(root, io.cwd));
  const missing = [...new Set(own.map((p) => missingCredential(p.modelId, io.env, loaded.config.providers.endpoints)).filter((m) => m !== void 0))];
  if (missing.length) throw new UserError(`no provider credentials: ${missing.join("; ")}`, { hint: "set the variable and run again; nothing was sampled" });
  const progress = progressReporter(io.stderr, "sample");
  const engine = createEngine({ root, loaded, env: io.env, onProgress: (p) => progress.update(p) });
  const results = await engine.run(jobsFor(own, 1));
  progress.done();
  const answered = results.filter((r) => r.completed > 0);
  if (answered.length === 0) {
    const cause = results.flatMap((r) => r.runs).find((x) => x.error)?.error;
    io.stderr.write(`error: nothing to sample: every model call failed${cause ? ` (${cause.modelId}: ${cause.message})` : ""}
`);
    return EXIT.inconclusive;
  }
  const picked = roundRobin(answered, (r) => r.promptId, size);
  const vars = new Map(own.flatMap((p) => p.tests.map((t) => [`${p.prompt.id}\0${t.id}`, t.vars])));
  const csv = toCsv(
    ["prompt", "prompt_version", "test", "description", "model", "input", "output", "passed", "score", "reviewer_verdict", "reviewer_notes"],
    picked.map((r) => {
      const run = r.runs.find((x) => x.outcome !== "errored");
      return [r.promptId, r.promptVersion, r.testId, r.description, run.answeredBy ?? r.modelId, JSON.stringify(vars.get(`${r.promptId}\0${r.testId}`) ?? {}), run.output, run.outcome === "passed", run.score.toFixed(2), "", ""];
    })
  );
  await writeOutput(io, values.out ?? "-", csv);
  if (values.out && values.out !== "-") io.stderr.write(`wrote ${picked.length} outputs to ${values.out}
`);
  return EXIT.ok;
}
function nothingToSample(prompts, where) {
  if (prompts === 0) {
    return new UserError(`nothing to sample: no prompts found under ${where}`, { hint: "add *.prompt.yml files, or a promptgate.yml that lists your prompts" });
  }
  return new UserError(`nothing to sample: none of the ${prompts} prompt${prompts === 1 ? "" : "s"} has tests of its own`, {
    hint: "add testData rows to the .prompt.yml files, or tests to promptgate.yml; the built-in probes are not sampled"
  });
}
export {
  SAMPLE_USAGE,
  sampleCommand
};
