#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  evaluateShard
} from "./chunk-2BGRH3VY.js";
import {
  PARTIAL_KIND,
  PARTIAL_VERSION,
  serialisePartial
} from "./chunk-GWNQEOVN.js";
import {
  info,
  setOutput,
  summary
} from "./chunk-IJVDS6DU.js";
import "./chunk-6MBK4DL2.js";
import "./chunk-LF6QCMWW.js";
import "./chunk-FU4A33PN.js";
import {
  withoutHostPaths
} from "./chunk-PLTEGRBA.js";
import "./chunk-WOUCLFMX.js";
import "./chunk-BGY524Z6.js";
import "./chunk-WKKOZ42H.js";
import "./chunk-CECCCJKY.js";
import "./chunk-S3IFKC6U.js";
import "./chunk-LH5RUYTT.js";
import "./chunk-WNENITHW.js";
import {
  describeError
} from "./chunk-BSE5VMI7.js";
import "./chunk-5HX2GR4K.js";

// src/action/shard.ts
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
async function runShard(opts, shard, tempDir) {
  const reportPath = join(tempDir, "promptgate", `partial-${shard.index}-of-${shard.total}.ndjson`);
  await mkdir(join(reportPath, ".."), { recursive: true });
  setOutput("report-path", reportPath);
  let result;
  try {
    result = await evaluateShard(opts, shard);
  } catch (err) {
    const reason = withoutHostPaths(describeError(err), [opts.root, tempDir]);
    const failed = { kind: PARTIAL_KIND, schemaVersion: PARTIAL_VERSION, status: "failed", shard, headSha: opts.head, reason };
    await writeFile(reportPath, serialisePartial(failed));
    throw err;
  }
  await writeFile(reportPath, serialisePartial(result.header, result.samples));
  const { tests, samples } = result.header.stats;
  const line = `promptgate shard ${shard.index}/${shard.total}: sampled ${tests} test${tests === 1 ? "" : "s"} (${samples} samples); the merge job gives the verdict.`;
  info(line);
  await summary.addRaw(line + "\n").write();
}
export {
  runShard
};
