#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  NO_CREDENTIALS
} from "./chunk-LF6QCMWW.js";
import {
  roundRobin
} from "./chunk-FU4A33PN.js";
import {
  DEFAULT_CONFIG_PATH,
  ZERO_CONFIG_GLOB,
  canonicalJson,
  checkPromptSize,
  checkSuiteRenders,
  costUsd,
  createEngine,
  defaultConfig,
  defaultEmbeddingModel,
  defaultPromptId,
  hashValue,
  loadSuite,
  missingCredential,
  modelsToCall,
  parseConfig,
  promptFormatFor,
  promptRef,
  renderChecked,
  require_picomatch,
  selectPromptFiles,
  selectsPromptFile,
  sha256,
  summarise
} from "./chunk-WOUCLFMX.js";
import {
  countMessageTokens,
  keyOf,
  parseModelRef
} from "./chunk-BGY524Z6.js";
import {
  ConfigError,
  LimitError,
  UserError
} from "./chunk-BSE5VMI7.js";
import {
  __toESM
} from "./chunk-5HX2GR4K.js";

// src/compare/prompt-tokens.ts
var counted = /* @__PURE__ */ new WeakMap();
function promptTokens(messages, modelId) {
  let byModel = counted.get(messages);
  if (!byModel) counted.set(messages, byModel = /* @__PURE__ */ new Map());
  let count = byModel.get(modelId);
  if (!count) byModel.set(modelId, count = countMessageTokens(messages, modelId));
  return count;
}
async function countPromptTokens(pairs) {
  await Promise.all(pairs.flatMap((p) => [p.base, p.head].flatMap((side) => side ? [promptTokens(side.prompt.messages, side.modelId)] : [])));
}

// src/gate/requirements.ts
function applyRequirements(report, checklist) {
  const blocking = checklist.filter((c) => c.required && c.status === "fail");
  if (blocking.length === 0 || report.verdict !== "pass") return { ...report, checklist };
  return {
    ...report,
    checklist,
    verdict: "fail",
    blocking: report.gate.failOn !== "never",
    summary: `Required readiness check${blocking.length > 1 ? "s" : ""} failed: ${blocking.map((c) => `${c.id} (${c.evidence})`).join("; ")}.`
  };
}

// src/compare/changed-prompts.ts
async function changedPrompt(pair) {
  const count = async (sp) => sp ? await promptTokens(sp.prompt.messages, sp.modelId) : void 0;
  const [b, h] = await Promise.all([count(pair.base), count(pair.head)]);
  const status = pair.status === "unchanged" ? "modified" : pair.status;
  return {
    id: pair.id,
    path: (pair.head ?? pair.base).prompt.path,
    previousPath: pair.previousPath,
    status,
    baseVersion: pair.base?.prompt.version ?? null,
    headVersion: pair.head?.prompt.version ?? null,
    baseTokens: b?.tokens ?? null,
    headTokens: h?.tokens ?? null,
    tokensEstimated: (b?.estimated ?? false) || (h?.estimated ?? false),
    baseText: pair.base?.text ?? null,
    headText: pair.head?.text ?? null
  };
}
async function growthFlags(changed, pairs, maxShare) {
  const flags = [];
  for (const c of changed) {
    if (c.baseTokens === null || c.headTokens === null || c.baseTokens === 0) continue;
    const share = (c.headTokens - c.baseTokens) / c.baseTokens;
    if (share <= maxShare) continue;
    const model = pairs.find((p) => p.id === c.id)?.head?.modelId;
    const added = model ? await costUsd(model, { inputTokens: c.headTokens - c.baseTokens, outputTokens: 0 }) : void 0;
    flags.push({ promptId: c.id, baseTokens: c.baseTokens, headTokens: c.headTokens, share, addedCostPer1kUsd: added === void 0 ? null : added * 1e3 });
  }
  return flags;
}

// src/compare/stats.ts
var logFactorials = [0];
function logFactorial(n) {
  for (let i = logFactorials.length; i <= n; i++) logFactorials[i] = logFactorials[i - 1] + Math.log(i);
  return logFactorials[n];
}
function logChoose(n, k) {
  return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
}
function fisherHeadWorse(basePasses, baseN, headPasses, headN) {
  const passes = basePasses + headPasses;
  const total = baseN + headN;
  const lo = Math.max(0, passes - baseN);
  let p = 0;
  const denominator = logChoose(total, passes);
  for (let x = lo; x <= headPasses; x++) p += Math.exp(logChoose(headN, x) + logChoose(baseN, passes - x) - denominator);
  return Math.min(1, p);
}
function signTestHeadWorse(diffs, tolerance = 1e-9) {
  const better = diffs.filter((d) => d > tolerance).length;
  const worse = diffs.filter((d) => d < -tolerance).length;
  const n = better + worse;
  if (n === 0) return { pValue: 1, better, worse };
  let p = 0;
  for (let k = 0; k <= better; k++) p += Math.exp(logChoose(n, k) - n * Math.LN2);
  return { pValue: Math.min(1, p), better, worse };
}
function pairedBootstrapCi(diffs, iterations = 2e3, seed = 24301) {
  if (diffs.length === 0) return null;
  if (diffs.every((d) => d === diffs[0])) {
    let sum = 0;
    for (let j = 0; j < diffs.length; j++) sum += diffs[0];
    return [sum / diffs.length, sum / diffs.length];
  }
  const random = mulberry32(seed);
  const means = new Float64Array(iterations);
  for (let i = 0; i < iterations; i++) {
    let sum = 0;
    for (let j = 0; j < diffs.length; j++) sum += diffs[Math.floor(random() * diffs.length)];
    means[i] = sum / diffs.length;
  }
  means.sort();
  return [means[Math.floor(0.025 * (iterations - 1))], means[Math.ceil(0.975 * (iterations - 1))]];
}
function binomialPmf(n, k, p) {
  if (k < 0 || k > n) return 0;
  if (p <= 0) return k === 0 ? 1 : 0;
  if (p >= 1) return k === n ? 1 : 0;
  return Math.exp(logChoose(n, k) + k * Math.log(p) + (n - k) * Math.log(1 - p));
}
function binomialCdf(n, k, p) {
  let sum = 0;
  for (let i = 0; i <= Math.min(k, n); i++) sum += binomialPmf(n, i, p);
  return Math.min(1, sum);
}
function confirmationSamples(opts) {
  for (let k = 1; k < opts.max; k++) {
    let power = 0;
    for (let passes = k; passes >= 0 && fisherHeadWorse(passes, k, 0, k) < opts.level; passes--) power += binomialPmf(k, passes, 1 - opts.noise);
    if (power >= opts.power) return k;
  }
  return opts.max;
}
function percentile(values, p) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(p / 100 * sorted.length));
  return sorted[rank - 1];
}
function mean(values) {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}

// src/compare/tests.ts
var TEST_ALPHA_SHARE = 0.8;
var CONFIRMATION_POWER = 0.95;
var DESIGN_NOISE = 0.2;
var IMPLAUSIBLE = 0.01;
var DEFAULT_MAX_CONFIRMATION_SAMPLES = 24;
function screenCandidate(base, head) {
  if (base.samples === 0 || head.samples === 0) return null;
  const headRate = head.passes * base.samples;
  const baseRate = base.passes * head.samples;
  if (2 * head.passes <= head.samples && headRate <= baseRate) return "regression";
  if (2 * base.passes <= base.samples && headRate > baseRate) return "fix";
  return null;
}
function planConfirmation(opts) {
  const family = Math.max(1, opts.family);
  const level = opts.alpha * TEST_ALPHA_SHARE / family;
  return { family, level, samples: confirmationSamples({ level, noise: DESIGN_NOISE, power: CONFIRMATION_POWER, max: opts.maxSamples }) };
}
function confirmationState(direction, base, head, plan) {
  const [from, to] = direction === "regression" ? [base, head] : [head, base];
  const k = plan.samples;
  const fromLeft = Math.max(0, k - from.samples);
  const toLeft = Math.max(0, k - to.samples);
  const p = (fromPasses, toPasses) => fisherHeadWorse(fromPasses, k, toPasses, k);
  const drawn = from.samples && to.samples ? fisherHeadWorse(from.passes, from.samples, to.passes, to.samples) : null;
  const worst = p(from.passes, to.passes + toLeft);
  if (worst < plan.level) return { state: "confirmed", pValue: worst };
  if (p(from.passes + fromLeft, to.passes) >= plan.level) return { state: "dismissed", pValue: drawn };
  const drawnEach = Math.min(from.samples, to.samples);
  const noDrop = to.passes * from.samples >= from.passes * to.samples;
  const turned = noDrop && drawnEach >= (to.passes >= 1 ? 2 : 3);
  const failsAnyway = to.samples === 0 && from.samples >= 1 && from.passes === 0 || binomialCdf(from.samples, from.passes, 1 - DESIGN_NOISE) < IMPLAUSIBLE;
  return { state: turned || failsAnyway ? "dismissed" : "open", pValue: drawn };
}
function promptScoreDrop(diffs, deltaScore, opts) {
  const level = opts.gate.alpha * (1 - TEST_ALPHA_SHARE) / Math.max(1, opts.prompts);
  const pValue = diffs.length ? signTestHeadWorse(diffs).pValue : null;
  const significant = pValue !== null && pValue < level;
  return { pValue, level, significant, regressed: significant && deltaScore !== null && deltaScore < -opts.gate.maxScoreDrop };
}
function tallyOf(runs) {
  let passes = 0;
  let samples = 0;
  for (const r of runs) {
    if (r.outcome === "errored") continue;
    samples++;
    if (r.outcome === "passed") passes++;
  }
  return { passes, samples };
}
function classifyChange(base, head, confirmation) {
  if (!base) return "new";
  if (!head) return "removed";
  if (base.completed === 0 || head.completed === 0) return "errored";
  if (confirmation?.state === "confirmed") return confirmation.direction === "regression" ? "regressed" : "fixed";
  if (confirmation?.state === "open") return "errored";
  const allPass = base.passes === base.completed && head.passes === head.completed;
  const allFail = base.passes === 0 && head.passes === 0;
  return allPass || allFail ? "unchanged" : "flaky";
}
function sideOf(result) {
  if (!result) return null;
  const failing = result.runs.find((r) => r.outcome === "failed");
  const shown = failing ?? result.runs.find((r) => r.outcome === "passed") ?? result.runs[0];
  let reason = "";
  if (failing) {
    reason = failing.assertions.filter((a) => !a.pass).map((a) => `${a.name}: ${a.reason}`).join("; ");
  } else if (result.completed === 0 && shown?.error) {
    reason = `${shown.error.modelId}: ${shown.error.kind} \u2014 ${shown.error.message}`;
  }
  return {
    outcome: result.outcome,
    passes: result.passes,
    samples: result.completed,
    errors: result.errors,
    score: result.score,
    output: shown?.output ?? "",
    reason
  };
}

// src/compare/prompt-stats.ts
async function comparePrompt(pair, input, regressedPrompts) {
  const base = { results: [], screens: [] };
  const head = { results: [], screens: [] };
  const diffs = [];
  for (const id of pair.affectedTests) {
    const k = keyOf(pair.id, id);
    const screen = input.evidence?.get(k)?.screen ?? Number.POSITIVE_INFINITY;
    const b = input.base.get(k);
    const h = input.head.get(k);
    if (b && pair.head) addResult(base, b, screen);
    if (h) addResult(head, h, screen);
    const bs = screenScore(b, screen);
    const hs = screenScore(h, screen);
    if (bs !== null && hs !== null) diffs.push(hs - bs);
  }
  const baseStats = pair.base && pair.head ? await sideStats(base, pair.base.prompt.messages, pair.base.modelId) : null;
  const headStats = pair.head ? await sideStats(head, pair.head.prompt.messages, pair.head.modelId) : null;
  const ci = pairedBootstrapCi(diffs);
  const deltaScore = baseStats?.meanScore != null && headStats?.meanScore != null ? headStats.meanScore - baseStats.meanScore : null;
  const drop = promptScoreDrop(diffs, deltaScore, { gate: input.gate, prompts: input.pairs.filter((p) => p.base && p.head).length });
  const shown = pair.head ?? pair.base;
  return {
    id: pair.id,
    name: shown.prompt.name,
    description: shown.prompt.description,
    path: shown.prompt.path,
    model: shown.modelId,
    base: baseStats,
    head: headStats,
    delta: {
      score: deltaScore,
      passRate: diff(baseStats?.passRate, headStats?.passRate),
      tokens: diff(baseStats?.tokens, headStats?.tokens),
      costPer1kUsd: diff(baseStats?.costPer1kUsd, headStats?.costPer1kUsd),
      latencyP95Ms: diff(baseStats?.latencyP95Ms, headStats?.latencyP95Ms)
    },
    significance: { method: diffs.length ? "sign-test" : "none", pairs: diffs.length, pValue: drop.pValue, ci95: ci, significant: drop.significant },
    // A removed prompt, or a test the head prompt can no longer run, needs acceptance like a regression.
    regressed: regressedPrompts.has(pair.id) || drop.regressed
  };
}
function promptsWithRegressedTests(tests) {
  const ids = /* @__PURE__ */ new Set();
  for (const t of tests) if (t.change === "regressed" || t.change === "removed") ids.add(t.promptId);
  return ids;
}
function addResult(side, result, screen) {
  side.results.push(result);
  side.screens.push(screen);
}
function screenScore(result, screen) {
  if (!result) return null;
  let sum = 0;
  let n = 0;
  for (const r of result.runs) {
    if (r.repeatIndex < screen && r.outcome !== "errored") {
      sum += r.score;
      n++;
    }
  }
  return n ? sum / n : null;
}
async function sideStats({ results, screens }, messages, modelId) {
  const outcomes = { passed: 0, failed: 0, flaky: 0, errored: 0 };
  const latencies = [];
  const ttfts = [];
  const costs = [];
  const testScores = [];
  let completed = 0;
  let passes = 0;
  results.forEach((result, i) => {
    outcomes[result.outcome]++;
    let screened = 0;
    let scoreSum = 0;
    for (const run of result.runs) {
      if (run.outcome === "errored") continue;
      latencies.push(run.latencyMs);
      if (run.ttftMs !== void 0) ttfts.push(run.ttftMs);
      if (run.costUsd !== void 0) costs.push(run.costUsd);
      if (run.repeatIndex >= screens[i]) continue;
      screened++;
      scoreSum += run.score;
      if (run.outcome === "passed") passes++;
    }
    completed += screened;
    if (screened > 0) testScores.push(scoreSum / screened);
  });
  const costMean = costs.length === latencies.length ? mean(costs) : null;
  return {
    tests: results.length,
    ...outcomes,
    passRate: completed ? passes / completed : null,
    meanScore: mean(testScores),
    tokens: (await promptTokens(messages, modelId)).tokens,
    costPer1kUsd: costMean === null ? null : costMean * 1e3,
    latencyP50Ms: percentile(latencies, 50),
    latencyP95Ms: percentile(latencies, 95),
    ttftP50Ms: percentile(ttfts, 50),
    ttftP95Ms: percentile(ttfts, 95)
  };
}
function diff(a, b) {
  return a === null || a === void 0 || b === null || b === void 0 ? null : b - a;
}

// src/compare/verdict.ts
function decide(input) {
  const found = unreadableHead(input) ?? nothingToCompare(input) ?? regression(input) ?? failedGate(input) ?? outage(input) ?? passed(input);
  const blocking = input.gate.failOn !== "never" && found.verdict !== "pass" && found.verdict !== "skipped";
  return { ...found, blocking };
}
function unreadableHead({ headProblems }) {
  if (!headProblems.length) return void 0;
  const first = headProblems[0];
  const where = [first.file, first.line, first.column].filter((x) => x !== null).join(":");
  return { verdict: "error", summary: `${plural(headProblems.length, "file")} at head could not be read: ${where ? `${where}: ` : ""}${first.message}` };
}
function nothingToCompare({ anythingToCompare }) {
  return anythingToCompare ? void 0 : { verdict: "skipped", summary: "No prompt, test or config change affects the eval suite." };
}
function regression({ prompts, tests }) {
  const regressedPrompts = prompts.filter((p) => p.regressed);
  if (!regressedPrompts.length) return void 0;
  const regressed = tests.filter((t) => t.change === "regressed");
  const removed = tests.filter((t) => t.change === "removed");
  const names = regressedPrompts.map((p) => p.id);
  const adversarial = regressed.filter((t) => t.category?.startsWith("adversarial/")).length;
  const scoreOnly = regressedPrompts.filter((p) => !regressed.some((t) => t.promptId === p.id) && !removed.some((t) => t.promptId === p.id)).length;
  const parts = [
    regressed.length ? `${plural(regressed.length, "test")} regressed${adversarial ? ` (${adversarial} of them prompt-injection probes)` : ""}` : "",
    removed.length ? `${plural(removed.length, "test")} removed (a removal needs acceptance)` : "",
    scoreOnly ? `${plural(scoreOnly, "prompt score")} dropped significantly` : ""
  ].filter(Boolean);
  return { verdict: "regression", summary: `${parts.join(" and ")} in ${names.slice(0, 3).join(", ")}${names.length > 3 ? ` and ${names.length - 3} more` : ""}.` };
}
function failedGate({ gate, prompts, tests }) {
  const minPassRate = gate.minPassRate;
  const low = minPassRate === void 0 ? [] : prompts.filter((p) => p.head?.passRate !== null && p.head?.passRate !== void 0 && p.head.passRate < minPassRate);
  if (minPassRate !== void 0 && low.length) {
    return { verdict: "fail", summary: `Head pass rate is below the minimum ${pct(minPassRate)} for ${low.map((p) => `${p.id} (${pct(p.head.passRate)})`).join(", ")}.` };
  }
  const headFailing = tests.filter((t) => t.head && (t.head.outcome === "failed" || t.head.outcome === "flaky"));
  if (gate.failOn === "any-failure" && headFailing.length) return { verdict: "fail", summary: `${plural(headFailing.length, "test")} fail at head (failOn: any-failure).` };
  return void 0;
}
function outage({ tests }) {
  const errored = tests.filter((t) => t.change === "errored" || (t.head?.errors ?? 0) > 0 || (t.base?.errors ?? 0) > 0);
  if (!errored.length) return void 0;
  return { verdict: "inconclusive", summary: `${plural(errored.length, "test")} could not be evaluated because a model provider failed: this is an outage, not a regression.` };
}
function passed({ tests }) {
  const fixed = tests.filter((t) => t.change === "fixed").length;
  const compared = tests.filter((t) => t.base && t.head).length;
  return { verdict: "pass", summary: `No regression in ${compared} compared test${compared === 1 ? "" : "s"}${fixed ? `; ${fixed} fixed` : ""}.` };
}
function plural(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
function pct(x) {
  return `${Math.round(x * 1e3) / 10}%`;
}

// src/compare/build-report.ts
async function buildReport(input) {
  const { gate, pairs } = input;
  const tests = compareTests(input);
  const regressedPrompts = promptsWithRegressedTests(tests);
  const prompts = await Promise.all(pairs.map((pair) => comparePrompt(pair, input, regressedPrompts)));
  const changedPrompts = await Promise.all(pairs.filter((p) => p.status !== "unchanged").map(changedPrompt));
  const growth = await growthFlags(changedPrompts, pairs, input.growthMaxShare);
  const decision = decide({
    gate,
    prompts,
    tests,
    headProblems: input.problems.filter((p) => p.side === "head"),
    anythingToCompare: pairs.length > 0
  });
  return {
    schemaVersion: 1,
    verdict: decision.verdict,
    summary: decision.summary,
    blocking: decision.blocking,
    overridden: false,
    override: null,
    base: { ref: input.range.baseRef, sha: input.range.baseSha },
    head: { ref: input.range.headRef, sha: input.range.headSha },
    mergeBase: input.range.mergeBaseSha,
    notes: input.notes,
    config: { file: input.configFile, hash: input.configHash },
    gate: { failOn: gate.failOn, alpha: gate.alpha, maxScoreDrop: gate.maxScoreDrop, minPassRate: gate.minPassRate ?? null, overrideLabel: gate.overrideLabel },
    changedPrompts,
    prompts,
    tests,
    checklist: [],
    growth,
    reviewSample: reviewSample(tests, pairs, input.head, input.reviewSampleSize),
    errors: input.problems,
    providerErrors: providerErrors(input),
    stats: input.providerStats
  };
}
function compareTests(input) {
  const rows = [];
  for (const pair of input.pairs) {
    const headTests = new Map(pair.head?.tests.map((t) => [t.id, t]));
    const baseTests = new Map(pair.base?.tests.map((t) => [t.id, t]));
    for (const testId of [...pair.affectedTests].sort()) rows.push({ pair, testId, k: keyOf(pair.id, testId), headTest: headTests.get(testId), baseTest: baseTests.get(testId) });
  }
  return rows.map((r) => {
    const { headTest, baseTest } = r;
    const test = headTest ?? baseTest;
    const base = input.base.get(r.k);
    const head = input.head.get(r.k);
    const confirmation = input.evidence?.get(r.k)?.confirmation ?? null;
    const change = !baseTest ? "new" : !headTest ? "removed" : classifyChange(base, head, confirmation);
    const headChange = r.pair.headChanges.get(r.testId);
    const pValue = confirmation?.pValue ?? null;
    return {
      promptId: r.pair.id,
      testId: r.testId,
      description: test?.description,
      category: test?.category,
      attack: test?.attack,
      vars: test?.category === void 0 ? void 0 : test.vars,
      change,
      // Undefined (left out of report.json) unless the head changed the test: one object shape
      // for 50,000 tests, where a spread in the middle of the literal copied each one slowly.
      headChange,
      base: sideOf(base),
      head: sideOf(head),
      pValue,
      adjustedPValue: pValue === null ? null : Math.min(1, pValue * confirmation.family),
      confirmation,
      source: test?.source
    };
  });
}
function reviewSample(tests, pairs, head, size) {
  const candidates = tests.filter((t) => t.head && t.head.outcome !== "errored" && !t.category);
  const picked = roundRobin(candidates, (t) => t.promptId, size);
  return picked.map((t) => {
    const test = pairs.find((p) => p.id === t.promptId)?.head?.tests.find((x) => x.id === t.testId);
    const result = head.get(keyOf(t.promptId, t.testId));
    return {
      promptId: t.promptId,
      testId: t.testId,
      description: t.description,
      vars: test?.vars ?? {},
      output: result?.runs.find((r) => r.outcome !== "errored")?.output ?? t.head.output,
      outcome: t.head.outcome
    };
  });
}
function providerErrors(input) {
  const groups = /* @__PURE__ */ new Map();
  for (const side of ["base", "head"]) {
    for (const result of input[side].values()) {
      for (const run of result.runs) {
        if (!run.error) continue;
        const k = `${run.error.modelId}\0${run.error.kind}`;
        const g = groups.get(k);
        if (g) {
          g.count++;
          if (g.side !== side) g.side = "both";
        } else groups.set(k, { side, modelId: run.error.modelId, kind: run.error.kind, count: 1, message: run.error.message });
      }
    }
  }
  return [...groups.values()].sort((a, b) => b.count - a.count);
}

// src/compare/limits.ts
var import_picomatch = __toESM(require_picomatch(), 1);
function modelAllowance(trusted, base) {
  const { providers } = trusted.config;
  const normal = (id) => {
    try {
      return parseModelRef(id, providers.endpoints).id;
    } catch {
      return id;
    }
  };
  const used = [providers.default, providers.judge, providers.embedding, ...providers.fallback, ...base.prompts.map((p) => p.modelId)].filter((m) => !!m).map(normal);
  const allowed = /* @__PURE__ */ new Set([...used, ...used.map(defaultEmbeddingModel)]);
  const listed2 = providers.models.map((glob) => (0, import_picomatch.default)(normal(glob)));
  return (modelId) => {
    const id = normal(modelId);
    if (allowed.has(id) || listed2.some((isMatch) => isMatch(id))) return void 0;
    return `model \`${id}\` is not one the base branch uses or allows`;
  };
}
function checkLimits(pairs, jobs, trusted, refuseModel) {
  const { limits } = trusted.config;
  const where = trusted.file ?? "promptgate.yml";
  const raise = (setting) => `raise \`limits.${setting}\` in ${where} on the base branch if this is intended`;
  const tests = pairs.reduce((n, p) => n + p.affectedTests.size, 0);
  if (tests > limits.tests) {
    throw new LimitError(`this pull request has ${tests} tests to evaluate; limits.tests allows ${limits.tests}`, { hint: raise("tests") });
  }
  const samples = jobs.reduce((n, j) => n + j.samples, 0);
  if (samples > limits.modelCalls) {
    throw new LimitError(`this pull request needs ${samples} model calls; limits.modelCalls allows ${limits.modelCalls}`, { hint: raise("modelCalls") });
  }
  for (const pair of pairs) {
    if (!pair.head) continue;
    const { prompt, modelId } = pair.head;
    const refused = refuseModel(modelId);
    if (refused) {
      throw new LimitError(`prompt \`${prompt.id}\`: ${refused}`, {
        location: { file: prompt.path },
        hint: `models come from ${where} on the base branch: add it to \`providers.models\` there (it takes effect after merge)`
      });
    }
    if ((prompt.params.maxTokens ?? 0) > limits.maxTokens) {
      throw new LimitError(`prompt \`${prompt.id}\` asks for maxTokens ${prompt.params.maxTokens}; limits.maxTokens allows ${limits.maxTokens}`, {
        location: { file: prompt.path },
        hint: raise("maxTokens")
      });
    }
  }
}
function limitReport(report, err) {
  const where = err.location ? `${[err.location.file, err.location.line].filter((x) => x !== void 0).join(":")}: ` : "";
  return {
    ...report,
    prompts: [],
    tests: [],
    reviewSample: [],
    verdict: "error",
    blocking: report.gate.failOn !== "never",
    summary: `${where}${err.message}.${err.hint ? ` To go on: ${err.hint}.` : ""}`
  };
}

// src/compare/sampling.ts
async function screenBothSides(engine, pairs, opts) {
  const sides = { base: /* @__PURE__ */ new Map(), head: /* @__PURE__ */ new Map() };
  await runInto(engine, jobsOf(pairs, (t) => t.repeat ?? opts.repeat), sides);
  return sides;
}
async function confirmCandidates(engine, pairs, sides, opts) {
  const screen = jobsOf(pairs, (t) => t.repeat ?? opts.repeat);
  const evidence = /* @__PURE__ */ new Map();
  const candidates = pickCandidates(screen, sides, evidence, opts);
  let confirmationSamples2 = 0;
  for (let round = 0; ; round++) {
    const open = candidates.filter((c) => c.state === "open" && round < c.plan.samples + 2);
    if (open.length === 0) break;
    const extra = open.flatMap(
      (c) => ["base", "head"].flatMap((side) => {
        const drawn = freshTally(sides[side].get(c.key), c.screen).samples;
        const baseFirst = round === 0 && c.failedOnBothSides;
        if (baseFirst && side === "head") return [];
        const step = Math.min(drawn === 0 && !baseFirst ? 2 : 1, c.plan.samples - drawn);
        const from = sides[side].get(c.key).runs.length;
        return step > 0 ? [{ ...c.jobs[side], job: { ...c.jobs[side].job, samples: step, from } }] : [];
      })
    );
    confirmationSamples2 += extra.reduce((n, e) => n + e.job.samples, 0);
    await runInto(engine, extra, sides, true);
    for (const c of open) c.state = judge(c, sides).state;
  }
  for (const c of candidates) evidence.set(c.key, { screen: c.screen, confirmation: confirmationOf(c, sides) });
  return { ...sides, evidence, confirmationSamples: confirmationSamples2 };
}
function pickCandidates(screen, sides, evidence, opts) {
  const found = [];
  const baseJobs = new Map(screen.filter((j) => j.side === "base").map((j) => [keyOf(j.pair.id, j.job.test.id), j]));
  for (const head of screen) {
    if (head.side !== "head") continue;
    const key = keyOf(head.pair.id, head.job.test.id);
    evidence.set(key, { screen: head.job.samples, confirmation: null });
    const b = sides.base.get(key);
    const base = baseJobs.get(key);
    const h = sides.head.get(key);
    if (!b || !base) continue;
    const direction = screenCandidate({ passes: b.passes, samples: b.completed }, { passes: h.passes, samples: h.completed });
    const failedOnBothSides = direction === "regression" && b.passes === 0;
    if (direction) found.push({ key, direction, jobs: { base, head }, screen: head.job.samples, state: "open", failedOnBothSides });
  }
  const maxSamples = opts.maxRepeat ?? DEFAULT_MAX_CONFIRMATION_SAMPLES;
  const plans = /* @__PURE__ */ new Map();
  for (const direction of ["regression", "fix"]) {
    const family = found.filter((c) => c.direction === direction).length;
    plans.set(direction, planConfirmation({ family, alpha: opts.alpha, maxSamples }));
  }
  return found.map((c) => {
    const plan = plans.get(c.direction);
    return { ...c, plan: { ...plan, samples: Math.max(plan.samples, c.screen) } };
  });
}
function judge(c, sides) {
  return confirmationState(c.direction, freshTally(sides.base.get(c.key), c.screen), freshTally(sides.head.get(c.key), c.screen), c.plan);
}
function confirmationOf(c, sides) {
  const { pValue } = judge(c, sides);
  return {
    pValue,
    direction: c.direction,
    state: c.state,
    base: freshTally(sides.base.get(c.key), c.screen),
    head: freshTally(sides.head.get(c.key), c.screen),
    planned: c.plan.samples,
    family: c.plan.family,
    level: c.plan.level
  };
}
function freshTally(result, screen) {
  return tallyOf(result.runs.filter((r) => r.repeatIndex >= screen));
}
function jobsOf(pairs, samplesOf) {
  const jobs = [];
  for (const pair of pairs) {
    for (const side of ["base", "head"]) {
      const sp = pair[side];
      if (!sp || side === "base" && !pair.head) continue;
      for (const test of sp.tests) {
        if (pair.affectedTests.has(test.id)) jobs.push({ side, pair, job: { prompt: sp.prompt, modelId: sp.modelId, test, samples: samplesOf(test) } });
      }
    }
  }
  return jobs;
}
async function runInto(engine, jobs, sides, merge = false) {
  if (jobs.length === 0) return;
  const results = await engine.run(jobs.map((j) => j.job));
  results.forEach((result, i) => {
    const { side, pair, job } = jobs[i];
    const key = keyOf(pair.id, job.test.id);
    const previous = merge ? sides[side].get(key) : void 0;
    sides[side].set(key, previous ? summarise(job, [...previous.runs, ...result.runs]) : result);
  });
}
function confirmationStats(sides) {
  const confirmations = [...sides.evidence.values()].flatMap((e) => e.confirmation ? [e.confirmation] : []);
  return { candidates: confirmations.length, confirmed: confirmations.filter((c) => c.state === "confirmed").length, samples: sides.confirmationSamples };
}

// src/compare/conclude.ts
async function screenTests(prepared, pairs) {
  const engine = createEngine(prepared.engineOptions);
  const sides = await screenBothSides(engine, pairs, { repeat: prepared.trusted.config.repeat });
  return { ...sides, modelCalls: engine.stack.stats.calls };
}
async function confirmTests(prepared, screened, pairs = prepared.pairs) {
  const { config } = prepared.trusted;
  const engine = createEngine(prepared.engineOptions);
  const sides = await confirmCandidates(engine, pairs, screened, { repeat: config.repeat, maxRepeat: config.maxRepeat, alpha: config.gate.alpha });
  return { ...sides, modelCalls: screened.modelCalls + engine.stack.stats.calls };
}
async function concludeComparison(prepared, samples, pairs = prepared.pairs) {
  const { started } = prepared;
  await prepared.checkRest?.();
  const all = [...samples.base.values(), ...samples.head.values()];
  const report = await buildReport({
    ...prepared.context,
    pairs,
    base: samples.base,
    head: samples.head,
    problems: prepared.problems,
    evidence: samples.evidence,
    providerStats: {
      durationMs: Date.now() - started,
      samples: all.reduce((n, r) => n + r.runs.length, 0),
      modelCalls: samples.modelCalls,
      cachedSamples: all.reduce((n, r) => n + r.runs.filter((x) => x.cached).length, 0),
      adaptiveSamples: samples.confirmationSamples,
      confirmation: confirmationStats(samples)
    }
  });
  if (report.verdict === "error") return report;
  const { runChecklist } = await import("./checklist-7HPJLV3U.js");
  const checklist = await runChecklist({
    report,
    head: prepared.headSuite,
    headFiles: prepared.headSource,
    config: prepared.trusted.config,
    changedPromptIds: new Set(pairs.filter((p) => p.status !== "unchanged").map((p) => p.id)),
    runHead: (jobs, drill) => createEngine({ ...prepared.engineOptions, forceDown: drill?.forceDown, onProgress: void 0 }).run(jobs),
    env: prepared.env
  });
  return applyRequirements({ ...report, stats: { ...report.stats, durationMs: Date.now() - started } }, checklist);
}
async function reportWithoutSamples(prepared, pairs = prepared.pairs) {
  await prepared.checkRest?.();
  const providerStats = { durationMs: Date.now() - prepared.started, samples: 0, modelCalls: 0, cachedSamples: 0, adaptiveSamples: 0 };
  return buildReport({ ...prepared.context, pairs, base: /* @__PURE__ */ new Map(), head: /* @__PURE__ */ new Map(), problems: prepared.problems, providerStats });
}
async function limitReportOf(prepared, err) {
  return limitReport(await reportWithoutSamples(prepared), err);
}

// src/compare/prepare.ts
import { isAbsolute, relative, resolve } from "node:path";

// src/compare/judged-tests.ts
function judgeTests(base, head) {
  const matched = matchTests(base, head);
  const headChanges = /* @__PURE__ */ new Map();
  const unrunnable = /* @__PURE__ */ new Map();
  const judged = [];
  for (const b of base.tests) {
    const h = matched.get(b.id);
    if (b.category === void 0) {
      if (!h) headChanges.set(b.id, "removed");
      else if (!sameDefinition(b, h, base, head)) headChanges.set(b.id, "changed");
    }
    const vars = sameKeys(h?.vars, b.vars) ? b.vars : { ...h?.vars, ...b.vars };
    const missing = missingAtHead(vars, base, head);
    if (missing.length) {
      unrunnable.set(b.id, `the head prompt needs ${missing.map((v) => `\`${v}\``).join(", ")}, which this base test does not set`);
      continue;
    }
    judged.push(Object.assign({}, b, { vars, source: h?.source ?? { file: head.prompt.path } }));
  }
  const matchedHead = new Set(matched.values());
  judged.push(...head.tests.filter((t) => !matchedHead.has(t)));
  return { head: judged, headChanges, unrunnable, matched };
}
function matchTests(base, head) {
  const matched = /* @__PURE__ */ new Map();
  const free = new Set(head.tests);
  const byId = new Map(head.tests.map((t) => [t.id, t]));
  for (const b of base.tests) {
    const h = byId.get(b.id);
    if (h && free.has(h)) {
      matched.set(b.id, h);
      free.delete(h);
    }
  }
  const identity = (t) => canonicalJson({ category: t.category ?? null, vars: restrict(t.vars, base.prompt.variables) });
  const byIdentity = /* @__PURE__ */ new Map();
  for (const h of free) {
    const k = identity(h);
    const same = byIdentity.get(k);
    if (same) same.push(h);
    else byIdentity.set(k, [h]);
  }
  for (const b of base.tests) {
    if (matched.has(b.id)) continue;
    const h = byIdentity.get(identity(b))?.shift();
    if (h) matched.set(b.id, h);
  }
  return matched;
}
function sameDefinition(b, h, base, head) {
  const ofBase = assertionsOf(b.assert);
  if (ofBase.text !== assertionsOf(h.assert).text || b.expected !== h.expected || b.inject?.system !== h.inject?.system) return false;
  const read = (names) => names.every((n) => b.vars[n] === h.vars[n]);
  return read(base.prompt.variables) && read(head.prompt.variables) && read(ofBase.variables);
}
var assertionLists = /* @__PURE__ */ new WeakMap();
function assertionsOf(assert) {
  let known = assertionLists.get(assert);
  if (!known) {
    const text = canonicalJson(assert);
    known = { text, variables: [...text.matchAll(/\{\{\s*([\w.-]+)\s*\}\}/g)].map((m) => m[1]) };
    assertionLists.set(assert, known);
  }
  return known;
}
function missingAtHead(vars, base, head) {
  const unset = (p) => p.prompt.variables.filter((v) => vars[v] === void 0 && p.prompt.defaults?.[v] === void 0);
  const optional = new Set(unset(base));
  return unset(head).filter((v) => !optional.has(v));
}
function sameKeys(head, base) {
  if (!head) return true;
  const a = Object.keys(head);
  const b = Object.keys(base);
  return a.length === b.length && a.every((k, i) => k === b[i]);
}
function restrict(vars, names) {
  return Object.fromEntries(names.filter((n) => vars[n] !== void 0).map((n) => [n, vars[n]]));
}

// src/compare/plan.ts
var SAME_TESTS_SHARE = 0.5;
var SAME_TEXT_SHARE = 0.8;
function planComparison(base, head, changed) {
  const renamedFrom = new Map(changed.filter((f) => f.status === "renamed").map((f) => [f.path, f.previousPath]));
  const changedPaths = new Set(changed.flatMap((f) => f.previousPath ? [f.path, f.previousPath] : [f.path]));
  const baseById = new Map(base.prompts.map((p) => [p.prompt.id, p]));
  const baseByPath = new Map(base.prompts.map((p) => [p.prompt.path, p]));
  const partner = /* @__PURE__ */ new Map();
  const pairedBase = /* @__PURE__ */ new Set();
  for (const h of head.prompts) {
    const oldPath = renamedFrom.get(h.prompt.path);
    const b = baseById.get(h.prompt.id) ?? (oldPath ? baseByPath.get(oldPath) : void 0);
    if (b && !pairedBase.has(b)) {
      pairedBase.add(b);
      partner.set(h, b);
    } else partner.set(h, void 0);
  }
  for (const h of head.prompts) {
    if (partner.get(h)) continue;
    const b = sameAs(h, base.prompts.filter((p) => !pairedBase.has(p)));
    if (b) {
      pairedBase.add(b);
      partner.set(h, b);
    }
  }
  const pairs = head.prompts.map((h) => pairOf(h.prompt.id, partner.get(h), h, changedPaths));
  for (const b of base.prompts) if (!pairedBase.has(b)) pairs.push(pairOf(b.prompt.id, b, void 0, changedPaths));
  return pairs.sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
function sameAs(head, candidates) {
  let best;
  for (const b of candidates) {
    const score = Math.max(sharedTests(b, head) / SAME_TESTS_SHARE, sharedWords(b, head) / SAME_TEXT_SHARE);
    if (score >= 1 && (!best || score > best.score)) best = { prompt: b, score };
  }
  return best?.prompt;
}
function sharedTests(base, head) {
  const own = (p) => p.tests.filter((t) => !t.category).map((t) => hashValue(inputsOf(t, base)));
  const baseTests = own(base);
  if (baseTests.length === 0) return 0;
  const headTests = new Set(own(head));
  return baseTests.filter((t) => headTests.has(t)).length / baseTests.length;
}
function inputsOf(t, base) {
  return Object.fromEntries(base.prompt.variables.filter((v) => t.vars[v] !== void 0).map((v) => [v, t.vars[v]]));
}
function sharedWords(base, head) {
  const words = (p) => new Set(p.prompt.messages.flatMap((m) => m.content.toLowerCase().split(/\W+/).filter(Boolean)));
  const a = words(base);
  const b = words(head);
  if (a.size === 0 || b.size === 0) return 0;
  const shared = [...a].filter((w) => b.has(w)).length;
  return shared / (a.size + b.size - shared);
}
function pairOf(id, base, head, changedPaths) {
  const none = { headChanges: /* @__PURE__ */ new Map(), unrunnable: /* @__PURE__ */ new Map() };
  if (!base) return { id, head, status: "added", affectedTests: new Set(head.tests.map((t) => t.id)), ...none };
  if (!head) return { id, base, status: "deleted", affectedTests: new Set(base.tests.map((t) => t.id)), ...none };
  const renamed = base.prompt.path !== head.prompt.path;
  const promptChanged = base.prompt.version !== head.prompt.version || base.modelId !== head.modelId || hashValue(base.prompt.meta) !== hashValue(head.prompt.meta);
  const status = renamed ? "renamed" : promptChanged ? "modified" : "unchanged";
  const judged = judgeTests(base, head);
  const affected = /* @__PURE__ */ new Set();
  const baseIds = new Set(base.tests.map((t) => t.id));
  for (const t of judged.head) {
    if (promptChanged || !baseIds.has(t.id) || judged.headChanges.has(t.id) || usesChangedFile(t, changedPaths)) affected.add(t.id);
  }
  for (const id2 of judged.unrunnable.keys()) affected.add(id2);
  return {
    id,
    base,
    head: { ...head, tests: judged.head },
    status,
    previousPath: renamed ? base.prompt.path : void 0,
    affectedTests: affected,
    headChanges: judged.headChanges,
    unrunnable: judged.unrunnable
  };
}
function usesChangedFile(t, changedPaths) {
  return t.assert.some((a) => a.file !== void 0 && [...changedPaths].some((p) => p.endsWith(a.file.replace(/^\.\//, ""))));
}
function headChangeNotes(pairs, headFiles) {
  const notes = [];
  const inForce = pairs.flatMap((p) => [...p.headChanges].map(([id, change]) => `${p.id}/${id} (${change})`));
  if (inForce.length) notes.push(`tests the head removes or changes stay in force until merge and were judged as at base: ${listed(inForce)}`);
  const unrunnable = pairs.flatMap((p) => [...p.unrunnable].map(([id, why]) => `${p.id}/${id}: ${why}`));
  if (unrunnable.length) notes.push(`base tests the head prompt cannot run count as removed: ${listed(unrunnable)}`);
  for (const p of pairs.filter((x) => x.status === "deleted")) {
    const name = p.base.prompt.path.split("/").at(-1).toLowerCase();
    const lookalike = headFiles.find((f) => f.split("/").at(-1).toLowerCase() === name);
    notes.push(
      `${p.base.prompt.path} is no longer an evaluated prompt at head${lookalike ? ` (${lookalike} has its name but is outside the prompt selection)` : ""}: removing a prompt needs acceptance`
    );
  }
  return notes;
}
function listed(items) {
  return items.length > 5 ? `${items.slice(0, 5).join("; ")} and ${items.length - 5} more` : items.join("; ");
}

// src/compare/select-changes.ts
async function changedFilesOf(source, range, headSource) {
  if (range.mergeBaseSha) return source.changedFiles(range.mergeBaseSha, range.headSha);
  return (await headSource.listFiles()).map((path) => ({ path, status: "added" }));
}
function touchesSuite(changed, configs, configPath) {
  return changed.some(
    (f) => f.path === configPath || configs.some((c) => selectsPromptFile(c, f.path) || f.previousPath !== void 0 && selectsPromptFile(c, f.previousPath) || referencesFile(c, f.path))
  );
}
function referencesFile(loaded, path) {
  return loaded.config.tests.some((t) => t.assert.some((a) => a.file !== void 0 && path.endsWith(a.file.replace(/^\.\//, ""))));
}
function unselectedPromptNotes(changed, trusted, configPath) {
  const left = changed.filter((f) => f.status !== "deleted" && namedAsPrompt(f.path) && !selectsPromptFile(trusted, f.path)).map((f) => f.path);
  if (left.length === 0) return [];
  const listed2 = left.length > 5 ? `${left.slice(0, 5).join(", ")} and ${left.length - 5} more` : left.join(", ");
  const why = trusted.file ? `not among the prompts ${trusted.file} selects (\`prompts\`)` : `not evaluated without a ${configPath} that lists ${left.length === 1 ? "it" : "them"} in \`prompts\` (only *.prompt.yml files are)`;
  return [`${listed2} ${left.length === 1 ? "is" : "are"} ${why}${trusted.file ? `, so ${left.length === 1 ? "it was" : "they were"} not evaluated` : ""}`];
}
function namedAsPrompt(path) {
  const format = promptFormatFor(path);
  return format !== void 0 && format !== "plain";
}

// src/compare/trusted-config.ts
async function readJudgingConfig(source, range, path, problems) {
  const notes = [];
  const headProblems = [];
  const baseProblems = [];
  const [head, atBase, atMergeBase] = await Promise.all([
    readConfig(source.at(range.headSha, `head ${range.headSha.slice(0, 7)}`), path, "head", headProblems),
    range.baseSha ? readConfig(source.at(range.baseSha, `base ${range.baseSha.slice(0, 7)}`), path, "base", baseProblems) : void 0,
    range.baseSha && range.mergeBaseSha !== range.baseSha ? readConfig(source.at(range.mergeBaseSha, "merge base"), path, "base", []) : void 0
  ]);
  problems.push(...headProblems, ...baseProblems);
  if (!range.baseSha) return { trusted: head ?? defaultConfig(), head, addedTests: { file: path, tests: [] }, notes };
  if (!atBase) notes.push(`the config of ${range.baseRef || "base"} could not be read, so this change is judged with the default settings`);
  const trusted = atBase ?? defaultConfig();
  const mergeBase = range.mergeBaseSha === range.baseSha ? atBase : atMergeBase;
  if (!head || !mergeBase || head.hash === mergeBase.hash) return { trusted, head, addedTests: { file: path, tests: [] }, notes };
  const known = new Set([...trusted.config.tests, ...mergeBase.config.tests].map((t) => hashValue(t)));
  const headTests = new Set(head.config.tests.map((t) => hashValue(t)));
  const unknown = head.config.tests.map((test, index) => ({ test, index })).filter(({ test }) => !known.has(hashValue(test)));
  const withoutCode = unknown.filter(({ test }) => !test.assert.some((a) => a.type === "javascript"));
  const withCode = unknown.length - withoutCode.length;
  const headFiles = withoutCode.length ? await source.at(range.headSha, `head ${range.headSha.slice(0, 7)}`).listFiles() : [];
  const judged = promptNames(headFiles, trusted);
  const own = promptNames(headFiles, head);
  const added = withoutCode.filter(({ test }) => judged.has(promptRef(test.prompt)) || !own.has(promptRef(test.prompt)));
  const afterMerge = withoutCode.length - added.length;
  const dropped = mergeBase.config.tests.filter((t) => !headTests.has(hashValue(t))).length;
  const settings = Object.keys({ ...head.config, ...mergeBase.config }).filter(
    (key) => key !== "tests" && key !== "$schema" && hashValue(head.config[key]) !== hashValue(mergeBase.config[key])
  );
  const judgedBy = `this pull request is judged by the config of ${range.baseRef || "base"} at ${range.baseSha.slice(0, 7)}`;
  if (settings.length) notes.push(`${path} changes ${settings.map((k) => `\`${k}\``).join(", ")} at head: that takes effect after merge; ${judgedBy}`);
  if (dropped) notes.push(`${path} removes or changes ${dropped} test${dropped === 1 ? "" : "s"} at head: they stay in force until merge`);
  if (added.length) notes.push(`${path} adds ${added.length} test${added.length === 1 ? "" : "s"} at head: they run as new`);
  if (afterMerge) notes.push(`${path} adds ${afterMerge} test${afterMerge === 1 ? "" : "s"} at head for prompts only its own \`prompts\` selects: they run after merge`);
  if (withCode) notes.push(`${path} adds ${withCode} test${withCode === 1 ? "" : "s"} with a \`javascript\` assertion at head: code from the head never runs, so they run after merge`);
  return { trusted, head, addedTests: { file: path, tests: added }, notes };
}
function promptNames(files, loaded) {
  return new Set(selectPromptFiles(files, loaded.config.prompts ?? [ZERO_CONFIG_GLOB]).flatMap(({ path, flags, named }) => [path, flags.id ?? defaultPromptId(path, { named })]));
}
async function readConfig(files, path, side, problems) {
  try {
    const bytes = await files.sizeOf(path);
    if (bytes === void 0) return defaultConfig();
    checkPromptSize(path, bytes);
    const text = await files.readFile(path);
    return text === void 0 ? defaultConfig() : parseConfig(path, text);
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    problems.push(problemOf(err, side));
    return void 0;
  }
}
function problemOf(err, side) {
  return {
    side,
    message: err.message,
    file: err.location?.file ?? null,
    line: err.location?.line ?? null,
    column: err.location?.column ?? null,
    hint: err.hint ?? null
  };
}

// src/compare/trusted-modules.ts
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, posix } from "node:path";
var MODULE_FILE = /\.(?:m?js|cjs|json)$/;
async function materialiseModules(trusted, loaded, parentDir) {
  const files = loaded.file ? await moduleFiles(trusted, loaded) : /* @__PURE__ */ new Map();
  const digest = sha256([...files].map(([path, text]) => `${path}\0${sha256(text)}`).join("\n")).slice(0, 16);
  const root = join(parentDir, digest);
  if (existsSync(join(root, ".complete"))) return root;
  await mkdir(parentDir, { recursive: true });
  const staging = await mkdtemp(join(parentDir, ".staging-"));
  for (const [path, text] of files) {
    await mkdir(dirname(join(staging, path)), { recursive: true });
    await writeFile(join(staging, path), text);
  }
  await writeFile(join(staging, ".complete"), "");
  try {
    await rename(staging, root);
  } catch (err) {
    await rm(staging, { recursive: true, force: true });
    if (!existsSync(join(root, ".complete"))) throw err;
  }
  return root;
}
function namedModules(loaded) {
  const configDir = posix.dirname(loaded.file ?? "");
  return loaded.config.tests.flatMap((t) => t.assert).filter((a) => a.type === "javascript" && a.file).map((a) => posix.normalize(posix.join(configDir, a.file))).filter((p) => !p.startsWith("../") && !posix.isAbsolute(p));
}
async function moduleFiles(trusted, loaded) {
  const modules = namedModules(loaded);
  if (modules.length === 0) return /* @__PURE__ */ new Map();
  const dirs = new Set(modules.map((m) => posix.dirname(m)));
  const beside = (await trusted.listFiles()).filter((f) => dirs.has(posix.dirname(f)) && MODULE_FILE.test(f));
  const files = /* @__PURE__ */ new Map();
  for (const path of /* @__PURE__ */ new Set([...modules, ...beside])) {
    const content = await trusted.readFile(path);
    if (content !== void 0) files.set(path, content);
  }
  return files;
}

// src/compare/prepare.ts
async function prepareComparison(opts) {
  const configPath = opts.configPath ?? DEFAULT_CONFIG_PATH;
  const { prepared, judging, changing } = await readConfigs(opts, configPath);
  if (opts.recorded && sameInputs(opts.recorded, prepared.inputs)) return { ...prepared, report: opts.recorded.report, reused: true };
  const changed = await (changing ?? changedFilesOf(opts.source, prepared.context.range, prepared.headSource));
  prepared.context.notes.push(...unselectedPromptNotes(changed, judging.trusted, configPath));
  const configs = [judging.trusted, judging.head].filter((c) => c !== void 0);
  if (!touchesSuite(changed, configs, configPath) && !prepared.problems.some((p) => p.side === "head")) {
    return { ...prepared, report: await reportWithoutSamples(prepared, []) };
  }
  try {
    await planPairs(prepared, opts, judging, changed);
  } catch (err) {
    if (!(err instanceof LimitError)) throw err;
    return { ...prepared, report: await limitReportOf(prepared, err) };
  }
  const skipped = opts.requireCredentials ? await missingCredentialsReport(prepared) : void 0;
  return skipped ? { ...prepared, report: skipped } : prepared;
}
async function readConfigs(opts, configPath) {
  const started = Date.now();
  const range = await opts.source.resolve(opts.base, opts.head);
  const problems = [];
  const notes = range.note ? [range.note] : [];
  const headSource = opts.source.at(range.headSha, `head ${range.headSha.slice(0, 7)}`);
  const changing = opts.recorded ? void 0 : changedFilesOf(opts.source, range, headSource);
  changing?.catch(() => void 0);
  const judging = await readJudgingConfig(opts.source, range, configPath, problems);
  const { trusted } = judging;
  if (opts.configNamed && !trusted.file && !judging.head?.file && problems.length === 0) {
    const sides = [range.baseSha ? `base ${range.baseRef || range.baseSha.slice(0, 7)}` : "", `head ${range.headRef || range.headSha.slice(0, 7)}`].filter(Boolean);
    throw new ConfigError(`config file not found: ${configPath} is at neither ${sides.join(" nor ")}`, {
      hint: "check the path (relative to the repository root), or leave it out to use promptgate.yml, or every *.prompt.yml (zero-config)"
    });
  }
  notes.push(...judging.notes);
  const gate = { ...trusted.config.gate, ...definedOnly(opts.gate ?? {}) };
  const context = {
    range,
    configFile: trusted.file ?? null,
    configHash: trusted.hash,
    notes,
    gate,
    growthMaxShare: trusted.config.growth.maxShare,
    reviewSampleSize: trusted.config.review.sampleSize
  };
  const prepared = {
    started,
    inputs: { baseSha: range.baseSha, headSha: range.headSha, mergeBaseSha: range.mergeBaseSha, configHash: trusted.hash },
    reused: false,
    context,
    problems,
    pairs: [],
    trusted,
    headSuite: { prompts: [], errors: [], notRun: [] },
    headSource,
    engineOptions: { root: opts.root, cacheRoot: opts.cacheRoot, loaded: trusted, env: opts.env, concurrency: opts.concurrency, noCache: opts.noCache, onProgress: opts.onProgress },
    env: opts.env ?? process.env
  };
  return { prepared, judging, changing };
}
function sameInputs(recorded, inputs) {
  return recorded.baseSha === inputs.baseSha && recorded.headSha === inputs.headSha && recorded.configHash === inputs.configHash;
}
async function planPairs(prepared, opts, judging, changed) {
  const { trusted, problems, headSource } = prepared;
  const { range, notes } = prepared.context;
  const baseSource = range.mergeBaseSha ? opts.source.at(range.mergeBaseSha, `base ${range.mergeBaseSha.slice(0, 7)}`) : EMPTY_SOURCE;
  const maxPromptFiles = { count: trusted.config.limits.promptFiles, limitName: "limits.promptFiles" };
  const [baseSuite, headSuite] = await Promise.all([
    loadSuite(baseSource, trusted, { tolerateMissingPrompts: true, maxPromptFiles, deferRenderChecks: true }),
    loadSuite(headSource, trusted, { tolerateMissingPrompts: true, addedTests: judging.addedTests, maxPromptFiles, deferRenderChecks: true })
  ]);
  problems.push(...testsOfNoPrompt(trusted, [baseSuite, headSuite], range.mergeBaseSha ? "base" : "head"), ...takenTestIds(baseSuite, headSuite, range.mergeBaseSha ? "base" : "head"));
  prepared.pairs = await planCheckedPairs(baseSuite, headSuite, changed);
  const suiteProblemsAt = problems.length;
  const listProblems = () => problems.splice(suiteProblemsAt, Infinity, ...suiteProblems(baseSuite, "base"), ...suiteProblems(headSuite, "head"));
  listProblems();
  let rest;
  prepared.checkRest = () => rest ??= Promise.all([checkSuiteRenders(baseSuite), checkSuiteRenders(headSuite)]).then(() => void listProblems());
  notes.push(...headChangeNotes(prepared.pairs, await headSource.listFiles()));
  const refuseModel = modelAllowance(trusted, baseSuite);
  checkLimits(prepared.pairs, jobsOf(prepared.pairs, (t) => t.repeat ?? trusted.config.repeat).map((j) => j.job), trusted, refuseModel);
  prepared.engineOptions = {
    ...prepared.engineOptions,
    policy: { maxCalls: trusted.config.limits.modelCalls, maxCallsName: "limits.modelCalls", refuseModel, calls: 0 },
    moduleRoot: opts.moduleDir ? await trustedModules(opts.source, range, trusted, opts.moduleDir, changed, notes) : void 0,
    noCache: opts.noCache || cacheInCheckout(opts, trusted, notes)
  };
  prepared.headSuite = headSuite;
}
function testsOfNoPrompt(trusted, suites, side) {
  const named = new Set(suites.flatMap((s) => [...s.prompts.flatMap((e) => [e.prompt.id, e.prompt.path]), ...s.notRun.map((n) => n.prompt)]));
  const known = [...new Set(suites.flatMap((s) => s.prompts.map((e) => e.prompt.id)))].sort();
  return trusted.config.tests.flatMap(
    (test, index) => named.has(test.prompt) || named.has(promptRef(test.prompt)) ? [] : [
      problemOf(
        new ConfigError(`\`tests.${index}.prompt\`: no prompt \`${test.prompt}\` at base or head`, {
          location: { file: trusted.file ?? DEFAULT_CONFIG_PATH },
          hint: `use one of: ${known.join(", ") || "(no prompts found \u2014 check `prompts`)"}`
        }),
        side
      )
    ]
  );
}
function takenTestIds(baseSuite, headSuite, side) {
  const atBase = new Set((baseSuite.takenIds ?? []).map((e) => e.message));
  const atHead = (headSuite.takenIds ?? []).filter((e) => !atBase.has(e.message));
  return [...(baseSuite.takenIds ?? []).map((e) => problemOf(e, side)), ...atHead.map((e) => problemOf(e, "head"))];
}
async function planCheckedPairs(baseSuite, headSuite, changed) {
  for (; ; ) {
    const brokenAtHead = new Set(headSuite.errors.map((e) => e.location?.file).filter((f) => f !== void 0));
    const pairs = planComparison(baseSuite, headSuite, changed).filter(
      (p) => (p.affectedTests.size > 0 || p.status !== "unchanged") && !(p.status === "deleted" && brokenAtHead.has(p.base.prompt.path))
    );
    const planned = new Set(pairs.flatMap((p) => [p.base?.prompt, p.head?.prompt]));
    const due = (suite) => suite.prompts.some((entry) => planned.has(entry.prompt) && !renderChecked(suite, entry));
    if (!due(baseSuite) && !due(headSuite)) return pairs;
    await Promise.all([baseSuite, headSuite].map((suite) => checkSuiteRenders(suite, (entry) => planned.has(entry.prompt))));
  }
}
async function missingCredentialsReport(prepared) {
  const models = modelsToCall(prepared.pairs.flatMap((p) => [p.base, p.head]).filter((p) => p !== void 0));
  const missing = [...models].map((m) => missingCredential(m, prepared.env, prepared.trusted.config.providers.endpoints)).filter((m) => !!m);
  if (!missing.length) return void 0;
  const report = await reportWithoutSamples(prepared);
  if (report.verdict === "error") return report;
  return { ...report, prompts: [], tests: [], verdict: "skipped", blocking: false, summary: `${NO_CREDENTIALS} ${missing.join("; ")}.` };
}
function cacheInCheckout(opts, trusted, notes) {
  if (opts.cacheRoot === void 0) return false;
  const dir = resolve(opts.cacheRoot, trusted.config.cache.dir);
  const inside = relative(resolve(opts.root), dir);
  if (inside.startsWith("..") || isAbsolute(inside)) return false;
  notes.push("the response cache is off: `cache.dir` points into the checkout, whose files the pull request controls");
  return true;
}
function suiteProblems(suite, side) {
  return suite.errors.map((e) => problemOf(e, side));
}
async function trustedModules(source, range, trusted, dir, changed, notes) {
  const side = range.mergeBaseSha ? source.at(range.baseSha, `base ${range.baseSha.slice(0, 7)}`) : source.at(range.headSha, `head ${range.headSha.slice(0, 7)}`);
  const named = new Set(namedModules(trusted));
  for (const f of changed.filter((c) => range.mergeBaseSha && named.has(c.path))) {
    notes.push(`the custom assertion ${f.path} changed at head; its base version runs (the change takes effect after merge)`);
  }
  return materialiseModules(side, trusted, dir);
}
var EMPTY_SOURCE = { label: "no base", listFiles: async () => [], readFile: async () => void 0, sizeOf: async () => void 0 };
function definedOnly(o) {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== void 0));
}

export {
  countPromptTokens,
  screenTests,
  confirmTests,
  concludeComparison,
  limitReportOf,
  materialiseModules,
  prepareComparison
};
