#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  memoPromise
} from "./chunk-MK6FIS5W.js";
import {
  UserError
} from "./chunk-V5TGORXK.js";

// src/source/git.ts
import { execFile, spawn } from "node:child_process";
import { promisify } from "node:util";
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
function readObjects(repo, names) {
  return new Promise((resolve, reject) => {
    const child = spawn("git", ["cat-file", "--batch"], { cwd: repo, env: { ...process.env, ...GIT_ENV }, stdio: ["pipe", "pipe", "pipe"] });
    const out = [];
    let err = "";
    child.stdout.on("data", (d) => out.push(d));
    child.stderr.on("data", (d) => err += d.toString());
    child.once("error", (e) => reject(new GitError(`git cat-file failed: ${e.message}`, "", { cause: e })));
    child.once("close", (code) => {
      if (code !== 0) return reject(new GitError(`git cat-file failed: ${err.trim().split("\n").slice(-1)[0] ?? `exit ${code}`}`, err));
      try {
        resolve(parseBatch(Buffer.concat(out), names.length));
      } catch (e) {
        reject(e instanceof GitError ? e : new GitError(`git cat-file failed: ${e.message}`, err, { cause: e }));
      }
    });
    child.stdin.end(names.map((n) => `${n.replace(/\n/g, "")}
`).join(""));
  });
}
async function resolveCommits(repo, revisions) {
  const out = await new Promise((resolve, reject) => {
    const child = spawn("git", ["cat-file", "--batch-check"], { cwd: repo, env: { ...process.env, ...GIT_ENV }, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => stdout += d.toString());
    child.stderr.on("data", (d) => stderr += d.toString());
    child.once("error", (e) => reject(new GitError(`git cat-file failed: ${e.message}`, "", { cause: e })));
    child.once("close", (code) => code === 0 ? resolve(stdout) : reject(new GitError(`git cat-file failed: ${stderr.trim() || `exit ${code}`}`, stderr)));
    child.stdin.end(revisions.map((r) => `${r.replace(/\n/g, "")}^{commit}
`).join(""));
  });
  return out.split("\n").slice(0, revisions.length).map((line) => /^([0-9a-f]{40,64}) commit \d+$/.exec(line)?.[1]);
}
function parseBatch(out, count) {
  const objects = [];
  let at = 0;
  while (objects.length < count) {
    const eol = out.indexOf(10, at);
    if (eol < 0) throw new Error("cut-short output");
    const header = out.toString("utf8", at, eol);
    at = eol + 1;
    const size = /^[0-9a-f]+ \S+ (\d+)$/.exec(header);
    if (!size) {
      objects.push(void 0);
      continue;
    }
    const end = at + Number(size[1]);
    objects.push(out.toString("utf8", at, end));
    at = end + 1;
  }
  return objects;
}
var GitCommitSource = class {
  label;
  repo;
  sha;
  files;
  fileSet;
  /** Reads asked for in this turn of the event loop, sent to git together at its end. */
  batch;
  /** A commit never changes: each file is read once, however often the report asks for it. */
  contents = /* @__PURE__ */ new Map();
  constructor(repo, sha, label = sha.slice(0, 7)) {
    this.repo = repo;
    this.sha = sha;
    this.label = label;
  }
  listFiles() {
    this.files ??= git(this.repo, ["ls-tree", "-r", "-z", "--name-only", this.sha]).then((out) => out.split("\0").filter(Boolean).sort());
    return this.files;
  }
  readFile(path) {
    return memoPromise(this.contents, path, () => this.read(path));
  }
  async read(path) {
    this.fileSet ??= this.listFiles().then((files) => new Set(files));
    if (!(await this.fileSet).has(path)) return void 0;
    if (!this.batch) {
      const batch = { paths: [], result: void 0 };
      batch.result = new Promise((r) => setImmediate(r)).then(() => {
        if (this.batch === batch) this.batch = void 0;
        return readObjects(this.repo, batch.paths.map((p) => `${this.sha}:${p}`));
      });
      this.batch = batch;
    }
    const { paths, result } = this.batch;
    const index = paths.push(path) - 1;
    return (await result)[index];
  }
};

// src/compare/changed-files.ts
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

// src/compare/range.ts
var DEEPEN_STEPS = [50, 500, 5e3];
var FETCH = ["-c", "maintenance.auto=false", "fetch", "--no-tags", "--quiet"];
async function resolveRange(repo, baseRef, headRef, opts = {}) {
  const remote = opts.remote ?? "origin";
  const [head, remoteHead, base, remoteBase] = await resolveCommits(repo, [headRef, `${remote}/${headRef}`, baseRef, `${remote}/${baseRef}`]).catch(() => []);
  let headSha = head ?? remoteHead;
  let baseSha = base ?? remoteBase;
  let shallow;
  let deepened = 0;
  if (!headSha || !baseSha) {
    shallow = await checkedShallow(repo);
    headSha ??= await fetchCommit(repo, headRef, remote, opts.log);
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
    const why = err instanceof GitError ? err.message : String(err);
    throw new UserError(`commit "${ref}" is not in this clone and could not be fetched from ${remote} (${why})`, {
      hint: `check the ref name, or fetch it first (git fetch ${remote} ${ref}); in GitHub Actions, actions/checkout with fetch-depth: 0 also works`,
      cause: err
    });
  }
  return (await git(repo, ["rev-parse", "--verify", "FETCH_HEAD^{commit}"])).trim();
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
    if (base !== null) return resolveRange(this.repo, base, head, { log: this.log });
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
  git,
  LocalGitChanges
};
