#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  LocalGitChanges
} from "./chunk-5TKHP2SM.js";
import {
  getInput,
  info,
  setFailed,
  setSecret
} from "./chunk-IJVDS6DU.js";
import {
  coerce_exports
} from "./chunk-3XI7M7QE.js";
import {
  compare
} from "./chunk-4BD6ROUD.js";
import "./chunk-6MBK4DL2.js";
import {
  MAX_SHARDS
} from "./chunk-LF6QCMWW.js";
import "./chunk-FU4A33PN.js";
import "./chunk-WOUCLFMX.js";
import "./chunk-BGY524Z6.js";
import {
  _enum,
  array,
  boolean,
  number,
  object,
  string,
  url
} from "./chunk-WKKOZ42H.js";
import "./chunk-CECCCJKY.js";
import "./chunk-TW33II5R.js";
import "./chunk-S3IFKC6U.js";
import "./chunk-LH5RUYTT.js";
import "./chunk-WNENITHW.js";
import {
  UserError,
  describeError
} from "./chunk-BSE5VMI7.js";
import "./chunk-5HX2GR4K.js";

// src/action/main.ts
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

// src/action/event.ts
import { readFileSync } from "node:fs";
var ref = object({ ref: string(), sha: string() });
var pullRequestPayload = object({
  action: string(),
  number: number().int(),
  pull_request: object({
    base: ref,
    head: ref.extend({ repo: object({ full_name: string(), fork: boolean().optional() }).nullable() }),
    labels: array(object({ name: string() })).default([])
  }),
  repository: object({ full_name: string() }),
  label: object({ name: string() }).optional(),
  sender: object({ login: string() })
});
var mergeGroupPayload = object({
  merge_group: object({ head_sha: string(), head_ref: string(), base_sha: string(), base_ref: string() })
});
var pushPayload = object({ ref: string(), before: string(), after: string() });
var ZERO_SHA = /^0+$/;
function readEvent(env) {
  const name = env.GITHUB_EVENT_NAME;
  const path = env.GITHUB_EVENT_PATH;
  if (!name || !path) throw new UserError("GITHUB_EVENT_NAME and GITHUB_EVENT_PATH are not set", { hint: "promptgate runs as a step of a GitHub Actions workflow" });
  const payload = JSON.parse(readFileSync(path, "utf8"));
  const parse = (schema) => {
    const result = schema.safeParse(payload, { jitless: true });
    if (result.success) return result.data;
    throw new UserError(`the ${name} event payload is not what GitHub sends: ${result.error.issues[0].path.join(".")}: ${result.error.issues[0].message}`);
  };
  switch (name) {
    case "pull_request":
    case "pull_request_target": {
      const p = parse(pullRequestPayload);
      return {
        kind: "pull_request",
        action: p.action,
        number: p.number,
        base: { ref: p.pull_request.base.ref, sha: p.pull_request.base.sha },
        head: { ref: p.pull_request.head.ref, sha: p.pull_request.head.sha },
        labels: p.pull_request.labels.map((l) => l.name),
        labeled: p.action === "labeled" && p.label ? { label: p.label.name, by: p.sender.login } : void 0,
        fork: p.pull_request.head.repo?.fork === true || p.pull_request.head.repo !== null && p.pull_request.head.repo.full_name !== p.repository.full_name
      };
    }
    case "merge_group": {
      const m = parse(mergeGroupPayload).merge_group;
      return { kind: "merge_group", base: { ref: m.base_ref, sha: m.base_sha }, head: { ref: m.head_ref, sha: m.head_sha } };
    }
    case "push": {
      const p = parse(pushPayload);
      return { kind: "push", base: ZERO_SHA.test(p.before) ? null : { ref: p.before, sha: p.before }, head: { ref: p.ref, sha: p.after } };
    }
    case "workflow_dispatch":
      return { kind: "workflow_dispatch", head: { ref: env.GITHUB_REF ?? "HEAD", sha: env.GITHUB_SHA ?? "HEAD" } };
    default:
      throw new UserError(`promptgate does not handle the ${name} event`, {
        hint: "trigger it on pull_request (opened, synchronize, reopened, labeled, unlabeled), merge_group, push or workflow_dispatch"
      });
  }
}

// src/action/inputs.ts
var inputSchema = object({
  githubToken: string().min(1, "is empty: pass `github-token: ${{ github.token }}` (the default)"),
  config: string().min(1).default("promptgate.yml"),
  failOn: _enum(["regression", "any-failure", "never"]).optional(),
  overrideLabel: string().min(1).optional(),
  comment: _enum(["true", "false"]).default("true").transform((v) => v === "true"),
  modelsUrl: url().optional(),
  maxConcurrency: coerce_exports.number().int().min(1).max(256).optional(),
  shard: string().regex(/^\d+\/\d+$/, "must look like i/n, e.g. 1/4").transform((s) => {
    const [index, total] = s.split("/").map(Number);
    return { index, total };
  }).refine((s) => s.total >= 1 && s.index >= 1 && s.index <= s.total, "needs 1 \u2264 i \u2264 n").refine((s) => s.total <= MAX_SHARDS, `may have at most ${MAX_SHARDS} shards (n \u2264 ${MAX_SHARDS}, as many as a matrix runs)`).optional(),
  merge: string().min(1).optional()
});
var NAMES = {
  githubToken: "github-token",
  config: "config",
  failOn: "fail-on",
  overrideLabel: "override-label",
  comment: "comment",
  modelsUrl: "models-url",
  maxConcurrency: "max-concurrency",
  shard: "shard",
  merge: "merge"
};
function readInputs() {
  const raw = Object.fromEntries(Object.entries(NAMES).map(([key, name2]) => [key, getInput(name2) || void 0]));
  const result = inputSchema.safeParse(raw, { jitless: true });
  if (result.success) {
    if (result.data.shard && result.data.merge) throw new UserError("inputs `shard` and `merge` are set together", { hint: "shard jobs set `shard: i/n`; the one job that `needs:` them sets `merge:` to where it downloaded their reports" });
    return result.data;
  }
  const issue = result.error.issues[0];
  const name = NAMES[issue.path[0]] ?? String(issue.path[0]);
  throw new UserError(`input \`${name}\` ${issue.message}`, { hint: "see the inputs in action.yml / README.md" });
}

// src/action/main.ts
var SECRET_VARIABLES = ["GITHUB_TOKEN", "OPENAI_API_KEY", "ANTHROPIC_API_KEY", "AZURE_OPENAI_API_KEY"];
async function run(started) {
  try {
    await runAction(process.env, started);
  } catch (err) {
    setFailed(describeError(err));
  }
}
async function runAction(processEnv, started) {
  const inputs = readInputs();
  const env = { ...processEnv, GITHUB_TOKEN: processEnv.GITHUB_TOKEN || inputs.githubToken };
  if (inputs.modelsUrl) env.PROMPTGATE_MODELS_URL = inputs.modelsUrl;
  for (const name of SECRET_VARIABLES) if (env[name]) setSecret(env[name]);
  setSecret(inputs.githubToken);
  const event = readEvent(env);
  const [owner = "", repo = ""] = (env.GITHUB_REPOSITORY ?? "").split("/");
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const answering = signal();
  const source = started ?? new LocalGitChanges(workspace, (line) => info(line));
  const comparison = comparisonOptions(inputs, event, env, { source, workspace }, answering.resolve);
  if (inputs.shard) return (await import("./shard-JUANYSMK.js")).runShard(comparison, inputs.shard, env.RUNNER_TEMP ?? workspace);
  const comparing = compareOrMerge(comparison, inputs.merge, workspace);
  comparing.catch(() => void 0);
  await Promise.race([answering.done, comparing.then(() => void 0, () => void 0)]);
  const { judgeAndPublish } = await import("./publish-PKGDSCYM.js");
  await judgeAndPublish({ inputs, event, env, owner, repo, workspace, comparing });
}
function comparisonOptions(inputs, event, env, { source, workspace }, answering) {
  const log = progressLogger();
  return {
    source,
    root: workspace,
    // The cache lives outside the checkout: a committed `.promptgate/cache` is the head's, not answers.
    cacheRoot: env.RUNNER_TEMP || tmpdir(),
    // The checkout is the PR's head: custom assertion modules come from the base commit instead.
    moduleDir: join(env.RUNNER_TEMP ?? tmpdir(), "promptgate", "modules"),
    base: "base" in event && event.base ? event.base.sha : null,
    head: event.head.sha,
    configPath: inputs.config,
    gate: { failOn: inputs.failOn, overrideLabel: inputs.overrideLabel },
    requireCredentials: true,
    env,
    concurrency: inputs.maxConcurrency,
    onProgress: (p) => {
      if (p.done > 0) answering();
      log(p);
    }
  };
}
async function compareOrMerge(comparison, merge, workspace) {
  if (!merge) return compare(comparison);
  const [{ mergeShards }, { readPartials }, { tuneHeapForLargeMerge }] = await Promise.all([import("./merge-NV53UZUM.js"), import("./partial-LPDTMXU7.js"), import("./heap-BZVDKK4M.js")]);
  tuneHeapForLargeMerge();
  const report = await mergeShards(comparison, await readPartials(resolve(workspace, merge), merge));
  return { report, inputs: { baseSha: report.base.sha, headSha: report.head.sha, mergeBaseSha: report.mergeBase, configHash: report.config.hash }, reused: false };
}
function signal() {
  let resolve2;
  const done = new Promise((r) => resolve2 = r);
  return { done, resolve: resolve2 };
}
function progressLogger() {
  let last = -1;
  return (p) => {
    const quarter = p.total ? Math.floor(p.done / p.total * 4) : 0;
    if (quarter !== last) {
      last = quarter;
      info(`promptgate: ${p.done}/${p.total} samples`);
    }
  };
}
export {
  run
};
