#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  GITHUB_COMMENT_LIMIT,
  renderMarkdown,
  structuredPatch,
  withoutHostPaths
} from "./chunk-YTEJ4PKR.js";
import {
  oneLine
} from "./chunk-4HXLE7TN.js";
import {
  ZodBigInt,
  ZodBoolean,
  ZodDate,
  ZodNumber,
  ZodString,
  _coercedBigint,
  _coercedBoolean,
  _coercedDate,
  _coercedNumber,
  _coercedString,
  _enum,
  array,
  boolean,
  int,
  literal,
  number,
  record,
  strictObject,
  string,
  tuple
} from "./chunk-VCFSZXPT.js";
import {
  promptLabels
} from "./chunk-VLSWOUTB.js";
import {
  conclusionOf
} from "./chunk-5RNRS3JT.js";
import {
  UserError,
  describeError
} from "./chunk-BSE5VMI7.js";
import {
  __export
} from "./chunk-5HX2GR4K.js";

// node_modules/zod/v4/classic/coerce.js
var coerce_exports = {};
__export(coerce_exports, {
  bigint: () => bigint,
  boolean: () => boolean2,
  date: () => date,
  number: () => number2,
  string: () => string2
});
function string2(params) {
  return _coercedString(ZodString, params);
}
function number2(params) {
  return _coercedNumber(ZodNumber, params);
}
function boolean2(params) {
  return _coercedBoolean(ZodBoolean, params);
}
function bigint(params) {
  return _coercedBigint(ZodBigInt, params);
}
function date(params) {
  return _coercedDate(ZodDate, params);
}

// src/github/permissions.ts
var NEEDED_PERMISSION = {
  comment: "pull-requests: write",
  checkRun: "checks: write",
  labels: "issues: read",
  permissionLookup: "metadata: read"
};
var MissingPermissionError = class extends UserError {
  name = "MissingPermissionError";
  permission;
  constructor(action, permission, cause) {
    super(`could not ${action}: the token lacks \`${permission}\``, {
      hint: `add \`permissions: { ${permission} }\` to the job (a fork's pull request gets a read-only token: promptgate then reports to the job summary instead)`,
      cause
    });
    this.permission = permission;
  }
};
function isForbidden(err) {
  const status = err?.status;
  return status === 403;
}
function explainForbidden(err, action, fallback) {
  if (!isForbidden(err)) return err;
  const headers = err.response?.headers ?? {};
  const accepted = headers["x-accepted-github-permissions"];
  const permission = accepted ? accepted.split(/[;,]\s*/)[0].replace("=", ": ").replace(/_/g, "-") : fallback;
  return new MissingPermissionError(action, permission, err);
}

// src/github/check-run.ts
var CHECK_NAME = "promptgate";
var ANNOTATIONS_PER_REQUEST = 50;
var MAX_TITLE_CHARS = 255;
function annotationsFor(report) {
  const out = [];
  for (const p of report.errors.filter((e) => e.side === "head" && e.file)) {
    out.push({
      path: p.file,
      start_line: p.line ?? 1,
      end_line: p.line ?? 1,
      annotation_level: "failure",
      title: "promptgate could not read this file",
      message: withoutHostPaths(p.hint ? `${p.message}
${p.hint}` : p.message)
    });
  }
  const labels = promptLabels(report.prompts);
  const changedLines = new Map(report.changedPrompts.map((c) => [c.id, { path: c.path, ...firstChangedLines(c.baseText, c.headText) }]));
  for (const t of report.tests.filter((x) => x.change === "regressed")) {
    const where = changedLines.get(t.promptId);
    if (!where) continue;
    out.push({
      path: where.path,
      start_line: where.start,
      end_line: where.end,
      annotation_level: "failure",
      title: oneLine(`Regressed: ${labels.get(t.promptId) ?? t.promptId} \u203A ${t.description ?? t.testId}`, MAX_TITLE_CHARS),
      message: [
        `base ${t.base?.outcome} ${t.base?.passes}/${t.base?.samples} \u2192 head ${t.head?.outcome} ${t.head?.passes}/${t.head?.samples}`,
        t.attack ? `sent (built-in probe ${t.category ?? ""}): ${t.attack.slice(0, 400)}` : "",
        t.head?.reason ? `why: ${withoutHostPaths(t.head.reason)}` : "",
        t.head?.output ? `head output: ${t.head.output.slice(0, 400)}` : ""
      ].filter(Boolean).join("\n")
    });
  }
  return out;
}
function firstChangedLines(baseText, headText) {
  if (headText === null) return { start: 1, end: 1 };
  const hunk = structuredPatch("base", "head", baseText ?? "", headText, "", "", { context: 0 }).hunks[0];
  if (!hunk) return { start: 1, end: 1 };
  const start = Math.max(1, hunk.newStart);
  return { start, end: Math.max(start, hunk.newStart + Math.max(hunk.newLines, 1) - 1) };
}
async function publishCheckRun(api, target, conclusion, output) {
  const batches = [];
  for (let i = 0; i < output.annotations.length; i += ANNOTATIONS_PER_REQUEST) batches.push(output.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  const base = { owner: target.owner, repo: target.repo };
  const body = {
    status: "completed",
    conclusion,
    completed_at: (/* @__PURE__ */ new Date()).toISOString(),
    ...target.detailsUrl ? { details_url: target.detailsUrl } : {},
    output: { title: output.title, summary: output.summary, annotations: batches[0] ?? [] }
  };
  try {
    const { data } = target.checkRunId ? await api.request("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", { ...base, check_run_id: target.checkRunId, ...body }) : await api.request("POST /repos/{owner}/{repo}/check-runs", { ...base, name: CHECK_NAME, head_sha: target.headSha, ...body });
    for (const batch of batches.slice(1)) {
      await api.request("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", {
        ...base,
        check_run_id: data.id,
        output: { title: output.title, summary: output.summary, annotations: batch }
      });
    }
    return { id: Number(data.id), url: data.html_url ?? "" };
  } catch (err) {
    throw explainForbidden(err, "create the check run", NEEDED_PERMISSION.checkRun);
  }
}
async function startCheckRun(api, target, title) {
  try {
    const { data } = await api.request("POST /repos/{owner}/{repo}/check-runs", {
      owner: target.owner,
      repo: target.repo,
      name: CHECK_NAME,
      head_sha: target.headSha,
      status: "in_progress",
      started_at: (/* @__PURE__ */ new Date()).toISOString(),
      output: { title, summary: "Evaluating the prompts this change touches on base and head." }
    });
    return Number(data.id);
  } catch (err) {
    throw explainForbidden(err, "create the check run", NEEDED_PERMISSION.checkRun);
  }
}

// src/github/override.ts
async function lastLabeler(api, q) {
  return (await lastLabeling(api, q))?.by;
}
async function lastLabeling(api, q) {
  let events;
  try {
    events = await api.paginate("GET /repos/{owner}/{repo}/issues/{issue_number}/events", {
      owner: q.owner,
      repo: q.repo,
      issue_number: q.issue,
      per_page: 100
    });
  } catch (err) {
    throw explainForbidden(err, "read who added the override label", NEEDED_PERMISSION.labels);
  }
  const last = events.filter((e) => e.event === "labeled" && e.label?.name === q.label).at(-1);
  return last?.actor ? { by: last.actor.login, at: last.created_at ?? "" } : void 0;
}
async function roleOf(api, repo, login) {
  try {
    const { data } = await api.request("GET /repos/{owner}/{repo}/collaborators/{username}/permission", {
      owner: repo.owner,
      repo: repo.repo,
      username: login
    });
    const roleName = data.role_name;
    if (["admin", "maintain", "write", "triage", "read", "none"].includes(roleName)) return roleName;
    return data.permission === "admin" || data.permission === "write" ? "write" : data.permission;
  } catch (err) {
    if (err.status === 404) return "none";
    throw explainForbidden(err, `check the role of @${login}`, NEEDED_PERMISSION.permissionLookup);
  }
}

// src/gate/override.ts
var ACCEPTING_ROLES = /* @__PURE__ */ new Set(["admin", "maintain", "write"]);
function canAccept(role) {
  return ACCEPTING_ROLES.has(role);
}
function decideOverride(f) {
  const bound = (a) => a.headSha === f.headSha ? { status: "accepted", acceptance: a } : { status: "stale", acceptance: a };
  if (f.given) return canAccept(f.given.role) ? bound(f.given) : { status: "refused", by: f.given.by, role: f.given.role };
  const recorded = f.recorded;
  if (recorded && (recorded.via === "command" || f.labelled)) return bound(recorded);
  if (f.labelled && f.lastLabeler) {
    return { status: "stale", acceptance: { by: f.lastLabeler, role: "", headSha: "", at: "" } };
  }
  return { status: "none" };
}
function applyOverride(report, decision, label) {
  switch (decision.status) {
    case "none":
      return { report };
    case "refused":
      return { report: { ...report, override: { status: "refused", label, by: decision.by, role: decision.role, headSha: null, at: null } } };
    case "stale":
      return { report: { ...report, override: { status: "stale", label, ...overrideFields(decision.acceptance) } } };
    case "accepted": {
      const acceptable = report.blocking && (report.verdict === "regression" || report.verdict === "fail");
      const override = { status: "accepted", label, ...overrideFields(decision.acceptance) };
      return { report: { ...report, overridden: acceptable, override }, acceptance: decision.acceptance };
    }
  }
}
function overrideFields(a) {
  return { by: a.by, role: a.role, headSha: a.headSha || null, at: a.at || null, ...a.reason ? { reason: a.reason } : {} };
}

// src/github/state.ts
import { createHmac, timingSafeEqual } from "node:crypto";
import { deflateRawSync, inflateRawSync } from "node:zlib";

// src/report/test-types.ts
var count = int().min(0);
var testChangeSchema = _enum(["regressed", "fixed", "unchanged", "new", "removed", "flaky", "errored"]);
var testSideSchema = strictObject({
  outcome: _enum(["passed", "failed", "flaky", "errored"]),
  passes: count,
  samples: count,
  errors: count,
  score: number(),
  /** Output of a representative sample (a failing one when there is one). */
  output: string(),
  /** Why it failed (failing assertions' reasons) or errored; empty when it passed. */
  reason: string()
});
var sampleTallySchema = strictObject({ passes: count, samples: count });
var confirmationDirectionSchema = _enum(["regression", "fix"]);
var confirmationSchema = strictObject({
  direction: confirmationDirectionSchema,
  /** `open`: its fresh samples errored before it could be decided. */
  state: _enum(["confirmed", "dismissed", "open"]),
  /** Fresh samples only: the screen that made it a candidate is not counted. */
  base: sampleTallySchema,
  head: sampleTallySchema,
  /** Fresh samples per side the design called for. */
  planned: count,
  /** One-sided Fisher p of the fresh samples (confirmed: the largest the undrawn samples could have made it). */
  pValue: number().nullable(),
  /** Candidates in this direction (the correction's family) and the level each one faced. */
  family: count,
  level: number()
});
var testComparisonSchema = strictObject({
  promptId: string(),
  testId: string(),
  description: string().optional(),
  /** For generated tests: what they probe (`adversarial/<attack>`, `grounding`). */
  category: string().optional(),
  /** For injection probes: the attack text sent, so a failure can be reproduced. */
  attack: string().optional(),
  /** For generated tests: the variables they fill the prompt with (a probe's attack text). */
  vars: record(string(), string()).optional(),
  change: testChangeSchema,
  /**
   * The head removed or changed this base test; it was judged in its base definition all the
   * same (the base decides the tests until the change is merged).
   */
  headChange: _enum(["removed", "changed"]).optional(),
  base: testSideSchema.nullable(),
  head: testSideSchema.nullable(),
  /**
   * One-sided Fisher exact p-value of the confirmation's fresh samples (for a confirmed
   * candidate: the largest its remaining samples could have given); null for a test that was
   * no candidate.
   */
  pValue: number().nullable(),
  /** `pValue` × the number of candidates in its direction (Bonferroni), at most 1. */
  adjustedPValue: number().nullable(),
  /** How a screened candidate was confirmed or dismissed on fresh samples; null when the screen found nothing to confirm. */
  confirmation: confirmationSchema.nullable().optional(),
  /** File and line the test is defined at, for annotations. */
  source: strictObject({ file: string(), line: int().min(1).optional() }).optional()
});
var reviewSampleSchema = strictObject({
  promptId: string(),
  testId: string(),
  description: string().optional(),
  vars: record(string(), string()),
  output: string(),
  /** The head outcome of that test. */
  outcome: testSideSchema.shape.outcome
});

// src/report/types.ts
var verdictSchema = _enum(["pass", "regression", "fail", "inconclusive", "skipped", "error"]);
var count2 = int().min(0);
var sha = string();
var overrideInfoSchema = strictObject({
  /** `accepted` (bound to `headSha`), `refused` (labeler lacks the role) or `stale` (accepted for an older head). */
  status: _enum(["accepted", "refused", "stale"]),
  label: string(),
  by: string(),
  role: string(),
  /** The head the acceptance was given for. */
  headSha: sha.nullable(),
  at: string().nullable(),
  reason: string().optional()
});
var commitInfoSchema = strictObject({ ref: string(), sha });
var changedPromptSchema = strictObject({
  id: string(),
  path: string(),
  previousPath: string().optional(),
  status: _enum(["added", "modified", "deleted", "renamed"]),
  baseVersion: string().nullable(),
  headVersion: string().nullable(),
  baseTokens: count2.nullable(),
  headTokens: count2.nullable(),
  /** Token counts are estimates (the model's tokenizer is not public). */
  tokensEstimated: boolean(),
  /** File content at each side (null where the file does not exist), for the prompt diff. */
  baseText: string().nullable(),
  headText: string().nullable()
});
var sideStatsSchema = strictObject({
  tests: count2,
  passed: count2,
  failed: count2,
  flaky: count2,
  errored: count2,
  /** Passing samples / completed samples; null when nothing completed. */
  passRate: number().min(0).max(1).nullable(),
  meanScore: number().nullable(),
  tokens: count2.nullable(),
  /** Mean measured cost per call × 1,000; null when the model is not priced. */
  costPer1kUsd: number().nullable(),
  latencyP50Ms: number().nullable(),
  latencyP95Ms: number().nullable(),
  ttftP50Ms: number().nullable(),
  ttftP95Ms: number().nullable()
});
var promptComparisonSchema = strictObject({
  id: string(),
  /** The prompt file's own `name:`, when it has one (head's, else base's). */
  name: string().optional(),
  /** The prompt file's own `description:`, when it has one (head's, else base's). */
  description: string().optional(),
  path: string(),
  model: string(),
  base: sideStatsSchema.nullable(),
  head: sideStatsSchema.nullable(),
  delta: strictObject({
    score: number().nullable(),
    passRate: number().nullable(),
    tokens: number().nullable(),
    costPer1kUsd: number().nullable(),
    latencyP95Ms: number().nullable()
  }),
  /** Paired comparison of per-test scores across the prompt's tests present on both sides. */
  significance: strictObject({
    method: _enum(["sign-test", "none"]),
    pairs: count2,
    pValue: number().nullable(),
    /** 95% paired-bootstrap interval of the mean score change. */
    ci95: tuple([number(), number()]).nullable(),
    significant: boolean()
  }),
  regressed: boolean()
});
var growthFlagSchema = strictObject({
  promptId: string(),
  baseTokens: count2,
  headTokens: count2,
  /** (head − base) / base. */
  share: number(),
  /** Extra input cost per 1,000 calls from the added tokens; null when the model is not priced. */
  addedCostPer1kUsd: number().nullable()
});
var checklistItemSchema = strictObject({
  id: string(),
  title: string(),
  status: _enum(["pass", "warn", "fail", "n/a"]),
  evidence: string(),
  anchor: string(),
  required: boolean()
});
var fileProblemSchema = strictObject({
  side: _enum(["base", "head"]),
  message: string(),
  file: string().nullable(),
  line: int().nullable(),
  column: int().nullable(),
  hint: string().nullable()
});
var providerErrorSummarySchema = strictObject({
  side: _enum(["base", "head", "both"]),
  modelId: string(),
  kind: string(),
  count: count2,
  message: string()
});
var runStatsSchema = strictObject({
  durationMs: number().min(0),
  samples: count2,
  modelCalls: count2,
  cachedSamples: count2,
  /** Samples drawn beyond each test's screen, to confirm or dismiss candidates (same as `confirmation.samples`). */
  adaptiveSamples: count2,
  /** What confirming candidates cost and found. */
  confirmation: strictObject({ candidates: count2, confirmed: count2, samples: count2 }).optional()
});
var comparisonReportSchema = strictObject({
  schemaVersion: literal(1),
  verdict: verdictSchema,
  /** One sentence: why this verdict. */
  summary: string(),
  /** The gate blocks the merge (verdict and `failOn`, before any override). */
  blocking: boolean(),
  overridden: boolean(),
  /** What happened to the override label, when it is on the PR. */
  override: overrideInfoSchema.nullable(),
  base: commitInfoSchema,
  head: commitInfoSchema,
  /** The commit the head's changes are measured from (merge base of base and head). */
  mergeBase: sha,
  notes: array(string()),
  config: strictObject({ file: string().nullable(), hash: string() }),
  gate: strictObject({
    failOn: _enum(["regression", "any-failure", "never"]),
    alpha: number(),
    maxScoreDrop: number(),
    minPassRate: number().nullable(),
    overrideLabel: string()
  }),
  changedPrompts: array(changedPromptSchema),
  prompts: array(promptComparisonSchema),
  tests: array(testComparisonSchema),
  checklist: array(checklistItemSchema),
  /** Prompts whose token count grew by more than `growth.maxShare`, and what that costs. */
  growth: array(growthFlagSchema),
  /** A sample of head outputs for a human to read (the checklist cannot replace that). */
  reviewSample: array(reviewSampleSchema),
  /** Files that could not be read at head (or base), with file:line. */
  errors: array(fileProblemSchema),
  /** Provider failures grouped by model and kind: why a verdict is inconclusive. */
  providerErrors: array(providerErrorSummarySchema),
  stats: runStatsSchema
});

// src/github/state.ts
var acceptanceSchema = strictObject({
  by: string(),
  role: string(),
  headSha: string(),
  at: string(),
  reason: string().optional(),
  via: _enum(["label", "command"]).optional()
});
var savedStateSchema = strictObject({
  v: literal(1),
  baseSha: string(),
  headSha: string(),
  configHash: string(),
  report: comparisonReportSchema,
  /** The override promptgate honoured, bound to the head it was given for. */
  acceptance: acceptanceSchema.optional()
});
var OPEN = "<!-- promptgate:state v1 ";
var CLOSE = " -->";
var SIGNATURE = "sig=";
function stateKey(secret) {
  return createHmac("sha256", secret).update("promptgate state v1").digest("hex");
}
function encodeState(state, maxChars, key) {
  for (const slim of [(s) => s, dropPromptTexts, shortenOutputs]) {
    state = slim(state);
    const payload = deflateRawSync(JSON.stringify(state)).toString("base64");
    const line = `${OPEN}${payload}${key ? ` ${SIGNATURE}${sign(payload, key)}` : ""}${CLOSE}`;
    if (line.length <= maxChars) return line;
  }
  return void 0;
}
var RECOMPUTED = "it was ignored and the result computed afresh; this run writes a new one (if this recurs, something else edits promptgate's comment)";
function readState(body, key) {
  const last = body.trimEnd().split("\n").at(-1) ?? "";
  if (!last.startsWith(OPEN) || !last.endsWith(CLOSE)) return {};
  const [payload = "", signature] = last.slice(OPEN.length, -CLOSE.length).split(` ${SIGNATURE}`);
  if (key && !(signature && verify(payload, signature, key))) return { problem: `the state block of promptgate's comment is not signed by this App: ${RECOMPUTED}` };
  let json;
  try {
    json = JSON.parse(inflateRawSync(Buffer.from(payload, "base64")).toString("utf8"));
  } catch {
    return { problem: `the state block of promptgate's comment is not readable (not compressed JSON): ${RECOMPUTED}` };
  }
  const parsed = savedStateSchema.safeParse(json);
  if (!parsed.success) return { problem: `the state block of promptgate's comment does not hold a state of this promptgate version (${firstIssue(parsed.error)}): ${RECOMPUTED}` };
  return { state: json };
}
function decodeState(body, key) {
  return readState(body, key).state;
}
function firstIssue(error) {
  const issue = error.issues[0];
  const where = issue.path.map((p) => typeof p === "number" ? `[${p}]` : `.${String(p)}`).join("").replace(/^\./, "");
  const text = `${where || "the state"}: ${issue.message}`;
  const more = error.issues.length > 1 ? `, and ${error.issues.length - 1} more` : "";
  return `${text.length > 200 ? `${text.slice(0, 200)}\u2026` : text}${more}`;
}
function sign(payload, key) {
  return createHmac("sha256", key).update(payload).digest("base64url");
}
function verify(payload, signature, key) {
  const expected = Buffer.from(sign(payload, key));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
function dropPromptTexts(state) {
  return { ...state, report: { ...state.report, changedPrompts: state.report.changedPrompts.map((p) => ({ ...p, baseText: null, headText: null })) } };
}
function shortenOutputs(state) {
  const cut = (s) => s.length > 300 ? `${s.slice(0, 300)}\u2026` : s;
  return {
    ...state,
    report: {
      ...state.report,
      tests: state.report.tests.map((t) => ({
        ...t,
        base: t.base && { ...t.base, output: cut(t.base.output), reason: cut(t.base.reason) },
        head: t.head && { ...t.head, output: cut(t.head.output), reason: cut(t.head.reason) }
      }))
    }
  };
}

// src/github/sticky-comment.ts
var STICKY_PREFIX = "<!-- promptgate:sticky ";
function stickyMarker(id) {
  return `${STICKY_PREFIX}${JSON.stringify(id)} -->`;
}
async function findStickyComment(api, target) {
  const marker = stickyMarker(target.id);
  const comments = await api.paginate(
    "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
    { owner: target.owner, repo: target.repo, issue_number: target.issue, per_page: 100 }
  );
  const mine = comments.find((c) => c.body?.includes(marker) && c.user && target.isOwnAuthor(c.user));
  return mine ? { id: Number(mine.id), url: mine.html_url, body: mine.body ?? "", updatedAt: mine.updated_at } : void 0;
}
async function upsertStickyComment(api, target, body, existing) {
  const marked = body.includes(stickyMarker(target.id)) ? body : `${stickyMarker(target.id)}
${body}`;
  const current = existing === void 0 ? await findStickyComment(api, target) : existing ?? void 0;
  try {
    if (current && current.body === marked) return { ...current, action: "unchanged" };
    if (current) {
      const { data: data2 } = await api.request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", {
        owner: target.owner,
        repo: target.repo,
        comment_id: current.id,
        body: marked
      });
      return { id: Number(data2.id), url: data2.html_url, body: marked, action: "updated" };
    }
    const { data } = await api.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      owner: target.owner,
      repo: target.repo,
      issue_number: target.issue,
      body: marked
    });
    return { id: Number(data.id), url: data.html_url, body: marked, action: "created" };
  } catch (err) {
    throw explainForbidden(err, "post the PR comment", NEEDED_PERMISSION.comment);
  }
}

// src/github/result.ts
var CHECK_SUMMARY_CHARS = 21845;
var STATE_BUDGET = 24e3;
async function readPreviousComment(api, target, notes) {
  try {
    return await findStickyComment(api, target);
  } catch (err) {
    notes.push(`the existing promptgate comment could not be read (${describeError(err)}); the result was computed afresh`);
    return void 0;
  }
}
function stickyCommentBody(c) {
  const { baseSha, headSha, configHash } = c.inputs;
  const state = encodeState({ v: 1, baseSha, headSha, configHash, report: c.report, acceptance: c.acceptance }, STATE_BUDGET, c.key) ?? "";
  const marker = stickyMarker(c.id);
  const markdown = renderMarkdown(c.report, { maxChars: GITHUB_COMMENT_LIMIT - state.length - marker.length - 4 });
  return `${marker}
${markdown}
${state}`;
}
function checkRunOutput(report, suffix = "") {
  return {
    title: withoutHostPaths(`${report.verdict}${report.overridden ? " (accepted)" : ""}${suffix}: ${report.summary}`).slice(0, 255),
    summary: renderMarkdown(report, { maxChars: CHECK_SUMMARY_CHARS, title: `${CHECK_NAME}${suffix}` }),
    annotations: annotationsFor(report)
  };
}

// src/github/pull-request.ts
import { isDeepStrictEqual } from "node:util";

// src/gate/merge-queue.ts
function acceptQueue(report, groupRef, pulls) {
  if (!report.blocking) return report;
  const note = (text) => ({ ...report, notes: [...report.notes, text] });
  if (pulls.length === 0) return note(`no pull request found behind merge group ${groupRef}`);
  const acceptances = [];
  for (const pull of pulls) {
    const a = pull.acceptance;
    if (!a || a.headSha !== pull.headSha || !(pull.labelled || a.via === "command")) {
      return note(`#${pull.number} has no acceptance for its current head, so the merge group is gated`);
    }
    acceptances.push(a);
  }
  const first = acceptances[0];
  return {
    ...report,
    overridden: report.verdict === "regression" || report.verdict === "fail",
    notes: [...report.notes, `accepted in the pull requests behind this merge group: ${pulls.map((p, i) => `#${p.number} by @${acceptances[i].by}`).join(", ")}`],
    override: { status: "accepted", label: report.gate.overrideLabel, by: first.by, role: first.role, headSha: first.headSha, at: first.at }
  };
}
function mergeGroupPulls(headRef) {
  return [...headRef.matchAll(/pr-(\d+)-[0-9a-f]{7,40}/g)].map((m) => Number(m[1]));
}

// src/github/pull-request.ts
async function judgePullRequest(flow) {
  const { api, pull, identity } = flow;
  const target = { owner: pull.owner, repo: pull.repo, issue: pull.number, id: identity.id, isOwnAuthor: identity.isOwnAuthor };
  const notes = [];
  const existing = await readPreviousComment(api, target, notes);
  const shown = existing ? readState(existing.body, identity.key) : {};
  if (shown.problem) notes.push(shown.problem);
  const trusted = identity.key ? shown.state : void 0;
  const recorded = trusted && !flow.fresh ? recordedComparison(trusted) : void 0;
  const comparison = await flow.compare(recorded);
  let report = { ...comparison.report, notes: [...comparison.report.notes, ...notes] };
  let acceptance;
  const label = report.gate.failOn === "never" ? void 0 : report.gate.overrideLabel;
  if (label) {
    const labelled = pull.labels.includes(label);
    const given = flow.given && (flow.given.via === "command" || flow.given.label === label) ? flow.given : void 0;
    const decision = decideOverride({
      headSha: pull.headSha,
      labelled,
      given: given && { by: given.by, role: await roleOf(api, pull, given.by), headSha: given.headSha, at: (/* @__PURE__ */ new Date()).toISOString(), via: given.via, ...given.reason ? { reason: given.reason } : {} },
      recorded: trusted?.acceptance,
      lastLabeler: labelled && !given && !trusted?.acceptance ? await lastLabeler(api, { ...pull, issue: pull.number, label }) : void 0
    });
    ({ report, acceptance } = applyOverride(report, decision, label));
  }
  const { baseSha, headSha, configHash } = comparison.inputs;
  report = keepTimings(report, shown.state);
  const body = stickyCommentBody({ id: identity.id, report, inputs: { baseSha, headSha, configHash }, acceptance, key: identity.key });
  return { report, reused: comparison.reused, target, existing, body };
}
function keepTimings(report, shown) {
  if (!shown) return report;
  const { stats: _now, ...rest } = report;
  const { stats: before, ...shownRest } = shown.report;
  return isDeepStrictEqual(JSON.parse(JSON.stringify(rest)), shownRest) ? { ...report, stats: before } : report;
}
function recordedComparison(state) {
  return { baseSha: state.baseSha, headSha: state.headSha, configHash: state.configHash, report: { ...state.report, overridden: false, override: null } };
}
function boundHead(eventHeadSha, shown, givenAt, key) {
  const state = shown ? decodeState(shown.body, key) : void 0;
  if (!shown || !state) return eventHeadSha;
  if (givenAt && shown.updatedAt && Date.parse(shown.updatedAt) > Date.parse(givenAt)) return "";
  return state.headSha;
}
function shownComment(api, pull, identity) {
  return findStickyComment(api, { ...pull, issue: pull.number, id: identity.id, isOwnAuthor: identity.isOwnAuthor });
}
async function publishPullRequest(api, result, check, opts) {
  const published = { commentUrl: "", checkUrl: "", degraded: [] };
  const attempt = async (write) => {
    try {
      await write();
    } catch (err) {
      if (!(err instanceof MissingPermissionError)) throw err;
      published.degraded.push(err);
    }
  };
  if (opts.comment) await attempt(async () => void (published.commentUrl = (await upsertStickyComment(api, result.target, result.body, result.existing ?? null)).url));
  await attempt(async () => void (published.checkUrl = (await publishCheckRun(api, check, conclusionOf(result.report), checkRunOutput(result.report, opts.checkSuffix))).url));
  return published;
}
async function judgeMergeGroup(api, repo, identity, report, groupRef) {
  if (!report.blocking) return report;
  const label = report.gate.overrideLabel;
  const pulls = [];
  for (const number3 of mergeGroupPulls(groupRef)) {
    const { data: pr } = await api.request("GET /repos/{owner}/{repo}/pulls/{pull_number}", { ...repo, pull_number: number3 });
    const labelled = pr.labels.some((l) => l.name === label);
    const comment = await shownComment(api, { ...repo, number: number3 }, identity);
    let acceptance = comment ? decodeState(comment.body, identity.key)?.acceptance : void 0;
    if (acceptance && !identity.key && !(acceptance.via !== "command" && labelled && await stillGivenBy(api, { ...repo, issue: number3, label }, acceptance.by))) acceptance = void 0;
    pulls.push({ number: number3, headSha: pr.head.sha, labelled, acceptance });
  }
  return acceptQueue(report, groupRef, pulls);
}
async function stillGivenBy(api, q, by) {
  return await lastLabeler(api, q) === by && canAccept(await roleOf(api, q, by));
}

export {
  coerce_exports,
  CHECK_NAME,
  publishCheckRun,
  startCheckRun,
  lastLabeling,
  roleOf,
  canAccept,
  stateKey,
  checkRunOutput,
  judgePullRequest,
  boundHead,
  shownComment,
  publishPullRequest,
  judgeMergeGroup
};
