#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  LocalGitChanges
} from "./chunks/chunk-5TKHP2SM.js";
import {
  info
} from "./chunks/chunk-IJVDS6DU.js";
import "./chunks/chunk-TW33II5R.js";
import "./chunks/chunk-S3IFKC6U.js";
import {
  startRenderWorker
} from "./chunks/chunk-WNENITHW.js";
import "./chunks/chunk-BSE5VMI7.js";
import "./chunks/chunk-5HX2GR4K.js";

// src/action/git-first.ts
import { readFileSync } from "node:fs";
var WORKER_RENDERED = /\.(?:prompty|prompt)$/;
var COMMIT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
var ZERO = /^0+$/;
function startGitWork(env) {
  if (env.INPUT_MERGE) return void 0;
  const commits = payloadCommits(env);
  if (!commits) return void 0;
  const source = new LocalGitChanges(env.GITHUB_WORKSPACE ?? process.cwd(), (line) => info(line));
  const head = source.at(commits.head, "head");
  source.resolve(commits.base, commits.head).then(async (range) => {
    if (!range.mergeBaseSha) return (await head.listFiles()).some((f) => WORKER_RENDERED.test(f));
    const [changed] = await Promise.all([
      source.changedFiles(range.mergeBaseSha, range.headSha),
      source.at(range.baseSha, "base").listFiles(),
      source.at(range.mergeBaseSha, "merge base").listFiles()
    ]);
    return changed.some((f) => WORKER_RENDERED.test(f.path) || WORKER_RENDERED.test(f.previousPath ?? ""));
  }).then((templates) => templates && startRenderWorker()).catch(() => void 0);
  void head.listFiles().catch(() => void 0);
  return source;
}
function payloadCommits(env) {
  let payload;
  try {
    payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH ?? "", "utf8"));
  } catch {
    return void 0;
  }
  const sha = (value) => typeof value === "string" && COMMIT.test(value) ? value : void 0;
  const commits = (base, head) => base !== void 0 && head ? { base, head } : void 0;
  switch (env.GITHUB_EVENT_NAME) {
    case "pull_request":
    case "pull_request_target": {
      const pull = payload.pull_request;
      return commits(sha(pull?.base?.sha), sha(pull?.head?.sha));
    }
    case "merge_group":
      return commits(sha(payload.merge_group?.base_sha), sha(payload.merge_group?.head_sha));
    case "push": {
      const before = payload.before;
      return commits(typeof before === "string" && ZERO.test(before) ? null : sha(before), sha(payload.after));
    }
    default:
      return void 0;
  }
}

// src/action/index.ts
var started = startGitWork(process.env);
var { run } = await import("./chunks/main-JMAFXYXN.js");
await run(started);
