#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  decodeUtf8,
  fileText
} from "./chunk-TW33II5R.js";
import {
  memoPromise
} from "./chunk-S3IFKC6U.js";
import {
  UserError
} from "./chunk-BSE5VMI7.js";

// src/source/git.ts
import { execFile } from "node:child_process";
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
  /** The object being received: its header, the chunks of it kept so far (none over the read's size) and how much has come. */
  body;
  stderr = "";
  constructor(repo, env, makeError) {
    this.repo = repo;
    this.env = env;
    this.makeError = makeError;
  }
  /** The object's content as text (`<oid>` or `<rev>:<path>`), or undefined when there is none. */
  async read(name) {
    return (await this.object(name))?.data?.toString("utf8");
  }
  /**
   * The object `name` names (an id, `<rev>:<path>`, `<rev>^{commit}`), or undefined when there is
   * none; its content only when it is at most `maxSize` bytes (a larger one is read past, not kept).
   */
  object(name, maxSize = Infinity) {
    const child = this.started();
    return new Promise((resolve, reject) => {
      if (this.waiting.push({ maxSize, resolve, reject }) === 1) this.hold(true);
      child.stdin.write(`${name.replace(/\n/g, "")}
`);
    });
  }
  /** Starts git now, before the first read: a process costs less to start while this one is still small. */
  start() {
    this.started();
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
  /**
   * Keeps the event loop alive while answers are awaited, and lets it go when none are. The
   * process too, not only its pipes: a git that exits at once (no repository there) closes its
   * pipes first, and with only an unreferenced process left Node would end before hearing of the
   * exit, leaving the reads unanswered (the Action then died with exit 13 and no message).
   */
  hold(on) {
    const child = this.child;
    if (!child) return;
    if (on) child.ref();
    else child.unref();
    for (const stream of [child.stdin, child.stdout, child.stderr]) {
      if (on) stream.ref();
      else stream.unref();
    }
  }
  /** `<oid> <type> <size>\n<content>\n` per object, or `<name> missing\n`, possibly cut anywhere. */
  received(chunk) {
    this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    for (; ; ) {
      const body = this.body;
      if (body) {
        const { object } = body;
        const take = this.pending.subarray(0, object.size + 1 - body.received);
        body.chunks?.push(take);
        body.received += take.length;
        this.pending = this.pending.subarray(take.length);
        if (body.received < object.size + 1) return;
        if (body.chunks) object.data = Buffer.concat(body.chunks).subarray(0, object.size);
        this.body = void 0;
        this.answer(object);
        continue;
      }
      const eol = this.pending.indexOf(10);
      if (eol < 0) return;
      const header = /^([0-9a-f]+) (\S+) (\d+)$/.exec(this.pending.toString("utf8", 0, eol));
      this.pending = this.pending.subarray(eol + 1);
      if (header) {
        const object = { oid: header[1], type: header[2], size: Number(header[3]) };
        this.body = { object, chunks: object.size <= (this.waiting[0]?.maxSize ?? Infinity) ? [] : void 0, received: 0 };
      } else this.answer(void 0);
    }
  }
  answer(object) {
    this.waiting.shift()?.resolve(object);
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
async function resolveCommits(repo, revisions) {
  const reader = objectsOf(repo).reader;
  const objects = await Promise.all(revisions.map((r) => reader.object(`${r}^{commit}`, 0)));
  return objects.map((o) => o?.type === "commit" ? o.oid : void 0);
}
var RECENT_COMMITS = 20;
async function isRecentAncestor(repo, ancestor, commit) {
  const reader = objectsOf(repo).reader;
  const seen = /* @__PURE__ */ new Set();
  for (let level = [commit]; level.length && seen.size < RECENT_COMMITS; ) {
    if (level.includes(ancestor)) return true;
    for (const c of level) seen.add(c);
    const commits = await Promise.all(level.map((c) => reader.object(c)));
    const parents = commits.flatMap((o) => o?.type === "commit" && o.data ? parentsOf(o.data) : []);
    level = [...new Set(parents)].filter((p) => !seen.has(p));
  }
  return false;
}
function parentsOf(commit) {
  const header = commit.toString("utf8", 0, Math.max(0, commit.indexOf("\n\n")));
  return Array.from(header.matchAll(/^parent ([0-9a-f]+)$/gm), (m) => m[1]);
}
var SUBMODULE = "160000";
var TREE = "40000";
var KEPT_BYTES = 1024 * 1024;
var RepositoryObjects = class {
  trees = /* @__PURE__ */ new Map();
  blobs = /* @__PURE__ */ new Map();
  reader;
  constructor(repo) {
    this.reader = new ObjectReader(repo, { ...process.env, ...GIT_ENV }, (message, stderr) => new GitError(message, stderr));
  }
  /** Every file of the commit, by path (what `git ls-tree -r` lists). */
  tree(sha) {
    return memoPromise(this.trees, sha, async () => {
      const root = await this.reader.object(`${sha}^{tree}`);
      if (!root?.data) throw new GitError(`git could not read the files of ${sha.slice(0, 12)}: it is not a commit in this repository`, "");
      const idBytes = root.oid.length / 2;
      const entries = /* @__PURE__ */ new Map();
      let level = [{ prefix: "", data: root.data }];
      while (level.length) {
        const subtrees = [];
        for (const { prefix, data } of level) {
          for (const e of treeEntries(data, idBytes)) {
            if (e.mode === TREE) subtrees.push({ path: `${prefix}${e.name}/`, oid: e.oid });
            else entries.set(prefix + e.name, { oid: e.oid, mode: e.mode });
          }
        }
        const read = await Promise.all(subtrees.map((t) => this.reader.object(t.oid)));
        level = subtrees.map((t, i) => {
          const data = read[i]?.data;
          if (!data) throw new GitError(`git could not read the tree ${t.path} of ${sha.slice(0, 12)}`, "");
          return { prefix: t.path, data };
        });
      }
      return entries;
    });
  }
  /** A blob's size, with its text when small (a submodule's commit has neither: it is not here). */
  blob(entry) {
    if (entry.mode === SUBMODULE) return Promise.resolve(void 0);
    return memoPromise(this.blobs, entry.oid, async () => {
      const object = await this.reader.object(entry.oid, KEPT_BYTES);
      return object && { size: object.size, text: object.data && decodeUtf8(object.data) };
    });
  }
  /** A blob's text (a symbolic link's is the path it names: links are never followed). */
  async text(entry) {
    const read = await this.blob(entry);
    if (!read || read.text !== void 0) return read?.text;
    const data = (await this.reader.object(entry.oid))?.data;
    return data && decodeUtf8(data);
  }
};
function treeEntries(data, idBytes) {
  const entries = [];
  for (let at = 0; at < data.length; ) {
    const space = data.indexOf(32, at);
    const nul = data.indexOf(0, space + 1);
    if (space < 0 || nul < 0) break;
    entries.push({ mode: data.toString("latin1", at, space), name: data.toString("utf8", space + 1, nul), oid: data.toString("hex", nul + 1, nul + 1 + idBytes) });
    at = nul + 1 + idBytes;
  }
  return entries;
}
var repositories = /* @__PURE__ */ new Map();
function objectsOf(repo) {
  let objects = repositories.get(repo);
  if (!objects) repositories.set(repo, objects = new RepositoryObjects(repo));
  return objects;
}
function commitFiles(repo, sha) {
  return objectsOf(repo).tree(sha);
}
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
    this.objects = objectsOf(repo);
  }
  listFiles() {
    this.files ??= this.objects.tree(this.sha).then((tree) => [...tree.keys()].sort());
    return this.files;
  }
  async sizeOf(path) {
    const entry = (await this.objects.tree(this.sha)).get(path);
    return entry && (await this.objects.blob(entry))?.size;
  }
  async readFile(path) {
    const entry = (await this.objects.tree(this.sha)).get(path);
    const decoded = entry && await this.objects.text(entry);
    return decoded && fileText(path, decoded);
  }
};

// src/source/changed-files.ts
async function changedFiles(repo, from, to) {
  const [before, after] = await Promise.all([commitFiles(repo, from), commitFiles(repo, to)]);
  const files = [];
  for (const [path, entry] of after) {
    const was = before.get(path);
    if (!was) files.push({ path, status: "added" });
    else if (was.oid !== entry.oid || was.mode !== entry.mode) files.push({ path, status: "modified" });
  }
  for (const path of before.keys()) if (!after.has(path)) files.push({ path, status: "deleted" });
  if (files.some((f) => f.status === "added") && files.some((f) => f.status === "deleted")) return diffWithRenames(repo, from, to);
  return files.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
async function diffWithRenames(repo, from, to) {
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
import { stat } from "node:fs/promises";
import { join } from "node:path";
var DEEPEN_STEPS = [50, 500, 5e3];
var FETCH = ["-c", "maintenance.auto=false", "fetch", "--no-tags", "--quiet"];
async function resolveRange(repo, baseRef, headRef, opts = {}) {
  const remote = opts.remote ?? "origin";
  for (const ref of [baseRef, headRef, remote]) refuseOption(ref);
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
  let mergeBase = await isRecentAncestor(repo, baseSha, headSha) ? baseSha : await gitMaybe(repo, ["merge-base", baseSha, headSha]);
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
  for (const name of [ref, remote]) refuseOption(name);
  const [local, tracking] = await resolveCommits(repo, [ref, `${remote}/${ref}`]).catch(() => []);
  if (local ?? tracking) return local ?? tracking;
  await checkedShallow(repo);
  return fetchCommit(repo, ref, remote, log);
}
function refuseOption(name) {
  if (!name.startsWith("-")) return;
  throw new UserError(`"${name}" is not a branch, tag, commit or remote: names starting with "-" are read by git as options`, {
    hint: "give --base and --head a branch, tag or commit (git branch -a lists the branches)"
  });
}
async function checkedShallow(repo) {
  const dotGit = join(repo, ".git");
  const redirected = ["GIT_DIR", "GIT_COMMON_DIR", "GIT_SHALLOW_FILE"].some((name) => process.env[name]);
  if (!redirected && (await stat(dotGit).catch(() => void 0))?.isDirectory()) return await stat(join(dotGit, "shallow")).catch(() => void 0) !== void 0;
  const out = await gitMaybe(repo, ["rev-parse", "--git-dir", "--is-shallow-repository"]);
  if (out === void 0) throw new UserError(`${repo} is not a git repository`, { hint: "run promptgate inside a clone of the repository; in a workflow, add an actions/checkout step before it" });
  return out.trim().split("\n").at(-1) === "true";
}
async function fetchCommit(repo, ref, remote, log, args = ["--depth=1", remote, ref]) {
  log?.(`fetching ${ref} from ${remote}`);
  try {
    await git(repo, [...FETCH, ...args]);
  } catch (err) {
    throw await fetchFailure(repo, ref, remote, err);
  }
  const [fetched] = await resolveCommits(repo, ["FETCH_HEAD"]);
  if (!fetched) throw new GitError(`git fetch of ${ref} brought no commit`, "");
  return fetched;
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
  ranges = /* @__PURE__ */ new Map();
  diffs = /* @__PURE__ */ new Map();
  constructor(repo, log) {
    this.repo = repo;
    this.log = log;
  }
  resolve(base, head) {
    return memoPromise(this.ranges, `${base ?? ""}\0${head}`, () => this.resolved(base, head));
  }
  changedFiles(from, to) {
    return memoPromise(this.diffs, `${from}\0${to}`, () => changedFiles(this.repo, from, to));
  }
  at(sha, label) {
    return new GitCommitSource(this.repo, sha, label);
  }
  async resolved(base, head) {
    const onHead = (sha) => void this.at(sha, sha.slice(0, 7)).listFiles().catch(() => void 0);
    if (base !== null) return resolveRange(this.repo, base, head, { log: this.log, onHead });
    const headSha = await resolveCommit(this.repo, head, "origin", this.log);
    return { baseRef: "", headRef: head, baseSha: "", headSha, mergeBaseSha: "" };
  }
};

export {
  git,
  LocalGitChanges
};
