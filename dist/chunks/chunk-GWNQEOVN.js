#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  MAX_SHARDS
} from "./chunk-LF6QCMWW.js";
import {
  _enum,
  array,
  boolean,
  discriminatedUnion,
  int,
  literal,
  number,
  object,
  string
} from "./chunk-WKKOZ42H.js";
import {
  UserError
} from "./chunk-BSE5VMI7.js";

// src/compare/partial.ts
import { createReadStream } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join, relative } from "node:path";
import { createInterface } from "node:readline";
var PARTIAL_KIND = "promptgate-partial-report";
var runErrorSchema = object({
  kind: _enum(["rate_limit", "overloaded", "server", "timeout", "network", "malformed", "auth", "quota", "bad_request", "not_configured", "circuit_open", "internal"]),
  modelId: string(),
  message: string()
});
var assertionResultSchema = object({ type: string(), name: string(), pass: boolean(), score: number(), weight: number(), reason: string() });
var runSchema = object({
  repeatIndex: int().min(0),
  outcome: _enum(["passed", "failed", "errored"]),
  score: number(),
  output: string(),
  /** Only the assertions that failed: a report gives them as the reason a sample failed. */
  assertions: array(assertionResultSchema),
  latencyMs: number(),
  ttftMs: number().optional(),
  costUsd: number().optional(),
  cached: boolean(),
  error: runErrorSchema.optional()
});
function partialRun(run) {
  const { usage: _usage, answeredBy: _answeredBy, assertions, ...shown } = run;
  return { ...shown, assertions: assertions.filter((a) => !a.pass) };
}
var shardSchema = object({ index: int().min(1), total: int().min(1).max(MAX_SHARDS) }).refine((s) => s.index <= s.total, "needs 1 \u2264 index \u2264 total");
var PARTIAL_VERSION = 3;
var sampleSchema = object({ side: _enum(["base", "head"]), prompt: string(), test: string(), runs: array(runSchema) });
var sampledSchema = object({
  kind: literal(PARTIAL_KIND),
  schemaVersion: literal(PARTIAL_VERSION),
  status: literal("sampled"),
  shard: shardSchema,
  baseRef: string(),
  headRef: string(),
  baseSha: string(),
  headSha: string(),
  mergeBaseSha: string(),
  configHash: string(),
  /** Digest of the whole plan (every shard's pairs and tests): equal across the shards of one run. */
  plan: string(),
  stats: object({ durationMs: number(), modelCalls: int(), samples: int().min(0), tests: int().min(0) }),
  /** Why the shard drew no samples at all (e.g. no provider credentials), when it did not. */
  unsampled: string().optional()
});
var failedSchema = object({
  kind: literal(PARTIAL_KIND),
  schemaVersion: literal(PARTIAL_VERSION),
  status: literal("failed"),
  shard: shardSchema,
  headSha: string().nullable(),
  reason: string()
});
var partialReportSchema = discriminatedUnion("status", [sampledSchema, failedSchema]);
function serialisePartial(header, samples = []) {
  return [header, ...samples].map((line) => JSON.stringify(line) + "\n").join("");
}
async function readPartials(dir, shownAs) {
  let names;
  try {
    names = (await readdir(dir, { recursive: true })).filter((n) => /\.(nd)?json$/.test(n)).sort();
  } catch (err) {
    throw new UserError(`cannot read the directory of partial reports ${shownAs}`, { hint: "pass the directory the shards' artifacts were downloaded to", cause: err });
  }
  const out = [];
  for (const name of names) {
    const file = relative(dir, join(dir, name)).split("\\").join("/");
    const path = join(dir, name);
    if ((await stat(path).catch(() => void 0))?.isDirectory()) continue;
    const header = await firstLine(path).catch((err) => {
      const code = err?.code;
      throw new UserError(`cannot read ${file}${typeof code === "string" ? ` (${code})` : ""}`, { hint: "the directory should hold the shards' downloaded report-path files, each readable", cause: err });
    });
    const json = parseLine(file, 1, header ?? "");
    if (json?.kind !== PARTIAL_KIND) {
      throw new UserError(`${file} is not a promptgate partial report`, { hint: "the directory should hold only the shards' report-path files (e.g. download-artifact with pattern: promptgate-shard-*)" });
    }
    const partial = validated(file, 1, partialReportSchema, json);
    out.push({ file, partial, samples: () => sampleLines(path, file) });
  }
  if (out.length === 0) throw new UserError(`no partial reports in ${shownAs}`, { hint: "each shard writes one at its `report-path` output; upload it as an artifact and download them all here" });
  return out;
}
async function firstLine(path) {
  const lines = createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: Infinity });
  try {
    for await (const line of lines) return line;
    return void 0;
  } finally {
    lines.close();
  }
}
var CHUNK_BYTES = 1 << 16;
async function* sampleLines(path, file) {
  let n = 0;
  let rest = "";
  const parse = (lines) => lines.flatMap((line) => {
    n++;
    const text = line.endsWith("\r") ? line.slice(0, -1) : line;
    return n === 1 || text === "" ? [] : [validated(file, n, sampleSchema, parseLine(file, n, text))];
  });
  for await (const chunk of createReadStream(path, { encoding: "utf8", highWaterMark: CHUNK_BYTES })) {
    const lines = (rest + chunk).split("\n");
    rest = lines.pop();
    yield parse(lines);
  }
  yield parse([rest]);
}
function parseLine(file, line, text) {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new UserError(`${file}:${line} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`, { hint: "a shard's partial report was cut short: re-run that shard" });
  }
}
function validated(file, line, schema, json) {
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const version = json?.schemaVersion;
  const hint = line === 1 && typeof version === "number" && version !== PARTIAL_VERSION ? `this promptgate merges partial reports of version ${PARTIAL_VERSION}; run the shards and the merge with the same promptgate version` : "partial reports must come from the same promptgate version as the merge";
  throw new UserError(`${file}:${line}: ${issue.path.join(".") || "the report"} ${issue.message}`, { hint });
}

export {
  PARTIAL_KIND,
  partialRun,
  PARTIAL_VERSION,
  partialReportSchema,
  serialisePartial,
  readPartials
};
