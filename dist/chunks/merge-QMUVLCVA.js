#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  checkReportOutputs,
  exitCodeOfRun,
  repositoryPath,
  repositoryRoot,
  writeReports
} from "./chunk-M7FE5IP4.js";
import "./chunk-3LMK5CRD.js";
import {
  mergeShards
} from "./chunk-TAPU42FF.js";
import "./chunk-2BGRH3VY.js";
import {
  readPartials
} from "./chunk-GWNQEOVN.js";
import "./chunk-6YJZVGUR.js";
import "./chunk-EKMLBXRK.js";
import "./chunk-NU224LGZ.js";
import {
  LocalGitChanges
} from "./chunk-5TKHP2SM.js";
import "./chunk-4BD6ROUD.js";
import "./chunk-6MBK4DL2.js";
import "./chunk-LF6QCMWW.js";
import "./chunk-FU4A33PN.js";
import "./chunk-5VIE2S3B.js";
import "./chunk-PLTEGRBA.js";
import "./chunk-WOUCLFMX.js";
import "./chunk-4HXLE7TN.js";
import "./chunk-FIKN4I2P.js";
import "./chunk-BGY524Z6.js";
import "./chunk-NTTIUXQI.js";
import "./chunk-WKKOZ42H.js";
import "./chunk-CECCCJKY.js";
import "./chunk-6NSPMDMH.js";
import "./chunk-TW33II5R.js";
import "./chunk-S3IFKC6U.js";
import "./chunk-LH5RUYTT.js";
import "./chunk-WNENITHW.js";
import {
  UserError
} from "./chunk-BSE5VMI7.js";
import "./chunk-5HX2GR4K.js";

// src/cli/merge.ts
import { resolve } from "node:path";
import { parseArgs } from "node:util";
var MERGE_USAGE = `promptgate merge DIR [--config FILE] [--json OUT] [--markdown OUT] [--html OUT] [--no-cache]

Merges the partial reports of \`promptgate compare --shard i/n\` (one per shard, anywhere under DIR) into one report,
with the statistics taken over all shards' tests. Run it in a checkout of the same repository: the merge plans the
comparison again to check every shard drew from it, and runs the readiness checklist.
  --config FILE     promptgate.yml, as the shards used it (default: promptgate.yml)
  --json OUT        write report.json (- for standard output)
  --markdown OUT    write the Markdown report, the PR comment (- for standard output)
  --html OUT        write the HTML report (one self-contained file to open in a browser)

A failed or missing shard makes the verdict inconclusive (exit 3); shards of other commits or configs are refused (exit 2).`;
async function mergeCommand(argv, io) {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { config: { type: "string" }, json: { type: "string" }, markdown: { type: "string" }, html: { type: "string" }, "no-cache": { type: "boolean" } },
    allowPositionals: true,
    strict: true
  });
  if (positionals.length !== 1) throw new UserError("merge needs one directory of partial reports", { hint: "e.g. promptgate merge reports/ --json report.json" });
  checkReportOutputs(values, io.cwd);
  const repo = await repositoryRoot(io.cwd);
  const configPath = values.config ? repositoryPath(repo, io.cwd, values.config) : void 0;
  const partials = await readPartials(resolve(io.cwd, positionals[0]), positionals[0]);
  const report = await mergeShards(
    {
      source: new LocalGitChanges(repo, (line) => io.stderr.write(`${line}
`)),
      root: repo,
      configPath,
      configNamed: values.config !== void 0,
      env: io.env,
      // As compare does: no key anywhere is a setup to fix (exit 2 naming the variable); a merge
      // missing a key the shards had still merges their samples (mergeShards).
      requireCredentials: true,
      noCache: values["no-cache"]
    },
    partials
  );
  await writeReports(report, values, io);
  return exitCodeOfRun(report, io);
}
export {
  MERGE_USAGE,
  mergeCommand
};
