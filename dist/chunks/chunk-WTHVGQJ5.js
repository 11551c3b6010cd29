#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  GITHUB_COMMENT_LIMIT,
  renderMarkdown,
  structuredPatch,
  withoutHostPaths
} from "./chunk-UEN3SP4C.js";
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
  _coercedString
} from "./chunk-UPARLIIH.js";
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
  boolean: () => boolean,
  date: () => date,
  number: () => number,
  string: () => string
});
function string(params) {
  return _coercedString(ZodString, params);
}
function number(params) {
  return _coercedNumber(ZodNumber, params);
}
function boolean(params) {
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
function decodeState(body, key) {
  const last = body.trimEnd().split("\n").at(-1) ?? "";
  if (!last.startsWith(OPEN) || !last.endsWith(CLOSE)) return void 0;
  const [payload = "", signature] = last.slice(OPEN.length, -CLOSE.length).split(` ${SIGNATURE}`);
  if (key && !(signature && verify(payload, signature, key))) return void 0;
  try {
    const state = JSON.parse(inflateRawSync(Buffer.from(payload, "base64")).toString("utf8"));
    return state.v === 1 && typeof state.headSha === "string" && state.report?.schemaVersion === 1 ? state : void 0;
  } catch {
    return void 0;
  }
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
  const trusted = identity.key && existing ? decodeState(existing.body, identity.key) : void 0;
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
  report = keepTimings(report, existing ? decodeState(existing.body, identity.key) : void 0);
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
  for (const number2 of mergeGroupPulls(groupRef)) {
    const { data: pr } = await api.request("GET /repos/{owner}/{repo}/pulls/{pull_number}", { ...repo, pull_number: number2 });
    const labelled = pr.labels.some((l) => l.name === label);
    const comment = await shownComment(api, { ...repo, number: number2 }, identity);
    let acceptance = comment ? decodeState(comment.body, identity.key)?.acceptance : void 0;
    if (acceptance && !identity.key && !(acceptance.via !== "command" && labelled && await stillGivenBy(api, { ...repo, issue: number2, label }, acceptance.by))) acceptance = void 0;
    pulls.push({ number: number2, headSha: pr.head.sha, labelled, acceptance });
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
