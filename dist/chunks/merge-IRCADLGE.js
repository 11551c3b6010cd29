#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  renderCompareTerminal,
  repositoryPath,
  repositoryRoot
} from "./chunk-CWEDJCLN.js";
import "./chunk-3LMK5CRD.js";
import {
  mergeShards
} from "./chunk-5BUGNEVK.js";
import "./chunk-ZP2X7EUW.js";
import {
  reportJson
} from "./chunk-6YJZVGUR.js";
import {
  writeOutput
} from "./chunk-MPLN2ADJ.js";
import {
  readPartials
} from "./chunk-WWIESYJY.js";
import "./chunk-NU224LGZ.js";
import {
  LocalGitChanges
} from "./chunk-NDOUGVVP.js";
import {
  renderMarkdown
} from "./chunk-V6HLFPIL.js";
import "./chunk-R6H3XCL7.js";
import "./chunk-ASQL76XA.js";
import "./chunk-FU4A33PN.js";
import "./chunk-4HXLE7TN.js";
import "./chunk-FIKN4I2P.js";
import "./chunk-A23XLCHO.js";
import "./chunk-NTTIUXQI.js";
import "./chunk-FNVTW6TH.js";
import "./chunk-WKKOZ42H.js";
import {
  exitCodeOf
} from "./chunk-6NSPMDMH.js";
import "./chunk-CECCCJKY.js";
import "./chunk-TW33II5R.js";
import "./chunk-S3IFKC6U.js";
import "./chunk-52PJDMAI.js";
import "./chunk-WNENITHW.js";
import {
  UserError
} from "./chunk-BSE5VMI7.js";
import "./chunk-5HX2GR4K.js";

// src/cli/merge.ts
import { resolve } from "node:path";
import { parseArgs } from "node:util";
var MERGE_USAGE = `promptgate merge DIR [--config FILE] [--json OUT] [--markdown OUT] [--no-cache]

Merges the partial reports of \`promptgate compare --shard i/n\` (one per shard, anywhere under DIR) into one report,
with the statistics taken over all shards' tests. Run it in a checkout of the same repository: the merge plans the
comparison again to check every shard drew from it, and runs the readiness checklist.
  --config FILE     promptgate.yml, as the shards used it (default: promptgate.yml)
  --json OUT        write report.json
  --markdown OUT    write the Markdown report (the PR comment)

A failed or missing shard makes the verdict inconclusive (exit 3); shards of other commits or configs are refused (exit 2).`;
async function mergeCommand(argv, io) {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { config: { type: "string" }, json: { type: "string" }, markdown: { type: "string" }, "no-cache": { type: "boolean" } },
    allowPositionals: true,
    strict: true
  });
  if (positionals.length !== 1) throw new UserError("merge needs one directory of partial reports", { hint: "e.g. promptgate merge reports/ --json report.json" });
  const partials = await readPartials(resolve(io.cwd, positionals[0]), positionals[0]);
  const repo = await repositoryRoot(io.cwd);
  const report = await mergeShards(
    {
      source: new LocalGitChanges(repo, (line) => io.stderr.write(`${line}
`)),
      root: repo,
      configPath: values.config ? repositoryPath(repo, io.cwd, values.config) : void 0,
      env: io.env,
      noCache: values["no-cache"]
    },
    partials
  );
  io.stdout.write(renderCompareTerminal(report, io.stdout) + "\n");
  if (values.json) await writeOutput(io, values.json, reportJson(report));
  if (values.markdown) await writeOutput(io, values.markdown, renderMarkdown(report) + "\n");
  return exitCodeOf(report);
}
export {
  MERGE_USAGE,
  mergeCommand
};
