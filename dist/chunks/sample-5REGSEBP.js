#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  DirectorySource,
  locateProject
} from "./chunk-WWZ7MAVE.js";
import {
  progressReporter
} from "./chunk-6Z55ZNLD.js";
import {
  EXIT
} from "./chunk-54IHLNLM.js";
import {
  roundRobin
} from "./chunk-FU4A33PN.js";
import {
  createEngine,
  jobsFor,
  loadSuite
} from "./chunk-MK6FIS5W.js";
import {
  UserError
} from "./chunk-V5TGORXK.js";
import "./chunk-F5ZDEKI7.js";
import "./chunk-5HX2GR4K.js";

// src/cli/sample.ts
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";

// src/report/csv.ts
function toCsv(header, rows) {
  const field = (v) => `"${String(v ?? "").replace(/"/g, '""')}"`;
  return [header, ...rows].map((r) => r.map(field).join(",")).join("\r\n") + "\r\n";
}

// src/cli/sample.ts
var SAMPLE_USAGE = `promptgate sample [--config FILE] [--size N] [--prompt ID] [--out FILE.csv]

Evaluates the working tree (through the cache) and exports a sample of outputs as CSV for human
review, spread evenly over the prompts, with empty reviewer_verdict and reviewer_notes columns.
  --size N          outputs in the sample (default 20)
  --out FILE.csv    where to write it (default: standard output)`;
async function sampleCommand(argv, io) {
  const { values } = parseArgs({
    args: argv,
    options: { config: { type: "string" }, size: { type: "string", default: "20" }, prompt: { type: "string", multiple: true }, out: { type: "string" } },
    strict: true
  });
  const size = Number(values.size);
  if (!Number.isInteger(size) || size < 1) throw new UserError(`--size takes a whole number of at least 1, not "${values.size}"`);
  const { root, loaded } = await locateProject(values.config, io.cwd);
  const suite = await loadSuite(new DirectorySource(root), loaded);
  const only = values.prompt;
  if (only) suite.prompts = suite.prompts.filter((p) => only.includes(p.prompt.id) || only.includes(p.prompt.path));
  const progress = progressReporter(io.stderr, "sample");
  const engine = createEngine({ root, loaded, env: io.env, onProgress: (p) => progress.update(p) });
  const results = await engine.run(jobsFor(suite.prompts, 1));
  progress.done();
  const picked = roundRobin(results.filter((r) => r.completed > 0), (r) => r.promptId, size);
  const vars = new Map(suite.prompts.flatMap((p) => p.tests.map((t) => [`${p.prompt.id}\0${t.id}`, t.vars])));
  const csv = toCsv(
    ["prompt", "prompt_version", "test", "description", "model", "input", "output", "passed", "score", "reviewer_verdict", "reviewer_notes"],
    picked.map((r) => {
      const run = r.runs.find((x) => x.outcome !== "errored");
      return [r.promptId, r.promptVersion, r.testId, r.description, run.answeredBy ?? r.modelId, JSON.stringify(vars.get(`${r.promptId}\0${r.testId}`) ?? {}), run.output, run.outcome === "passed", run.score.toFixed(2), "", ""];
    })
  );
  if (values.out) {
    const out = resolve(io.cwd, values.out);
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, csv);
    io.stderr.write(`wrote ${picked.length} outputs to ${values.out}
`);
  } else {
    io.stdout.write(csv);
  }
  return EXIT.ok;
}
export {
  SAMPLE_USAGE,
  sampleCommand
};
