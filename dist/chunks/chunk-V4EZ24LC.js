#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  UserError
} from "./chunk-V5TGORXK.js";

// src/source/git.ts
import { execFile } from "node:child_process";
import { promisify } from "node:util";
var exec = promisify(execFile);
var MAX_BUFFER = 64 * 1024 * 1024;
async function git(repo, args) {
  try {
    const { stdout } = await exec("git", args, { cwd: repo, maxBuffer: MAX_BUFFER, env: { ...process.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" } });
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
var GitCommitSource = class {
  label;
  repo;
  sha;
  files;
  fileSet;
  constructor(repo, sha, label = sha.slice(0, 7)) {
    this.repo = repo;
    this.sha = sha;
    this.label = label;
  }
  listFiles() {
    this.files ??= git(this.repo, ["ls-tree", "-r", "-z", "--name-only", this.sha]).then((out) => out.split("\0").filter(Boolean).sort());
    return this.files;
  }
  async readFile(path) {
    this.fileSet ??= this.listFiles().then((files) => new Set(files));
    if (!(await this.fileSet).has(path)) return void 0;
    return git(this.repo, ["cat-file", "blob", `${this.sha}:${path}`]);
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
async function resolveRange(repo, baseRef, headRef, opts = {}) {
  const remote = opts.remote ?? "origin";
  const headSha = await resolveCommit(repo, headRef, remote, opts.log);
  const baseSha = await resolveCommit(repo, baseRef, remote, opts.log);
  let mergeBase = await gitMaybe(repo, ["merge-base", baseSha, headSha]);
  if (!mergeBase && await isShallow(repo)) {
    for (const depth of DEEPEN_STEPS) {
      opts.log?.(`fetching ${depth} more commits of history from ${remote} to find the merge base`);
      const fetched = await gitMaybe(repo, ["fetch", "--no-tags", "--quiet", `--deepen=${depth}`, remote, baseSha, headSha]);
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
  for (const candidate of [ref, `${remote}/${ref}`]) {
    const sha = await gitMaybe(repo, ["rev-parse", "--verify", "--quiet", `${candidate}^{commit}`]);
    if (sha) return sha.trim();
  }
  if (!await gitMaybe(repo, ["rev-parse", "--git-dir"])) {
    throw new UserError(`${repo} is not a git repository`, { hint: "run promptgate compare inside a git checkout" });
  }
  log?.(`fetching ${ref} from ${remote}`);
  try {
    await git(repo, ["fetch", "--no-tags", "--quiet", "--depth=1", remote, ref]);
  } catch (err) {
    const why = err instanceof GitError ? err.message : String(err);
    throw new UserError(`commit "${ref}" is not in this clone and could not be fetched from ${remote} (${why})`, {
      hint: `check the ref name, or fetch it first (git fetch ${remote} ${ref}); in GitHub Actions, actions/checkout with fetch-depth: 0 also works`,
      cause: err
    });
  }
  return (await git(repo, ["rev-parse", "--verify", "FETCH_HEAD^{commit}"])).trim();
}
async function isShallow(repo) {
  return (await gitMaybe(repo, ["rev-parse", "--is-shallow-repository"]))?.trim() === "true";
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
