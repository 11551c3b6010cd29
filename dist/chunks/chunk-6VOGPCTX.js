#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  prepareComparison,
  screenTests
} from "./chunk-YTEJ4PKR.js";
import {
  _enum,
  array,
  boolean,
  discriminatedUnion,
  hashValue,
  int,
  keyOf,
  literal,
  memoPromise,
  number,
  object,
  string
} from "./chunk-VCFSZXPT.js";
import {
  UserError
} from "./chunk-BSE5VMI7.js";

// src/compare/partial.ts
import { createReadStream } from "node:fs";
import { readdir } from "node:fs/promises";
import { join, relative } from "node:path";
import { createInterface } from "node:readline";
var PARTIAL_KIND = "promptgate-partial-report";
var usageSchema = object({ inputTokens: number(), outputTokens: number() });
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
  assertions: array(assertionResultSchema),
  latencyMs: number(),
  ttftMs: number().optional(),
  usage: usageSchema.optional(),
  costUsd: number().optional(),
  answeredBy: string().optional(),
  cached: boolean(),
  error: runErrorSchema.optional()
});
var shardSchema = object({ index: int().min(1), total: int().min(1) }).refine((s) => s.index <= s.total, "needs 1 \u2264 index \u2264 total");
var PARTIAL_VERSION = 2;
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
    const header = await firstLine(path);
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
async function* sampleLines(path, file) {
  const lines = createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (n === 1 || line === "") continue;
    yield validated(file, n, sampleSchema, parseLine(file, n, line));
  }
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

// src/compare/shard.ts
async function evaluateShard(opts, shard) {
  const prepared = await prepareComparison(opts);
  const header = {
    kind: PARTIAL_KIND,
    schemaVersion: PARTIAL_VERSION,
    status: "sampled",
    shard,
    baseRef: prepared.context.range.baseRef,
    headRef: prepared.context.range.headRef,
    ...prepared.inputs,
    plan: planDigest(prepared.pairs),
    stats: { durationMs: 0, modelCalls: 0, samples: 0, tests: 0 }
  };
  if (prepared.report) return { header: { ...header, unsampled: prepared.report.summary, stats: { ...header.stats, durationMs: Date.now() - prepared.started } }, samples: [] };
  const partition = partitionTests(prepared.pairs, shard.total, prepared.trusted.config.repeat);
  const mine = pairsOfShard(prepared.pairs, partition, shard.index);
  const screened = await screenTests(prepared, mine);
  const samples = [];
  const tests = /* @__PURE__ */ new Set();
  for (const pair of mine) {
    for (const test of pair.affectedTests) {
      for (const side of ["base", "head"]) {
        const result = screened[side].get(keyOf(pair.id, test));
        if (!result) continue;
        samples.push({ side, prompt: pair.id, test, runs: result.runs });
        tests.add(keyOf(pair.id, test));
      }
    }
  }
  const drawn = samples.reduce((n, s) => n + s.runs.length, 0);
  header.stats = { durationMs: Date.now() - prepared.started, modelCalls: screened.modelCalls, samples: drawn, tests: tests.size };
  return { header, samples };
}
function planDigest(pairs) {
  return hashValue(
    pairs.map((p) => [p.id, p.status, p.base?.prompt.version ?? null, p.base?.modelId ?? null, p.head?.prompt.version ?? null, p.head?.modelId ?? null, [...p.affectedTests].sort()])
  );
}
function partitionTests(pairs, total, defaultRepeat) {
  const items = [];
  for (const pair of pairs) {
    const sides = (pair.head ? [pair.head, pair.base] : []).flatMap(
      (side) => side ? [{ chars: messageChars(side.prompt.messages), tests: new Map(side.tests.map((t) => [t.id, t])) }] : []
    );
    for (const id of pair.affectedTests) {
      let cost = 0;
      for (const side of sides) {
        const test = side.tests.get(id);
        if (test) cost += (test.repeat ?? defaultRepeat) * (side.chars + varChars(test));
      }
      items.push({ key: keyOf(pair.id, id), cost });
    }
  }
  items.sort((a, b) => b.cost - a.cost || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const load = new Array(total).fill(0);
  const owner = /* @__PURE__ */ new Map();
  for (const item of items) {
    let least = 0;
    for (let s = 1; s < total; s++) if (load[s] < load[least]) least = s;
    load[least] += item.cost;
    owner.set(item.key, least + 1);
  }
  return owner;
}
function pairsOfShard(pairs, partition, shard) {
  return pairs.map((p) => ({ ...p, affectedTests: new Set([...p.affectedTests].filter((id) => partition.get(keyOf(p.id, id)) === shard)) })).filter((p) => p.affectedTests.size > 0);
}
function messageChars(messages) {
  return messages.reduce((n, m) => n + m.content.length, 0);
}
function varChars(test) {
  let n = 0;
  for (const value of Object.values(test.vars)) n += value.length;
  return n;
}

// src/report/report-json.ts
var TESTS_PER_PIECE = 500;
function* reportJson(report) {
  const outline = JSON.stringify({ ...report, tests: [] }, null, 2);
  const at = outline.indexOf(TESTS_KEY) + TESTS_KEY.length;
  const { tests } = report;
  if (tests.length === 0) {
    yield `${outline}
`;
    return;
  }
  yield `${outline.slice(0, at)}[
`;
  for (let from = 0; from < tests.length; from += TESTS_PER_PIECE) {
    const piece = tests.slice(from, from + TESTS_PER_PIECE).map((t) => `    ${JSON.stringify(t, null, 2).replaceAll("\n", "\n    ")}`);
    yield piece.join(",\n") + (from + TESTS_PER_PIECE < tests.length ? ",\n" : "\n");
  }
  yield `  ]${outline.slice(at + "[]".length)}
`;
}
var TESTS_KEY = '\n  "tests": ';

// src/source/git.ts
import { execFile, spawn as spawn2 } from "node:child_process";
import { promisify } from "node:util";

// src/source/cat-file.ts
import { spawn } from "node:child_process";
var ObjectReader = class {
  repo;
  env;
  makeError;
  child;
  waiting = [];
  pending = Buffer.alloc(0);
  /** The object being received: its size and the chunks of it so far. */
  body;
  stderr = "";
  constructor(repo, env, makeError) {
    this.repo = repo;
    this.env = env;
    this.makeError = makeError;
  }
  /** The object's content as text (`<oid>` or `<rev>:<path>`), or undefined when there is none. */
  read(name) {
    const child = this.started();
    return new Promise((resolve, reject) => {
      if (this.waiting.push({ resolve, reject }) === 1) this.hold(true);
      child.stdin.write(`${name.replace(/\n/g, "")}
`);
    });
  }
  started() {
    if (this.child) return this.child;
    const child = spawn("git", ["cat-file", "--batch"], { cwd: this.repo, env: this.env, stdio: ["pipe", "pipe", "pipe"] });
    this.child = child;
    child.stdout.on("data", (d) => this.received(d));
    child.stderr.on("data", (d) => this.stderr += d.toString());
    child.stdin.on("error", () => void 0);
    child.once("error", (e) => this.failed(child, `git cat-file failed: ${e.message}`));
    child.once("close", (code) => this.failed(child, `git cat-file failed: ${this.stderr.trim().split("\n").slice(-1)[0] || `exit ${code}`}`));
    child.unref();
    return child;
  }
  /** Keeps the event loop alive while answers are awaited, and lets it go when none are. */
  hold(on) {
    const child = this.child;
    if (!child) return;
    for (const stream of [child.stdin, child.stdout, child.stderr]) {
      if (on) stream.ref();
      else stream.unref();
    }
  }
  /** `<oid> <type> <size>\n<content>\n` per object, or `<name> missing\n`, possibly cut anywhere. */
  received(chunk) {
    this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    for (; ; ) {
      if (this.body) {
        const need = this.body.size + 1 - this.body.received;
        const take = this.pending.subarray(0, need);
        this.body.chunks.push(take);
        this.body.received += take.length;
        this.pending = this.pending.subarray(take.length);
        if (this.body.received < this.body.size + 1) return;
        const text = Buffer.concat(this.body.chunks).toString("utf8", 0, this.body.size);
        this.body = void 0;
        this.answer(text);
        continue;
      }
      const eol = this.pending.indexOf(10);
      if (eol < 0) return;
      const header = this.pending.toString("utf8", 0, eol);
      this.pending = this.pending.subarray(eol + 1);
      const size = /^[0-9a-f]+ \S+ (\d+)$/.exec(header);
      if (size) this.body = { size: Number(size[1]), chunks: [], received: 0 };
      else this.answer(void 0);
    }
  }
  answer(text) {
    this.waiting.shift()?.resolve(text);
    if (this.waiting.length === 0) this.hold(false);
  }
  /** The process is gone: every read still waiting fails, and the next read starts a new one. */
  failed(child, message) {
    if (this.child !== child) return;
    this.child = void 0;
    const err = this.makeError(message, this.stderr);
    this.pending = Buffer.alloc(0);
    this.body = void 0;
    this.stderr = "";
    for (const w of this.waiting.splice(0)) w.reject(err);
  }
};

// src/source/git.ts
var exec = promisify(execFile);
var MAX_BUFFER = 64 * 1024 * 1024;
var GIT_ENV = { GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" };
async function git(repo, args) {
  try {
    const { stdout } = await exec("git", args, { cwd: repo, maxBuffer: MAX_BUFFER, env: { ...process.env, ...GIT_ENV } });
    return stdout;
  } catch (err) {
    const stderr = (err.stderr ?? "").trim();
    throw new GitError(`git ${args[0]} failed: ${stderr.split("\n").slice(-1)[0] || err.message}`, stderr, { cause: err });
  }
}
async function gitMaybe(repo, args) {
  try {
    return await git(repo, args);
  } catch (err) {
    if (err instanceof GitError) return void 0;
    throw err;
  }
}
var GitError = class extends UserError {
  name = "GitError";
  stderr;
  constructor(message, stderr, opts = {}) {
    super(message, opts);
    this.stderr = stderr;
  }
};
function batchCheck(repo, lines) {
  return new Promise((resolve, reject) => {
    const child = spawn2("git", ["cat-file", "--batch-check"], { cwd: repo, env: { ...process.env, ...GIT_ENV }, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => stdout += d.toString());
    child.stderr.on("data", (d) => stderr += d.toString());
    child.once("error", (e) => reject(new GitError(`git cat-file failed: ${e.message}`, "", { cause: e })));
    child.once("close", (code) => code === 0 ? resolve(stdout) : reject(new GitError(`git cat-file failed: ${stderr.trim() || `exit ${code}`}`, stderr)));
    child.stdin.end(lines.map((l) => `${l}
`).join(""));
  });
}
async function resolveCommits(repo, revisions) {
  const out = await batchCheck(repo, revisions.map((r) => `${r.replace(/\n/g, "")}^{commit}`));
  return out.split("\n").slice(0, revisions.length).map((line) => /^([0-9a-f]{40,64}) commit \d+$/.exec(line)?.[1]);
}
var RepositoryObjects = class {
  repo;
  trees = /* @__PURE__ */ new Map();
  blobs = /* @__PURE__ */ new Map();
  reader;
  constructor(repo) {
    this.repo = repo;
    this.reader = new ObjectReader(repo, { ...process.env, ...GIT_ENV }, (message, stderr) => new GitError(message, stderr));
  }
  /** Every file of the commit (`ls-tree -r -l`: mode, type, blob, size, path). */
  tree(sha) {
    return memoPromise(this.trees, sha, async () => {
      const out = await git(this.repo, ["ls-tree", "-r", "-z", "-l", sha]);
      const entries = /* @__PURE__ */ new Map();
      for (const record of out.split("\0")) {
        const m = /^\d+ (\w+) ([0-9a-f]+) +(\d+|-)\t(.*)$/s.exec(record);
        if (m) entries.set(m[4], m[1] === "blob" ? { oid: m[2], size: Number(m[3]) } : { oid: m[2] });
      }
      return entries;
    });
  }
  /** A blob's text (a symbolic link's is the path it names: links are never followed). */
  blob(entry) {
    if (entry.size === void 0) return Promise.resolve(void 0);
    return memoPromise(this.blobs, entry.oid, () => this.reader.read(entry.oid));
  }
};
var repositories = /* @__PURE__ */ new Map();
var GitCommitSource = class {
  label;
  repo;
  sha;
  objects;
  files;
  constructor(repo, sha, label = sha.slice(0, 7)) {
    this.repo = repo;
    this.sha = sha;
    this.label = label;
    let objects = repositories.get(repo);
    if (!objects) repositories.set(repo, objects = new RepositoryObjects(repo));
    this.objects = objects;
  }
  listFiles() {
    this.files ??= this.objects.tree(this.sha).then((tree) => [...tree.keys()].sort());
    return this.files;
  }
  async sizeOf(path) {
    return (await this.objects.tree(this.sha)).get(path)?.size;
  }
  async readFile(path) {
    const entry = (await this.objects.tree(this.sha)).get(path);
    return entry ? this.objects.blob(entry) : void 0;
  }
};

// src/source/changed-files.ts
async function changedFiles(repo, from, to) {
  const out = await git(repo, ["diff", "--name-status", "-z", "--find-renames", "--no-ext-diff", from, to]);
  const fields = out.split("\0").filter((f) => f !== "");
  const files = [];
  for (let i = 0; i < fields.length; ) {
    const code = fields[i++];
    if (code.startsWith("R") || code.startsWith("C")) {
      const previousPath = fields[i++];
      const path = fields[i++];
      files.push(code.startsWith("R") ? { path, previousPath, status: "renamed" } : { path, status: "added" });
    } else {
      const path = fields[i++];
      files.push({ path, status: code === "A" ? "added" : code === "D" ? "deleted" : "modified" });
    }
  }
  return files;
}

// src/source/range.ts
var DEEPEN_STEPS = [50, 500, 5e3];
var FETCH = ["-c", "maintenance.auto=false", "fetch", "--no-tags", "--quiet"];
async function resolveRange(repo, baseRef, headRef, opts = {}) {
  const remote = opts.remote ?? "origin";
  const [head, remoteHead, base, remoteBase] = await resolveCommits(repo, [headRef, `${remote}/${headRef}`, baseRef, `${remote}/${baseRef}`]).catch(() => []);
  let headSha = head ?? remoteHead;
  let baseSha = base ?? remoteBase;
  let shallow;
  let deepened = 0;
  if (headSha) opts.onHead?.(headSha);
  if (!headSha || !baseSha) {
    shallow = await checkedShallow(repo);
    if (!headSha) {
      headSha = await fetchCommit(repo, headRef, remote, opts.log);
      opts.onHead?.(headSha);
    }
    if (!baseSha && shallow) {
      opts.log?.(`fetching ${baseRef} and ${DEEPEN_STEPS[0]} commits of history from ${remote}`);
      baseSha = await fetchCommit(repo, baseRef, remote, void 0, [`--depth=${DEEPEN_STEPS[0]}`, remote, baseRef, headSha]);
      deepened = 1;
    }
    baseSha ??= await fetchCommit(repo, baseRef, remote, opts.log);
  }
  let mergeBase = await gitMaybe(repo, ["merge-base", baseSha, headSha]);
  if (!mergeBase && (shallow ?? await checkedShallow(repo))) {
    for (const depth of DEEPEN_STEPS.slice(deepened)) {
      opts.log?.(`fetching ${depth} more commits of history from ${remote} to find the merge base`);
      const fetched = await gitMaybe(repo, [...FETCH, `--deepen=${depth}`, remote, baseSha, headSha]);
      if (fetched === void 0) break;
      mergeBase = await gitMaybe(repo, ["merge-base", baseSha, headSha]);
      if (mergeBase) break;
    }
  }
  if (mergeBase) return { baseRef, headRef, baseSha, headSha, mergeBaseSha: mergeBase.trim() };
  return {
    baseRef,
    headRef,
    baseSha,
    headSha,
    mergeBaseSha: baseSha,
    note: `no common ancestor of ${baseRef} and ${headRef} was found; comparing against ${baseRef} itself`
  };
}
async function resolveCommit(repo, ref, remote, log) {
  const [local, tracking] = await resolveCommits(repo, [ref, `${remote}/${ref}`]).catch(() => []);
  if (local ?? tracking) return local ?? tracking;
  await checkedShallow(repo);
  return fetchCommit(repo, ref, remote, log);
}
async function checkedShallow(repo) {
  const out = await gitMaybe(repo, ["rev-parse", "--git-dir", "--is-shallow-repository"]);
  if (out === void 0) throw new UserError(`${repo} is not a git repository`, { hint: "run promptgate compare inside a git checkout" });
  return out.trim().split("\n").at(-1) === "true";
}
async function fetchCommit(repo, ref, remote, log, args = ["--depth=1", remote, ref]) {
  log?.(`fetching ${ref} from ${remote}`);
  try {
    await git(repo, [...FETCH, ...args]);
  } catch (err) {
    throw await fetchFailure(repo, ref, remote, err);
  }
  return (await git(repo, ["rev-parse", "--verify", "FETCH_HEAD^{commit}"])).trim();
}
async function fetchFailure(repo, ref, remote, err) {
  if (await gitMaybe(repo, ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]) === void 0) {
    return new UserError(`this repository has no commits yet, so there is nothing to compare ("${ref}" names no commit)`, {
      hint: "commit your prompt files first, then run promptgate compare --base <the branch you started from>",
      cause: err
    });
  }
  if (await gitMaybe(repo, ["remote", "get-url", remote]) === void 0) {
    return new UserError(`"${ref}" is not a branch, tag or commit in this repository, and there is no remote "${remote}" to fetch it from`, {
      hint: `check the name (git branch -a lists the branches), or add the remote: git remote add ${remote} <url>`,
      cause: err
    });
  }
  const stderr = err instanceof GitError ? err.stderr : "";
  if (/couldn't find remote ref|not our ref|invalid refspec|not a valid object name/i.test(stderr)) {
    return new UserError(`"${ref}" is not a branch, tag or commit here or on ${remote}`, {
      hint: `check the name (git branch -a lists the branches); in GitHub Actions, actions/checkout with fetch-depth: 0 brings every branch`,
      cause: err
    });
  }
  const reason = stderr.split("\n").find((line) => line.startsWith("fatal:"))?.slice("fatal:".length).trim() ?? (err instanceof Error ? err.message : String(err));
  return new UserError(`"${ref}" is not in this clone and could not be fetched from ${remote}: ${reason}`, {
    hint: `check that ${remote} is reachable and the name is right, or fetch it first (git fetch ${remote} ${ref})`,
    cause: err
  });
}

// src/source/local-git.ts
var LocalGitChanges = class {
  repo;
  log;
  constructor(repo, log) {
    this.repo = repo;
    this.log = log;
  }
  async resolve(base, head) {
    const onHead = (sha) => void this.at(sha, sha.slice(0, 7)).listFiles().catch(() => void 0);
    if (base !== null) return resolveRange(this.repo, base, head, { log: this.log, onHead });
    const headSha = await resolveCommit(this.repo, head, "origin", this.log);
    return { baseRef: "", headRef: head, baseSha: "", headSha, mergeBaseSha: "" };
  }
  changedFiles(from, to) {
    return changedFiles(this.repo, from, to);
  }
  at(sha, label) {
    return new GitCommitSource(this.repo, sha, label);
  }
};

export {
  PARTIAL_KIND,
  PARTIAL_VERSION,
  serialisePartial,
  readPartials,
  evaluateShard,
  planDigest,
  partitionTests,
  reportJson,
  git,
  LocalGitChanges
};
