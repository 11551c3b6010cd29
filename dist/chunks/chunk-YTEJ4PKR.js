#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  roundRobin
} from "./chunk-FU4A33PN.js";
import {
  DEFAULT_CONFIG_PATH,
  canonicalJson,
  checkPromptSize,
  costUsd,
  countMessageTokens,
  countTokens,
  createEngine,
  defaultConfig,
  defaultEmbeddingModel,
  evaluateAssertions,
  hashValue,
  keyOf,
  loadSuite,
  missingCredential,
  pLimit,
  parseConfig,
  parseModelRef,
  passRateOf,
  require_picomatch,
  selectsPromptFile,
  sha256,
  summarise,
  userControlledVariables
} from "./chunk-VCFSZXPT.js";
import {
  UNKNOWN,
  breakCommentDelimiters,
  codeBlock,
  escapeInline,
  formatCount,
  formatDuration,
  formatMs,
  formatPValue,
  formatPercent,
  formatScore,
  formatSigned,
  formatSignedCount,
  formatSignedUsd,
  formatTransition,
  formatUsd,
  inlineCode,
  plural,
  preContent,
  problemLocation,
  promptLabels,
  safeSlice,
  shortSha,
  truncate
} from "./chunk-VLSWOUTB.js";
import {
  LimitError,
  UserError,
  describeError,
  formatLocation
} from "./chunk-BSE5VMI7.js";
import {
  __toESM
} from "./chunk-5HX2GR4K.js";

// src/compare/types.ts
var NO_CREDENTIALS = "Not evaluated: no provider credentials.";

// src/checklist/items/context-windows.ts
var KNOWN_WINDOWS = [
  [/^gpt-4\.1(-mini|-nano)?(?=$|-)/, 1047576],
  [/^(gpt-4o|chatgpt-4o)(?=$|-)/, 128e3],
  [/^gpt-4-(turbo|\d{4}-preview)(?=$|-)/, 128e3],
  [/^gpt-4-32k(?=$|-)/, 32768],
  [/^gpt-4(?=$|-\d{4}$)/, 8192],
  [/^gpt-3\.5-turbo(?=$|-)/, 16385],
  [/^gpt-5(?=$|[-.])/, 4e5],
  [/^gpt-oss(?=$|-)/, 131072],
  [/^o1-(mini|preview)(?=$|-)/, 128e3],
  [/^(o1|o3|o3-mini|o4-mini)(?=$|-)/, 2e5],
  [/^claude-/, 2e5],
  [/^gemini-1\.5-pro(?=$|-)/, 2097152],
  [/^gemini-(1\.5-flash|2\.0|2\.5)(?=$|-)/, 1048576],
  [/^(meta-)?llama-?3\.[123](?=$|[-:])/, 128e3],
  [/^mistral-large(?=$|-)/, 128e3],
  [/^phi-4$/, 16384],
  [/^deepseek-(r1|v3)(?=$|-)/, 128e3]
];
function knownContextWindow(modelId) {
  const name = modelId.trim().toLowerCase().replace(/^[a-z0-9-]+:/, "").replace(/^.*\//, "");
  return KNOWN_WINDOWS.find(([family]) => family.test(name))?.[1];
}

// src/checklist/items/common.ts
function changedPrompts(ctx) {
  return ctx.head.prompts.filter((p) => ctx.changedPromptIds.has(p.prompt.id));
}
function authoredTests(p) {
  return p.tests.filter((t) => t.category === void 0);
}
function sampleVars(p) {
  const first = authoredTests(p)[0] ?? p.tests[0];
  return Object.fromEntries(p.prompt.variables.map((v) => [v, first?.vars[v] ?? p.prompt.defaults?.[v] ?? `example ${v}`]));
}
function nameList(names2, max = 3) {
  const shown = names2.slice(0, max).join(", ");
  return names2.length > max ? `${shown} (+${names2.length - max} more)` : shown;
}
function testName(promptId, test) {
  const where = test.source ? ` (${formatLocation(test.source)})` : "";
  return `${promptId}#${test.id}${where}`;
}
function firstError(result) {
  const error = result.runs.find((r) => r.error)?.error;
  if (!error) return void 0;
  return error.message.startsWith(`${error.modelId}:`) ? error.message : `${error.modelId}: ${error.message}`;
}
function isCI(env) {
  return env.CI === "true" || env.GITHUB_ACTIONS === "true";
}
var SEVERITY = { fail: 0, warn: 1, pass: 2 };
function worstStatus(notes) {
  return notes.reduce((worst, n) => SEVERITY[n.status] < SEVERITY[worst] ? n.status : worst, "pass");
}
function findingOf(notes) {
  const sorted = [...notes].sort((a, b) => SEVERITY[a.status] - SEVERITY[b.status]);
  return { status: worstStatus(notes), evidence: sorted.map((n) => n.text).join("; ") };
}

// src/checklist/items/bounded-inputs.ts
var FILLER = 'I ordered a cordless drill three weeks ago and it still has not arrived. The tracking page has said "label created" since the day I paid, and nobody answered my last two emails. Could you tell me where the parcel is, and whether I can get a refund if it does not turn up by Friday?';
var boundedInputs = {
  id: "bounded-inputs",
  title: "Context inputs are bounded",
  async run(ctx) {
    const changed = changedPrompts(ctx);
    if (changed.length === 0) return { status: "n/a", evidence: "no prompt changed" };
    const withInput = changed.filter((p) => userControlledVariables(p.prompt).length > 0);
    if (withInput.length === 0) return { status: "n/a", evidence: `no changed prompt takes user-supplied variables (${nameList(changed.map((p) => p.prompt.id))})` };
    const notes = [];
    const unbounded = withInput.filter((p) => p.prompt.meta.maxInputTokens === void 0);
    if (unbounded.length > 0) {
      const names2 = unbounded.map((p) => `${p.prompt.id} (${userControlledVariables(p.prompt).join(", ")})`);
      notes.push({ status: "fail", text: `no maxInputTokens for user input: ${nameList(names2)}` });
    }
    const bounded = withInput.filter((p) => p.prompt.meta.maxInputTokens !== void 0);
    const fits = await Promise.all(bounded.map(fitsWindow));
    const drills = await atLimitDrill(ctx, bounded);
    bounded.forEach((p, i) => {
      const [fit2, drill] = [fits[i], drills[i]];
      notes.push({ status: worstStatus([fit2, drill]), text: `${p.prompt.id}: ${fit2.text}; ${drill.text}` });
    });
    return findingOf(notes);
  }
};
async function fitsWindow(p) {
  const { prompt, modelId } = p;
  const limit = prompt.meta.maxInputTokens;
  const window = prompt.meta.contextWindow ?? knownContextWindow(modelId);
  const template = (await countMessageTokens(prompt.messages, modelId)).tokens;
  const reply = prompt.params.maxTokens ?? 0;
  const need = template + limit + reply;
  const sum = `template ${formatCount(template)} + input ${formatCount(limit)}${reply ? ` + reply ${formatCount(reply)}` : ""} = ${formatCount(need)} tokens`;
  if (window === void 0) return { status: "warn", text: `context window of ${modelId} unknown (${sum}), set contextWindow` };
  if (need > window) return { status: "fail", text: `${sum} > ${formatCount(window)}-token window of ${modelId}` };
  return { status: "pass", text: `${sum} \u2264 ${formatCount(window)}` };
}
async function atLimitDrill(ctx, prompts) {
  if (prompts.length === 0) return [];
  const jobs = await Promise.all(
    prompts.map(async (p) => {
      const inputs = userControlledVariables(p.prompt);
      const share = Math.floor(p.prompt.meta.maxInputTokens / inputs.length);
      const vars = sampleVars(p);
      for (const name of inputs) vars[name] = await fillToTokens(vars[name] ?? "", share, p.modelId);
      return { prompt: p.prompt, modelId: p.modelId, test: { id: "checklist/at-limit", description: "user input at maxInputTokens", vars, assert: [] }, samples: 1 };
    })
  );
  const results = await ctx.runHead(jobs);
  return results.map((result, i) => {
    const at = `drill at ${formatCount(prompts[i].prompt.meta.maxInputTokens)} input tokens`;
    if (result.outcome !== "errored") return { status: "pass", text: `${at} answered` };
    const rejected = result.runs.some((r) => r.error?.kind === "bad_request");
    return { status: rejected ? "fail" : "warn", text: `${at} ${rejected ? "rejected" : "inconclusive"}: ${firstError(result)}` };
  });
}
async function fillToTokens(seed, target, modelId) {
  const unit = `${seed.trim().length >= 40 ? `${seed.trim()} ` : ""}${FILLER}

`;
  const words = unit.match(/\S+\s*/g);
  const count = (text2) => countTokens(modelId, text2);
  const unitTokens = await count(unit);
  const parts = Array.from({ length: Math.floor(target / unitTokens) }, () => unit);
  let text = parts.join("");
  let tokens = await count(text);
  for (let next = 0; tokens < target; ) {
    const missing = target - tokens;
    for (let k = 0; k < missing; k++, next++) text += words[next % words.length];
    tokens = await count(text);
  }
  while (tokens > target) {
    const kept = text.match(/\S+\s*/g);
    text = kept.slice(0, Math.max(0, kept.length - (tokens - target))).join("");
    tokens = await count(text);
  }
  return text;
}

// src/checklist/items/fallback.ts
var fallback = {
  id: "fallback",
  title: "Fallback provider configured and tested",
  async run(ctx) {
    const changed = changedPrompts(ctx);
    if (changed.length === 0) return { status: "n/a", evidence: "no prompt changed" };
    const { endpoints } = ctx.config.providers;
    const chain = ctx.config.providers.fallback.map((id) => parseModelRef(id, endpoints).id);
    if (chain.length === 0) return { status: "fail", evidence: "no fallback model: providers.fallback is empty" };
    const notes = [];
    const byPrimary = /* @__PURE__ */ new Map();
    for (const p of changed) byPrimary.set(p.modelId, [...byPrimary.get(p.modelId) ?? [], p]);
    for (const [primary, prompts] of byPrimary) {
      const fallbacks = chain.filter((id) => id !== primary);
      if (fallbacks.length === 0) {
        notes.push({ status: "fail", text: `${primary} has no fallback but itself (${nameList(prompts.map((p) => p.prompt.id))})` });
        continue;
      }
      notes.push(await outageDrill(ctx, primary, prompts));
    }
    notes.push({ status: "pass", text: `chain: ${chain.join(" \u2192 ")}` });
    return findingOf(notes);
  }
};
async function outageDrill(ctx, primary, prompts) {
  const jobs = prompts.flatMap((p) => {
    const tests = authoredTests(p).length > 0 ? authoredTests(p) : p.tests;
    return tests.map((test) => ({ prompt: p.prompt, modelId: p.modelId, test, samples: 1 }));
  });
  if (jobs.length === 0) return { status: "warn", text: `no tests to drill ${primary}'s outage with` };
  const results = await ctx.runHead(jobs, { forceDown: [primary] });
  const runs = results.flatMap((r) => r.runs);
  const drill = `${primary} forced down`;
  const cached = runs.filter((r) => r.cached).length;
  if (cached > 0) return { status: "warn", text: `${drill}: ${cached} answers came from the response cache, so the outage was not exercised` };
  const errored = results.filter((r) => r.outcome === "errored");
  if (errored.length > 0) {
    return { status: "fail", text: `${drill}: ${errored.length} of ${results.length} tests errored (${firstError(errored[0])})` };
  }
  const answeredBy = [...new Set(runs.flatMap((r) => r.answeredBy && r.answeredBy !== primary ? [r.answeredBy] : []))];
  const fallbackRate = passRateOf(results);
  const primaryRate = primaryPassRate(ctx, jobs);
  const rates = `pass rate ${formatPercent(fallbackRate)} on the fallback vs ${formatPercent(primaryRate)} on the primary`;
  const text = `${drill}: ${results.length}/${results.length} tests answered by ${answeredBy.join(", ")}; ${rates}`;
  return { status: fallbackRate !== null && primaryRate !== null && fallbackRate < primaryRate ? "warn" : "pass", text };
}
function primaryPassRate(ctx, jobs) {
  const compared = new Map(ctx.report.tests.map((t) => [keyOf(t.promptId, t.testId), t]));
  const heads = jobs.flatMap((job) => compared.get(keyOf(job.prompt.id, job.test.id))?.head ?? []);
  return passRateOf(heads.map((head) => ({ passes: head.passes, completed: head.samples })));
}

// src/checklist/items/graceful-degradation.ts
var FORMAT_CHECKS = /* @__PURE__ */ new Set(["is-json", "json-schema", "regex", "max-length", "max-tokens"]);
var gracefulDegradation = {
  id: "graceful-degradation",
  title: "Graceful degradation when the model is unavailable",
  async run(ctx) {
    const changed = changedPrompts(ctx);
    if (changed.length === 0) return { status: "n/a", evidence: "no prompt changed" };
    const notes = [];
    const undeclared = changed.filter((p) => !p.prompt.meta.degraded?.response && !p.prompt.meta.degraded?.error);
    if (undeclared.length > 0) {
      notes.push({ status: "fail", text: `no degraded response or error contract: ${nameList(undeclared.map((p) => p.prompt.id))}` });
    }
    notes.push(await allDownDrill(ctx, changed));
    for (const p of changed) {
      const { response, error } = p.prompt.meta.degraded ?? {};
      if (response) notes.push(await staticResponse(p, response));
      else if (error) notes.push({ status: "pass", text: `${p.prompt.id}: error contract "${error}"` });
    }
    return findingOf(notes);
  }
};
var DRILL_TESTS_PER_PROMPT = 20;
async function allDownDrill(ctx, prompts) {
  const jobs = prompts.flatMap((p) => {
    const tests = authoredTests(p).slice(0, DRILL_TESTS_PER_PROMPT);
    const probe = { id: "checklist/all-down", description: "every provider down", vars: sampleVars(p), assert: [] };
    return (tests.length > 0 ? tests : [probe]).map((test) => ({ prompt: p.prompt, modelId: p.modelId, test, samples: 1 }));
  });
  const results = await ctx.runHead(jobs, { forceDown: "all" });
  const answered = results.filter((r) => r.outcome !== "errored");
  if (answered.length > 0) {
    const cached = answered.some((r) => r.runs.some((run) => run.cached)) ? " (from the response cache)" : "";
    return { status: "fail", text: `every provider forced down, yet ${answered.length} of ${plural(results.length, "call")} answered${cached}: ${nameList(answered.map((r) => `${r.promptId}#${r.testId}`))}` };
  }
  return { status: "pass", text: `every provider forced down: ${results.length}/${plural(results.length, "call")} errored, none passed` };
}
async function staticResponse(p, response) {
  const { prompt } = p;
  const schema = prompt.responseFormat?.type === "json_schema" ? prompt.responseFormat.schema : void 0;
  const checks = [
    { specs: schema ? [{ type: "json-schema", negate: false, value: schema, weight: 1, name: "json_schema response format" }] : [] },
    ...authoredTests(p).map((test) => ({ test, specs: test.assert.filter((a) => FORMAT_CHECKS.has(a.type) && a.weight > 0) }))
  ];
  const count = checks.reduce((n, c) => n + c.specs.length, 0);
  if (count === 0) return { status: "pass", text: `${prompt.id}: static degraded response (no format checks to hold it to)` };
  const failures = [];
  for (const { test, specs } of checks) {
    if (specs.length === 0) continue;
    let outcome;
    try {
      outcome = await evaluateAssertions(specs, staticContext(p, response, test));
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      return { status: "fail", text: `${prompt.id}: degraded response in ${prompt.path} cannot be checked: ${err.message}` };
    }
    for (const r of outcome.results.filter((x) => !x.pass)) failures.push(`${r.name}${test ? ` of ${testName(prompt.id, test)}` : ""}: ${r.reason}`);
  }
  if (failures.length > 0) return { status: "fail", text: `${prompt.id}: degraded response fails ${nameList(failures, 1)}` };
  return { status: "pass", text: `${prompt.id}: degraded response passes ${plural(count, "format check")}` };
}
function staticContext(p, output, test) {
  const noModel = () => Promise.reject(new Error("format checks call no model"));
  return { output, vars: test?.vars ?? {}, expected: test?.expected, prompt: p.prompt, latencyMs: 0, model: p.modelId, judge: noModel, embed: noModel, baseDir: ".", moduleRoot: "." };
}

// src/checklist/items/latency-cost.ts
var latencyCost = {
  id: "latency-cost",
  title: "Latency and cost monitored",
  async run(ctx) {
    const changed = changedPrompts(ctx);
    if (changed.length === 0) return { status: "n/a", evidence: "no prompt changed" };
    const { p95LatencyMs, costPer1kCallsUsd } = ctx.config.budgets;
    const metrics = [
      { name: "p95 latency", budget: p95LatencyMs, value: (s) => s.latencyP95Ms, format: formatMs },
      { name: "cost", budget: costPer1kCallsUsd, value: (s) => s.costPer1kUsd, format: (n) => `${formatUsd(n)} USD/1k calls` }
    ];
    if (metrics.every((m) => m.budget === void 0)) {
      return { status: "warn", evidence: "no budgets: set budgets.p95LatencyMs and budgets.costPer1kCallsUsd in promptgate.yml" };
    }
    const notes = changed.map(({ prompt }) => {
      const comparison = ctx.report.prompts.find((c) => c.id === prompt.id);
      const head = comparison?.head;
      if (!head) return { status: "warn", text: `${prompt.id}: not measured at head` };
      const checks = metrics.filter((m) => m.budget !== void 0).map((m) => judge(m, head, comparison.base));
      return { status: worstStatus(checks), text: `${prompt.id}: ${checks.map((c) => c.text).join(", ")}` };
    });
    for (const m of metrics) if (m.budget === void 0) notes.push({ status: "pass", text: `no ${m.name} budget set` });
    return findingOf(notes);
  }
};
function judge(metric, head, base) {
  const budget = metric.budget;
  const value = metric.value(head);
  if (value === null) return { status: "warn", text: `${metric.name} not measured (${metric.name === "cost" ? "model not priced" : "no completed sample"})` };
  if (value <= budget) return { status: "pass", text: `${metric.name} ${metric.format(value)} \u2264 ${metric.format(budget)}` };
  const before = base ? metric.value(base) : null;
  const over = `${metric.name} ${metric.format(value)} > budget ${metric.format(budget)}`;
  if (before !== null && before > budget) return { status: "warn", text: `${over}, over at base too (${metric.format(before)})` };
  const was = !base ? "a new prompt" : before === null ? "base not measured" : `base ${metric.format(before)}`;
  return { status: "fail", text: `${over}, broken by this PR (${was})` };
}

// src/checklist/items/output-validation.ts
var STRUCTURAL = /* @__PURE__ */ new Set(["json-schema", "is-json", "regex", "equals"]);
function validatesStructure(spec) {
  return STRUCTURAL.has(spec.type) && !spec.negate && spec.weight > 0;
}
var outputValidation = {
  id: "output-validation",
  title: "Output validation on safety-critical paths",
  async run(ctx) {
    const critical = changedPrompts(ctx).filter((p) => p.prompt.meta.critical === true);
    if (critical.length === 0) return { status: "n/a", evidence: "no changed prompt is marked critical" };
    const notes = critical.map((p) => {
      const { prompt } = p;
      if (prompt.responseFormat?.type === "json_schema") return { status: "pass", text: `${prompt.id}: json_schema response format` };
      const tests = authoredTests(p);
      if (tests.length === 0) return { status: "fail", text: `${prompt.id}: no tests, so no structural check` };
      const unchecked = tests.filter((t) => !t.assert.some(validatesStructure));
      if (unchecked.length > 0) {
        return { status: "fail", text: `${prompt.id}: ${unchecked.length} of ${plural(tests.length, "test")} without json-schema, is-json, regex or equals: ${nameList(unchecked.map((t) => testName(prompt.id, t)))}` };
      }
      return { status: "pass", text: `${prompt.id}: ${tests.length}/${plural(tests.length, "test")} check structure` };
    });
    return findingOf(notes);
  }
};

// src/checklist/items/regression-suite.ts
var regressionSuite = {
  id: "regression-suite",
  title: "A regression eval suite runs in CI",
  async run(ctx) {
    const changed = changedPrompts(ctx);
    if (changed.length === 0) return { status: "n/a", evidence: "no prompt changed" };
    const untested = changed.filter((p) => authoredTests(p).length === 0).map((p) => p.prompt.id);
    if (untested.length > 0) return { status: "fail", evidence: `${untested.length} of ${plural(changed.length, "changed prompt")} without a test: ${nameList(untested)}` };
    const authored = changed.reduce((n, p) => n + authoredTests(p).length, 0);
    const generated = changed.reduce((n, p) => n + p.tests.length, 0) - authored;
    const suite = `${plural(authored, "test")}${generated > 0 ? ` (+${generated} generated)` : ""} on ${plural(changed.length, "changed prompt")}`;
    if (!isCI(ctx.env)) return { status: "warn", evidence: `${suite}, run outside CI (neither CI nor GITHUB_ACTIONS is set)` };
    return { status: "pass", evidence: `${suite}, run in CI${ctx.env.GITHUB_ACTIONS === "true" ? " (GitHub Actions)" : ""}` };
  }
};

// src/checklist/items/streaming.ts
var streaming = {
  id: "streaming",
  title: "Streaming for interactive use",
  async run(ctx) {
    const interactive = changedPrompts(ctx).filter((p) => p.prompt.meta.interactive === true);
    if (interactive.length === 0) return { status: "n/a", evidence: "no changed prompt is marked interactive" };
    const budget = ctx.config.budgets.ttftP95Ms;
    const notes = interactive.map(({ prompt }) => {
      const head = ctx.report.prompts.find((c) => c.id === prompt.id)?.head;
      const completed = head ? head.passed + head.failed + head.flaky : 0;
      if (!head || completed === 0) return { status: "warn", text: `${prompt.id}: no completed streamed sample to measure` };
      if (head.ttftP50Ms === null || head.ttftP95Ms === null) return { status: "fail", text: `${prompt.id}: evaluated without streaming (no time to first token)` };
      const ttft = `${prompt.id}: TTFT p50 ${formatMs(head.ttftP50Ms)}, p95 ${formatMs(head.ttftP95Ms)}`;
      if (budget === void 0) return { status: "pass", text: ttft };
      return head.ttftP95Ms > budget ? { status: "fail", text: `${ttft} > budget ${formatMs(budget)}` } : { status: "pass", text: `${ttft} \u2264 budget ${formatMs(budget)}` };
    });
    if (budget === void 0) notes.push({ status: "pass", text: "no ttftP95Ms budget set" });
    return findingOf(notes);
  }
};

// src/checklist/items/prompt-literals.ts
var SOURCE_FILE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs|py|go|rb|java|kt|kts|cs|php|rs|swift|scala)$/i;
var NOT_APPLICATION_CODE = /(^|\/)(node_modules|vendor|dist|build|out|third_party|\.git|__snapshots__|test|tests|__tests__|spec)\/|\.(test|spec)\.[^/]+$|_test\.go$|(^|\/)test_[^/]+\.py$|\.min\.js$/i;
var MAX_FILE_CHARS = 256 * 1024;
var MAX_FILES = 2e3;
var MIN_PROMPT_CHARS = 80;
var LITERAL = /"""([\s\S]*?)"""|'''([\s\S]*?)'''|`((?:\\[\s\S]|[^\\`])*)`|"((?:\\.|[^"\\\n])*)"|'((?:\\.|[^'\\\n])*)'/g;
var JOINER = /^(?:\s|\+|\\\n)*$/;
var PROMPT_OPENING = /^(you are|you're|as an ai|act as|your (role|task|job) is|you will (be given|receive|act as))\b/i;
var PROMPT_PHRASE = /\b(respond only (with|in)|reply only (with|in)|answer only (with|from|in|using)|do not reveal (these|your|the) (instructions|system prompt)|you must (always|never) (respond|answer|reply))\b/i;
async function scanPromptLiterals(files) {
  const candidates = (await files.listFiles()).filter((f) => SOURCE_FILE.test(f) && !NOT_APPLICATION_CODE.test(f));
  const chosen = candidates.slice(0, MAX_FILES);
  let unread = 0;
  const limit = pLimit(8);
  const found = await Promise.all(
    chosen.map(
      (file) => limit(async () => {
        const text = await files.readFile(file);
        if (text === void 0 || text.length > MAX_FILE_CHARS) {
          unread++;
          return [];
        }
        return promptLiteralsIn(file, text);
      })
    )
  );
  return { literals: found.flat(), scanned: chosen.length - unread, skipped: candidates.length - chosen.length + unread };
}
function promptLiteralsIn(file, text) {
  const literals = [];
  for (const m of text.matchAll(LITERAL)) {
    const value = unescape(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? "");
    const start = m.index;
    const end = start + m[0].length;
    const previous = literals.at(-1);
    if (previous && JOINER.test(text.slice(previous.end, start))) {
      previous.value += value;
      previous.end = end;
    } else literals.push({ start, end, value });
  }
  return literals.filter(({ value }) => looksLikePrompt(value)).map(({ start, value }) => ({ file, line: lineAt(text, start), preview: value.trim().replace(/\s+/g, " ").slice(0, 40) }));
}
function looksLikePrompt(value) {
  const text = value.trim();
  return text.length >= MIN_PROMPT_CHARS && (PROMPT_OPENING.test(text) || PROMPT_PHRASE.test(text));
}
function unescape(raw) {
  return raw.replace(/\\([nrt"'`\\])/g, (_, c) => ({ n: "\n", r: "\r", t: "	" })[c] ?? c);
}
function lineAt(text, index) {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < index; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

// src/checklist/items/version-controlled.ts
var versionControlled = {
  id: "version-controlled",
  title: "Prompts are version-controlled and tested",
  async run(ctx) {
    const prompts = ctx.head.prompts;
    const tracked = new Set(await ctx.headFiles.listFiles());
    const scan = await scanPromptLiterals(ctx.headFiles);
    const literals = scan.literals.map((l) => `${l.file}:${l.line}`);
    const inCode = literals.length > 0 ? `${plural(literals.length, "prompt-like string")} in source code outside prompt files: ${nameList(literals)}` : `no prompt-like strings in ${plural(scan.scanned, "source file")}`;
    if (prompts.length === 0) {
      return literals.length > 0 ? { status: "warn", evidence: `no prompt files; ${inCode}` } : { status: "n/a", evidence: `no prompt files at head; ${inCode}` };
    }
    const untracked = prompts.filter((p) => !tracked.has(p.prompt.path)).map((p) => p.prompt.path);
    const untested = prompts.filter((p) => authoredTests(p).length === 0).map((p) => p.prompt.path);
    const tests = prompts.reduce((n, p) => n + authoredTests(p).length, 0);
    const problems = [
      untracked.length > 0 ? `${plural(untracked.length, "prompt")} not tracked at ${shortSha(ctx.report.head.sha)}: ${nameList(untracked)}` : "",
      untested.length > 0 ? `${untested.length} of ${plural(prompts.length, "prompt")} without a test: ${nameList(untested)}` : ""
    ].filter(Boolean);
    if (problems.length > 0) return { status: "fail", evidence: `${problems.join("; ")}; ${inCode}` };
    const summary = `${plural(prompts.length, "prompt")} tracked in git at ${shortSha(ctx.report.head.sha)} with ${plural(tests, "test")}`;
    return { status: literals.length > 0 ? "warn" : "pass", evidence: `${summary}; ${inCode}` };
  }
};

// src/checklist/checklist.ts
var CHECKLIST = [
  versionControlled,
  boundedInputs,
  streaming,
  fallback,
  outputValidation,
  regressionSuite,
  latencyCost,
  gracefulDegradation
];
async function runChecklist(ctx) {
  const required = new Set(ctx.config.gate.require);
  const items = [];
  for (const check of CHECKLIST) {
    let finding;
    try {
      finding = await check.run(ctx);
    } catch (err) {
      finding = { status: "warn", evidence: `could not be checked: ${describeError(err)}` };
    }
    items.push({ id: check.id, title: check.title, status: finding.status, evidence: finding.evidence, anchor: check.id, required: required.has(check.id) });
  }
  return items;
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
  const count = async (sp) => sp ? await countMessageTokens(sp.prompt.messages, sp.modelId) : void 0;
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
async function comparePrompt(pair, input, tests) {
  const ids = [...pair.affectedTests];
  const keys = ids.map((id) => keyOf(pair.id, id));
  const screens = new Map(ids.map((id, i) => [id, input.evidence?.get(keys[i])?.screen ?? Number.POSITIVE_INFINITY]));
  const mine = (side) => keys.flatMap((k) => side.get(k) ?? []);
  const baseResults = pair.head ? mine(input.base) : [];
  const headResults = mine(input.head);
  const screenOf = (r) => screens.get(r.testId) ?? Number.POSITIVE_INFINITY;
  const base = pair.base && pair.head ? await sideStats(baseResults, screenOf, pair.base.prompt.messages, pair.base.modelId) : null;
  const head = pair.head ? await sideStats(headResults, screenOf, pair.head.prompt.messages, pair.head.modelId) : null;
  const diffs = screenScoreDiffs(keys, input);
  const ci = pairedBootstrapCi(diffs);
  const deltaScore = base?.meanScore != null && head?.meanScore != null ? head.meanScore - base.meanScore : null;
  const drop = promptScoreDrop(diffs, deltaScore, { gate: input.gate, prompts: input.pairs.filter((p) => p.base && p.head).length });
  const regressedTests = tests.some((t) => t.promptId === pair.id && (t.change === "regressed" || t.change === "removed"));
  return {
    id: pair.id,
    name: (pair.head ?? pair.base).prompt.name,
    description: (pair.head ?? pair.base).prompt.description,
    path: (pair.head ?? pair.base).prompt.path,
    model: (pair.head ?? pair.base).modelId,
    base,
    head,
    delta: {
      score: deltaScore,
      passRate: diff(base?.passRate, head?.passRate),
      tokens: diff(base?.tokens, head?.tokens),
      costPer1kUsd: diff(base?.costPer1kUsd, head?.costPer1kUsd),
      latencyP95Ms: diff(base?.latencyP95Ms, head?.latencyP95Ms)
    },
    significance: { method: diffs.length ? "sign-test" : "none", pairs: diffs.length, pValue: drop.pValue, ci95: ci, significant: drop.significant },
    regressed: regressedTests || drop.regressed
  };
}
function screenScoreDiffs(keys, input) {
  const diffs = [];
  for (const k of keys) {
    const screen = input.evidence?.get(k)?.screen ?? Number.POSITIVE_INFINITY;
    const b = screenScore(input.base.get(k), screen);
    const h = screenScore(input.head.get(k), screen);
    if (b !== null && h !== null) diffs.push(h - b);
  }
  return diffs;
}
function screenScore(result, screen) {
  return mean((result?.runs ?? []).filter((r) => r.repeatIndex < screen && r.outcome !== "errored").map((r) => r.score));
}
async function sideStats(results, screenOf, messages, modelId) {
  const runs = results.flatMap((r) => r.runs.filter((x) => x.outcome !== "errored"));
  const costs = runs.flatMap((r) => r.costUsd === void 0 ? [] : [r.costUsd]);
  const screened = results.map((r) => r.runs.filter((x) => x.outcome !== "errored" && x.repeatIndex < screenOf(r)));
  const completed = screened.reduce((n, s) => n + s.length, 0);
  const passes = screened.reduce((n, s) => n + s.filter((x) => x.outcome === "passed").length, 0);
  const costMean = costs.length === runs.length ? mean(costs) : null;
  return {
    tests: results.length,
    passed: results.filter((r) => r.outcome === "passed").length,
    failed: results.filter((r) => r.outcome === "failed").length,
    flaky: results.filter((r) => r.outcome === "flaky").length,
    errored: results.filter((r) => r.outcome === "errored").length,
    passRate: completed ? passes / completed : null,
    meanScore: mean(screened.filter((s) => s.length > 0).map((s) => mean(s.map((x) => x.score)))),
    tokens: (await countMessageTokens(messages, modelId)).tokens,
    costPer1kUsd: costMean === null ? null : costMean * 1e3,
    latencyP50Ms: percentile(runs.map((r) => r.latencyMs), 50),
    latencyP95Ms: percentile(runs.map((r) => r.latencyMs), 95),
    ttftP50Ms: percentile(runs.flatMap((r) => r.ttftMs === void 0 ? [] : [r.ttftMs]), 50),
    ttftP95Ms: percentile(runs.flatMap((r) => r.ttftMs === void 0 ? [] : [r.ttftMs]), 95)
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
  return { verdict: "error", summary: `${plural2(headProblems.length, "file")} at head could not be read: ${where ? `${where}: ` : ""}${first.message}` };
}
function nothingToCompare({ anythingToCompare }) {
  return anythingToCompare ? void 0 : { verdict: "skipped", summary: "No prompt, test or config change affects the eval suite." };
}
function regression({ prompts, tests }) {
  const regressedPrompts = prompts.filter((p) => p.regressed);
  if (!regressedPrompts.length) return void 0;
  const regressed = tests.filter((t) => t.change === "regressed");
  const removed = tests.filter((t) => t.change === "removed");
  const names2 = regressedPrompts.map((p) => p.id);
  const adversarial = regressed.filter((t) => t.category?.startsWith("adversarial/")).length;
  const scoreOnly = regressedPrompts.filter((p) => !regressed.some((t) => t.promptId === p.id) && !removed.some((t) => t.promptId === p.id)).length;
  const parts = [
    regressed.length ? `${plural2(regressed.length, "test")} regressed${adversarial ? ` (${adversarial} of them prompt-injection probes)` : ""}` : "",
    removed.length ? `${plural2(removed.length, "test")} removed (a removal needs acceptance)` : "",
    scoreOnly ? `${plural2(scoreOnly, "prompt score")} dropped significantly` : ""
  ].filter(Boolean);
  return { verdict: "regression", summary: `${parts.join(" and ")} in ${names2.slice(0, 3).join(", ")}${names2.length > 3 ? ` and ${names2.length - 3} more` : ""}.` };
}
function failedGate({ gate, prompts, tests }) {
  const minPassRate = gate.minPassRate;
  const low = minPassRate === void 0 ? [] : prompts.filter((p) => p.head?.passRate !== null && p.head?.passRate !== void 0 && p.head.passRate < minPassRate);
  if (minPassRate !== void 0 && low.length) {
    return { verdict: "fail", summary: `Head pass rate is below the minimum ${pct(minPassRate)} for ${low.map((p) => `${p.id} (${pct(p.head.passRate)})`).join(", ")}.` };
  }
  const headFailing = tests.filter((t) => t.head && (t.head.outcome === "failed" || t.head.outcome === "flaky"));
  if (gate.failOn === "any-failure" && headFailing.length) return { verdict: "fail", summary: `${plural2(headFailing.length, "test")} fail at head (failOn: any-failure).` };
  return void 0;
}
function outage({ tests }) {
  const errored = tests.filter((t) => t.change === "errored" || (t.head?.errors ?? 0) > 0 || (t.base?.errors ?? 0) > 0);
  if (!errored.length) return void 0;
  return { verdict: "inconclusive", summary: `${plural2(errored.length, "test")} could not be evaluated because a model provider failed: this is an outage, not a regression.` };
}
function passed({ tests }) {
  const fixed = tests.filter((t) => t.change === "fixed").length;
  const compared = tests.filter((t) => t.base && t.head).length;
  return { verdict: "pass", summary: `No regression in ${compared} compared test${compared === 1 ? "" : "s"}${fixed ? `; ${fixed} fixed` : ""}.` };
}
function plural2(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
function pct(x) {
  return `${Math.round(x * 1e3) / 10}%`;
}

// src/compare/build-report.ts
async function buildReport(input) {
  const { gate, pairs } = input;
  const tests = compareTests(input);
  const prompts = await Promise.all(pairs.map((pair) => comparePrompt(pair, input, tests)));
  const changedPrompts2 = await Promise.all(pairs.filter((p) => p.status !== "unchanged").map(changedPrompt));
  const growth = await growthFlags(changedPrompts2, pairs, input.growthMaxShare);
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
    changedPrompts: changedPrompts2,
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
      ...headChange ? { headChange } : {},
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
    for (const c of open) c.state = judge2(c, sides).state;
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
function judge2(c, sides) {
  return confirmationState(c.direction, freshTally(sides.base.get(c.key), c.screen), freshTally(sides.head.get(c.key), c.screen), c.plan);
}
function confirmationOf(c, sides) {
  const { pValue } = judge2(c, sides);
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
function reportWithoutSamples(prepared, pairs = prepared.pairs) {
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
      else if (definitionOf(b, base, head) !== definitionOf(h, base, head)) headChanges.set(b.id, "changed");
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
function definitionOf(t, base, head) {
  const assertions = assertionsOf(t.assert);
  const names2 = /* @__PURE__ */ new Set([...base.prompt.variables, ...head.prompt.variables, ...assertions.variables]);
  return canonicalJson({ vars: restrict(t.vars, [...names2]), expected: t.expected ?? null, inject: t.inject ?? null }) + assertions.text;
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
function restrict(vars, names2) {
  return Object.fromEntries(names2.filter((n) => vars[n] !== void 0).map((n) => [n, vars[n]]));
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
  const unknown = head.config.tests.filter((t) => !known.has(hashValue(t)));
  const added = unknown.filter((t) => !t.assert.some((a) => a.type === "javascript"));
  const withCode = unknown.length - added.length;
  const dropped = mergeBase.config.tests.filter((t) => !headTests.has(hashValue(t))).length;
  const settings = Object.keys({ ...head.config, ...mergeBase.config }).filter(
    (key) => key !== "tests" && key !== "$schema" && hashValue(head.config[key]) !== hashValue(mergeBase.config[key])
  );
  const judgedBy = `this pull request is judged by the config of ${range.baseRef || "base"} at ${range.baseSha.slice(0, 7)}`;
  if (settings.length) notes.push(`${path} changes ${settings.map((k) => `\`${k}\``).join(", ")} at head: that takes effect after merge; ${judgedBy}`);
  if (dropped) notes.push(`${path} removes or changes ${dropped} test${dropped === 1 ? "" : "s"} at head: they stay in force until merge`);
  if (added.length) notes.push(`${path} adds ${added.length} test${added.length === 1 ? "" : "s"} at head: they run as new`);
  if (withCode) notes.push(`${path} adds ${withCode} test${withCode === 1 ? "" : "s"} with a \`javascript\` assertion at head: code from the head never runs, so they run after merge`);
  return { trusted, head, addedTests: { file: path, tests: added }, notes };
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
    loadSuite(baseSource, trusted, { tolerateMissingPrompts: true, maxPromptFiles }),
    loadSuite(headSource, trusted, { tolerateMissingPrompts: true, addedTests: judging.addedTests, maxPromptFiles })
  ]);
  problems.push(...suiteProblems(baseSuite, "base"), ...suiteProblems(headSuite, "head"));
  const brokenAtHead = new Set(problems.filter((p) => p.side === "head" && p.file).map((p) => p.file));
  prepared.pairs = planComparison(baseSuite, headSuite, changed).filter(
    (p) => (p.affectedTests.size > 0 || p.status !== "unchanged") && !(p.status === "deleted" && brokenAtHead.has(p.base.prompt.path))
  );
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
async function missingCredentialsReport(prepared) {
  const models = new Set(prepared.pairs.flatMap((p) => [p.base?.modelId, p.head?.modelId]).filter((m) => !!m));
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

// src/compare/compare.ts
async function compare(opts) {
  const prepared = await prepareComparison(opts);
  if (prepared.report) return { report: prepared.report, inputs: prepared.inputs, reused: prepared.reused };
  const done = (report) => ({ report, inputs: prepared.inputs, reused: false });
  try {
    return done(await concludeComparison(prepared, await confirmTests(prepared, await screenTests(prepared, prepared.pairs))));
  } catch (err) {
    if (!(err instanceof LimitError)) throw err;
    return done(await limitReportOf(prepared, err));
  }
}

// src/report/host-paths.ts
import { homedir, tmpdir } from "node:os";
import { dirname as dirname2 } from "node:path";
import { fileURLToPath } from "node:url";
var HOST_PATH = "<host path>";
var ABSOLUTE = /(?<![\w:/.~-])(?:file:\/\/)?(?:\/[\w.@+~-]+){2,}\/?|\b[A-Za-z]:\\[^\s'"`)]+/g;
function withoutHostPaths(text, roots = []) {
  const known = [...roots, process.cwd(), homedir(), tmpdir(), dirname2(fileURLToPath(import.meta.url))].filter((r) => r.length > 1).sort((a, b) => b.length - a.length);
  let out = text;
  for (const root of known) out = out.replace(new RegExp(`(?:file://)?${root.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[^\\s'"\`),;:]*`, "g"), HOST_PATH);
  return out.replace(ABSOLUTE, HOST_PATH);
}

// src/report/markdown-fit.ts
var MAX_REASON_CHARS = 400;
var MAX_NAME_CHARS = 100;
var MAX_NAMES = 15;
function fitItems(opts) {
  const { heading, items, render, budget, max, more, closing = "" } = opts;
  const noteRoom = more(items.length).length + 2;
  let text = heading;
  let shown = 0;
  for (const item of items) {
    if (shown >= max) break;
    const piece = `
${render(item)}`;
    if (text.length + piece.length + closing.length + noteRoom > budget) break;
    text += piece;
    shown++;
  }
  if (shown === 0) return "";
  const left = items.length - shown;
  return `${text}${closing}${left > 0 ? `

${more(left)}` : ""}`;
}

// src/report/markdown-prompts.ts
var MAX_PROMPT_ROWS = 50;
function promptsTable(report, budget) {
  if (report.prompts.length === 0) return "";
  const changed = new Set(report.changedPrompts.map((c) => c.id));
  const estimated = new Set(report.changedPrompts.filter((c) => c.tokensEstimated).map((c) => c.id));
  const counts = testCountsByPrompt(report.tests);
  const rank = (p) => p.regressed ? 0 : changed.has(p.id) ? 1 : 2;
  const rows = report.prompts.map((p, i) => ({ p, i })).sort((a, b) => rank(a.p) - rank(b.p) || a.i - b.i).map(({ p }) => p);
  const heading = [
    "#### Prompts",
    "",
    "| prompt | score | \u0394 score | pass rate | tests | prompt tokens \u0394 | cost / 1k calls \u0394 (USD) | p95 latency |",
    "| --- | ---: | ---: | ---: | --- | ---: | ---: | ---: |"
  ].join("\n");
  return fitItems({
    heading,
    items: rows,
    render: (p) => promptRow(p, counts.get(p.id), estimated.has(p.id)),
    budget,
    max: MAX_PROMPT_ROWS,
    more: (left) => `\u2026and ${plural(left, "more prompt")} (see report.json).`
  });
}
function promptRow(p, counts, tokensEstimated) {
  const icon = p.regressed ? "\u274C " : p.significance.significant && (p.delta.score ?? 0) > 0 ? "\u2705 " : "";
  const cells = [
    `${icon}${promptCell(p)}`,
    formatTransition(formatScore(p.base?.meanScore ?? null), formatScore(p.head?.meanScore ?? null)),
    scoreDelta(p),
    formatTransition(formatPercent(p.base?.passRate ?? null), formatPercent(p.head?.passRate ?? null)),
    testCounts(counts),
    p.delta.tokens === null ? UNKNOWN : `${tokensEstimated ? "~" : ""}${formatSignedCount(p.delta.tokens)}`,
    formatSignedUsd(p.delta.costPer1kUsd),
    formatTransition(formatMs(p.base?.latencyP95Ms ?? null), formatMs(p.head?.latencyP95Ms ?? null))
  ];
  return `| ${cells.join(" | ")} |`;
}
function promptCell(p) {
  const model = escapeInline(truncate(p.model, MAX_NAME_CHARS));
  const named = p.name && p.name !== p.id;
  const title = escapeInline(truncate(named ? p.name : p.id, MAX_NAME_CHARS));
  const sub = named ? `${escapeInline(truncate(p.id, MAX_NAME_CHARS))} \xB7 ${model}` : model;
  const description = p.description ? `<br><sub><i>${escapeInline(truncate(p.description, MAX_NAME_CHARS))}</i></sub>` : "";
  return `${title}<br><sub>${sub}</sub>${description}`;
}
function promptTitle(p) {
  const id = escapeInline(truncate(p.id, MAX_NAME_CHARS));
  return p.name && p.name !== p.id ? `${escapeInline(truncate(p.name, MAX_NAME_CHARS))} (${id})` : id;
}
function scoreDelta(p) {
  const delta = formatSigned(p.delta.score);
  const { method, pValue, significant } = p.significance;
  if (method === "none" || pValue === null || p.delta.score === null) return delta;
  return significant ? `**${delta}** (${formatPValue(pValue)})` : `${delta} (${formatPValue(pValue)}, n.s.)`;
}
var COUNTED = ["regressed", "fixed", "flaky", "errored", "new", "removed"];
function testCountsByPrompt(tests) {
  const byPrompt = /* @__PURE__ */ new Map();
  for (const t of tests) {
    if (!COUNTED.includes(t.change)) continue;
    const counts = byPrompt.get(t.promptId) ?? /* @__PURE__ */ new Map();
    counts.set(t.change, (counts.get(t.change) ?? 0) + 1);
    byPrompt.set(t.promptId, counts);
  }
  return byPrompt;
}
function testCounts(counts) {
  const parts = COUNTED.flatMap((change) => counts?.get(change) ? [`${formatCount(counts.get(change))} ${change}`] : []);
  return parts.length ? parts.join(", ") : UNKNOWN;
}

// src/report/markdown-header.ts
var MAX_NOTES = 10;
var MAX_SUMMARY_CHARS = 1e3;
var MAX_NOTE_CHARS = 500;
var MAX_DETAIL_CHARS = 120;
var ICON = { pass: "\u2705", regression: "\u274C", fail: "\u{1F7E0}", inconclusive: "\u26A0\uFE0F", skipped: "\u23ED\uFE0F", error: "\u{1F4A5}" };
function header(report, title, groups, budget) {
  const icon = report.overridden ? "\u2611\uFE0F" : ICON[report.verdict];
  const verdict = report.overridden ? `${report.verdict} (accepted by override)` : report.verdict;
  const short = `### ${icon} ${title}: ${verdict}`;
  const detail = verdictDetail(report, groups);
  const full = `${short} \u2014 ${detail}`;
  const first = [full, short, `### ${icon} ${verdict}`].find((line) => line.length <= budget);
  if (first === void 0) return "";
  const lines = [first];
  let size = first.length;
  const add = (line) => {
    if (size + 2 + line.length > budget) return;
    lines.push(line);
    size += 2 + line.length;
  };
  const gate = gateLine(report);
  if (gate) add(gate);
  const summary = escapeInline(truncate(withoutHostPaths(report.summary), MAX_SUMMARY_CHARS));
  const byId = verdictDetail(report, groups, (p) => escapeInline(truncate(p.id, MAX_DETAIL_CHARS)));
  const repeats = first === full && [detail, byId].some((d) => summary.includes(d) || d.includes(summary.replace(/\.$/, "")));
  if (summary && !repeats) add(summary);
  const notes = report.notes.slice(0, MAX_NOTES).map((n) => `- ${escapeInline(truncate(n, MAX_NOTE_CHARS))}`);
  if (report.notes.length > MAX_NOTES) notes.push(`- \u2026and ${plural(report.notes.length - MAX_NOTES, "more note")} (see report.json).`);
  if (notes.length) add(notes.join("\n"));
  return lines.join("\n\n");
}
function verdictDetail(report, groups, named = promptTitle) {
  const e = (text) => escapeInline(truncate(text, MAX_DETAIL_CHARS));
  switch (report.verdict) {
    case "regression": {
      const regressed = groups.get("regressed")?.length ?? 0;
      const where = names(report.prompts.filter((p) => p.regressed).map(named));
      return regressed ? `${plural(regressed, "test")} regressed in ${where}` : `score dropped in ${where}`;
    }
    case "pass": {
      const compared = report.tests.filter((t) => t.base && t.head).length;
      const fixed = groups.get("fixed")?.length ?? 0;
      return `no regression in ${plural(compared, "test")}${fixed ? `, ${formatCount(fixed)} fixed` : ""}`;
    }
    case "inconclusive": {
      const causes = report.providerErrors.slice(0, 2).map((p) => `${e(p.modelId)}: ${e(p.kind)} \xD7${formatCount(p.count)}`);
      const more = report.providerErrors.length > 2 ? ` and ${report.providerErrors.length - 2} more` : "";
      return causes.length ? `provider outage (${causes.join(", ")}${more}), not a regression` : "some tests could not be evaluated, not a regression";
    }
    case "skipped":
      return report.changedPrompts.length === 0 ? "no prompt changed" : "not evaluated";
    case "error": {
      const first = report.errors.find((p) => p.side === "head") ?? report.errors[0];
      return first ? `${e(problemLocation(first) || "a file")}: ${e(first.message)}` : "the comparison could not run";
    }
    case "fail":
      return e(withoutHostPaths(report.summary).replace(/\.$/, ""));
  }
}
function names(ids) {
  if (ids.length === 0) return "the changed prompts";
  return ids.length <= 2 ? ids.join(", ") : `${ids.slice(0, 2).join(", ")} and ${ids.length - 2} more prompts`;
}
function gateLine(report) {
  const o = report.override;
  if (report.overridden && o) {
    const accepted = report.tests.filter((t) => t.change === "regressed").map((t) => escapeInline(`${t.promptId} \u203A ${t.description ?? t.testId}`));
    const what = accepted.length ? `${plural(accepted.length, "regressed test")} (${names(accepted)})` : "this result";
    const why = o.reason ? ` Reason: ${escapeInline(truncate(o.reason, MAX_NOTE_CHARS))}` : "";
    return `**Accepted by ${inlineCode(`@${o.by}`)} (${escapeInline(o.role)}) at ${inlineCode(shortSha(o.headSha ?? ""))}:** ${what}. A new push needs a fresh acceptance.${why}`;
  }
  if (report.overridden) return "**Accepted by override:** a maintainer accepted this result for this head commit; a new push needs a fresh acceptance.";
  const overrideNote = o?.status === "refused" ? `The label ${inlineCode(o.label)} added by ${inlineCode(`@${o.by}`)} (${escapeInline(o.role)}) was ignored: accepting a regression needs the write, maintain or admin role.` : o?.status === "stale" ? `The acceptance by ${inlineCode(`@${o.by}`)}${o.headSha ? ` at ${inlineCode(shortSha(o.headSha))}` : ""} is stale: commits were pushed since, so the gate applies again. Remove and re-add ${inlineCode(o.label)} to accept this head.` : null;
  const line = gateLineFor(report);
  return overrideNote ? [line, overrideNote].filter(Boolean).join("\n\n") : line;
}
function gateLineFor(report) {
  if (!report.blocking) {
    const wouldBlock = report.verdict !== "pass" && report.verdict !== "skipped";
    return wouldBlock && report.gate.failOn === "never" ? "Not blocking: the gate is set to `failOn: never`." : null;
  }
  switch (report.verdict) {
    case "regression":
    case "fail":
      return "**Blocks merge.** Fix the prompt, or a maintainer can accept the change with the override label.";
    case "inconclusive":
      return "**Blocks merge** until the eval completes: re-run the check once the provider recovers.";
    case "error":
      return "**Blocks merge.** Fix the file below and push again.";
    default:
      return null;
  }
}

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    if (typeof options === "function") {
      callback = options;
      options = {};
    } else if ("callback" in options) {
      callback = options.callback;
    }
    const oldString = this.castInput(oldStr, options);
    const newString = this.castInput(newStr, options);
    const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
    const newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    const done = (value) => {
      value = this.postProcess(value, options);
      if (callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return void 0;
      } else {
        return value;
      }
    };
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let editLength = 1;
    let maxEditLength = newLen + oldLen;
    if (options.maxEditLength != null) {
      maxEditLength = Math.min(maxEditLength, options.maxEditLength);
    }
    const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
    const abortAfterTimestamp = Date.now() + maxExecutionTime;
    const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
    let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    }
    let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
    const execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath;
        const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        if (removePath) {
          bestPath[diagonalPath - 1] = void 0;
        }
        let canAdd = false;
        if (addPath) {
          const addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
          basePath = this.addToPath(addPath, true, false, 0, options);
        } else {
          basePath = this.addToPath(removePath, false, true, 1, options);
        }
        newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
        if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
        } else {
          bestPath[diagonalPath] = basePath;
          if (basePath.oldPos + 1 >= oldLen) {
            maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
          }
          if (newPos + 1 >= newLen) {
            minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
          }
        }
      }
      editLength++;
    };
    if (callback) {
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback(void 0);
          }
          if (!execEditLength()) {
            exec();
          }
        }, 0);
      })();
    } else {
      while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
        const ret = execEditLength();
        if (ret) {
          return ret;
        }
      }
    }
  }
  addToPath(path, added, removed, oldPosInc, options) {
    const last = path.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: 1, added, removed, previousComponent: last }
      };
    }
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
      newPos++;
      oldPos++;
      commonCount++;
      if (options.oneChangePerToken) {
        basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
      }
    }
    if (commonCount && !options.oneChangePerToken) {
      basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
    }
    basePath.oldPos = oldPos;
    return newPos;
  }
  equals(left, right, options) {
    if (options.comparator) {
      return options.comparator(left, right);
    } else {
      return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
    }
  }
  removeEmpty(array) {
    const ret = [];
    for (let i = 0; i < array.length; i++) {
      if (array[i]) {
        ret.push(array[i]);
      }
    }
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    const components = [];
    let nextComponent;
    while (lastComponent) {
      components.push(lastComponent);
      nextComponent = lastComponent.previousComponent;
      delete lastComponent.previousComponent;
      lastComponent = nextComponent;
    }
    components.reverse();
    const componentLen = components.length;
    let componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      const component = components[componentPos];
      if (!component.removed) {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i) {
            const oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          });
          component.value = this.join(value);
        } else {
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        }
        newPos += component.count;
        if (!component.added) {
          oldPos += component.count;
        }
      } else {
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
        oldPos += component.count;
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/util/string.js
function longestCommonPrefix(str1, str2) {
  let i;
  for (i = 0; i < str1.length && i < str2.length; i++) {
    if (str1[i] != str2[i]) {
      return str1.slice(0, i);
    }
  }
  return str1.slice(0, i);
}
function longestCommonSuffix(str1, str2) {
  let i;
  if (!str1 || !str2 || str1[str1.length - 1] != str2[str2.length - 1]) {
    return "";
  }
  for (i = 0; i < str1.length && i < str2.length; i++) {
    if (str1[str1.length - (i + 1)] != str2[str2.length - (i + 1)]) {
      return str1.slice(-i);
    }
  }
  return str1.slice(-i);
}
function replacePrefix(string, oldPrefix, newPrefix) {
  if (string.slice(0, oldPrefix.length) != oldPrefix) {
    throw Error(`string ${JSON.stringify(string)} doesn't start with prefix ${JSON.stringify(oldPrefix)}; this is a bug`);
  }
  return newPrefix + string.slice(oldPrefix.length);
}
function replaceSuffix(string, oldSuffix, newSuffix) {
  if (!oldSuffix) {
    return string + newSuffix;
  }
  if (string.slice(-oldSuffix.length) != oldSuffix) {
    throw Error(`string ${JSON.stringify(string)} doesn't end with suffix ${JSON.stringify(oldSuffix)}; this is a bug`);
  }
  return string.slice(0, -oldSuffix.length) + newSuffix;
}
function removePrefix(string, oldPrefix) {
  return replacePrefix(string, oldPrefix, "");
}
function removeSuffix(string, oldSuffix) {
  return replaceSuffix(string, oldSuffix, "");
}
function maximumOverlap(string1, string2) {
  return string2.slice(0, overlapCount(string1, string2));
}
function overlapCount(a, b) {
  let startA = 0;
  if (a.length > b.length) {
    startA = a.length - b.length;
  }
  let endB = b.length;
  if (a.length < b.length) {
    endB = a.length;
  }
  const map = Array(endB);
  let k = 0;
  map[0] = 0;
  for (let j = 1; j < endB; j++) {
    if (b[j] == b[k]) {
      map[j] = map[k];
    } else {
      map[j] = k;
    }
    while (k > 0 && b[j] != b[k]) {
      k = map[k];
    }
    if (b[j] == b[k]) {
      k++;
    }
  }
  k = 0;
  for (let i = startA; i < a.length; i++) {
    while (k > 0 && a[i] != b[k]) {
      k = map[k];
    }
    if (a[i] == b[k]) {
      k++;
    }
  }
  return k;
}
function segment(string, segmenter) {
  const parts = [];
  for (const segmentObj of Array.from(segmenter.segment(string))) {
    const segment2 = segmentObj.segment;
    if (parts.length && /\s/.test(parts[parts.length - 1]) && /\s/.test(segment2)) {
      parts[parts.length - 1] += segment2;
    } else {
      parts.push(segment2);
    }
  }
  return parts;
}
function trailingWs(string, segmenter) {
  if (segmenter) {
    return leadingAndTrailingWs(string, segmenter)[1];
  }
  let i;
  for (i = string.length - 1; i >= 0; i--) {
    if (!string[i].match(/\s/)) {
      break;
    }
  }
  return string.substring(i + 1);
}
function leadingWs(string, segmenter) {
  if (segmenter) {
    return leadingAndTrailingWs(string, segmenter)[0];
  }
  const match = string.match(/^\s*/);
  return match ? match[0] : "";
}
function leadingAndTrailingWs(string, segmenter) {
  if (!segmenter) {
    return [leadingWs(string), trailingWs(string)];
  }
  if (segmenter.resolvedOptions().granularity != "word") {
    throw new Error('The segmenter passed must have a granularity of "word"');
  }
  const segments = segment(string, segmenter);
  const firstSeg = segments[0];
  const lastSeg = segments[segments.length - 1];
  const head = /\s/.test(firstSeg) ? firstSeg : "";
  const tail = /\s/.test(lastSeg) ? lastSeg : "";
  return [head, tail];
}

// node_modules/diff/libesm/diff/word.js
var extendedWordChars = "a-zA-Z0-9_\\u{AD}\\u{C0}-\\u{D6}\\u{D8}-\\u{F6}\\u{F8}-\\u{2C6}\\u{2C8}-\\u{2D7}\\u{2DE}-\\u{2FF}\\u{1E00}-\\u{1EFF}";
var tokenizeIncludingWhitespace = new RegExp(`[${extendedWordChars}]+|\\s+|[^${extendedWordChars}]`, "ug");
var WordDiff = class extends Diff {
  equals(left, right, options) {
    if (options.ignoreCase) {
      left = left.toLowerCase();
      right = right.toLowerCase();
    }
    return left.trim() === right.trim();
  }
  tokenize(value, options = {}) {
    let parts;
    if (options.intlSegmenter) {
      const segmenter = options.intlSegmenter;
      if (segmenter.resolvedOptions().granularity != "word") {
        throw new Error('The segmenter passed must have a granularity of "word"');
      }
      parts = segment(value, segmenter);
    } else {
      parts = value.match(tokenizeIncludingWhitespace) || [];
    }
    const tokens = [];
    let prevPart = null;
    parts.forEach((part) => {
      if (/\s/.test(part)) {
        if (prevPart == null) {
          tokens.push(part);
        } else {
          tokens.push(tokens.pop() + part);
        }
      } else if (prevPart != null && /\s/.test(prevPart)) {
        if (tokens[tokens.length - 1] == prevPart) {
          tokens.push(tokens.pop() + part);
        } else {
          tokens.push(prevPart + part);
        }
      } else {
        tokens.push(part);
      }
      prevPart = part;
    });
    return tokens;
  }
  join(tokens) {
    return tokens.map((token, i) => {
      if (i == 0) {
        return token;
      } else {
        return token.replace(/^\s+/, "");
      }
    }).join("");
  }
  postProcess(changes, options) {
    if (!changes || options.oneChangePerToken) {
      return changes;
    }
    let lastKeep = null;
    let insertion = null;
    let deletion = null;
    changes.forEach((change) => {
      if (change.added) {
        insertion = change;
      } else if (change.removed) {
        deletion = change;
      } else {
        if (insertion || deletion) {
          dedupeWhitespaceInChangeObjects(lastKeep, deletion, insertion, change, options.intlSegmenter);
        }
        lastKeep = change;
        insertion = null;
        deletion = null;
      }
    });
    if (insertion || deletion) {
      dedupeWhitespaceInChangeObjects(lastKeep, deletion, insertion, null, options.intlSegmenter);
    }
    return changes;
  }
};
var wordDiff = new WordDiff();
function dedupeWhitespaceInChangeObjects(startKeep, deletion, insertion, endKeep, segmenter) {
  if (deletion && insertion) {
    const [oldWsPrefix, oldWsSuffix] = leadingAndTrailingWs(deletion.value, segmenter);
    const [newWsPrefix, newWsSuffix] = leadingAndTrailingWs(insertion.value, segmenter);
    if (startKeep) {
      const commonWsPrefix = longestCommonPrefix(oldWsPrefix, newWsPrefix);
      startKeep.value = replaceSuffix(startKeep.value, newWsPrefix, commonWsPrefix);
      deletion.value = removePrefix(deletion.value, commonWsPrefix);
      insertion.value = removePrefix(insertion.value, commonWsPrefix);
    }
    if (endKeep) {
      const commonWsSuffix = longestCommonSuffix(oldWsSuffix, newWsSuffix);
      endKeep.value = replacePrefix(endKeep.value, newWsSuffix, commonWsSuffix);
      deletion.value = removeSuffix(deletion.value, commonWsSuffix);
      insertion.value = removeSuffix(insertion.value, commonWsSuffix);
    }
  } else if (insertion) {
    if (startKeep) {
      const ws = leadingWs(insertion.value, segmenter);
      insertion.value = insertion.value.substring(ws.length);
    }
    if (endKeep) {
      const ws = leadingWs(endKeep.value, segmenter);
      endKeep.value = endKeep.value.substring(ws.length);
    }
  } else if (startKeep && endKeep) {
    const newWsFull = leadingWs(endKeep.value, segmenter), [delWsStart, delWsEnd] = leadingAndTrailingWs(deletion.value, segmenter);
    const newWsStart = longestCommonPrefix(newWsFull, delWsStart);
    deletion.value = removePrefix(deletion.value, newWsStart);
    const newWsEnd = longestCommonSuffix(removePrefix(newWsFull, newWsStart), delWsEnd);
    deletion.value = removeSuffix(deletion.value, newWsEnd);
    endKeep.value = replacePrefix(endKeep.value, newWsFull, newWsEnd);
    startKeep.value = replaceSuffix(startKeep.value, newWsFull, newWsFull.slice(0, newWsFull.length - newWsEnd.length));
  } else if (endKeep) {
    const endKeepWsPrefix = leadingWs(endKeep.value, segmenter);
    const deletionWsSuffix = trailingWs(deletion.value, segmenter);
    const overlap = maximumOverlap(deletionWsSuffix, endKeepWsPrefix);
    deletion.value = removeSuffix(deletion.value, overlap);
  } else if (startKeep) {
    const startKeepWsSuffix = trailingWs(startKeep.value, segmenter);
    const deletionWsPrefix = leadingWs(deletion.value, segmenter);
    const overlap = maximumOverlap(startKeepWsSuffix, deletionWsPrefix);
    deletion.value = removePrefix(deletion.value, overlap);
  }
}
var WordsWithSpaceDiff = class extends Diff {
  tokenize(value) {
    const regex = new RegExp(`(\\r?\\n)|[${extendedWordChars}]+|[^\\S\\n\\r]+|[^${extendedWordChars}]`, "ug");
    return value.match(regex) || [];
  }
};
var wordsWithSpaceDiff = new WordsWithSpaceDiff();
function diffWordsWithSpace(oldStr, newStr, options) {
  return wordsWithSpaceDiff.diff(oldStr, newStr, options);
}

// node_modules/diff/libesm/diff/line.js
var LineDiff = class extends Diff {
  constructor() {
    super(...arguments);
    this.tokenize = tokenize;
  }
  equals(left, right, options) {
    if (options.ignoreWhitespace) {
      if (!options.newlineIsToken || !left.includes("\n")) {
        left = left.trim();
      }
      if (!options.newlineIsToken || !right.includes("\n")) {
        right = right.trim();
      }
    } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
      if (left.endsWith("\n")) {
        left = left.slice(0, -1);
      }
      if (right.endsWith("\n")) {
        right = right.slice(0, -1);
      }
    }
    return super.equals(left, right, options);
  }
};
var lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  if (options.stripTrailingCr) {
    value = value.replace(/\r\n/g, "\n");
  }
  const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (let i = 0; i < linesAndNewlines.length; i++) {
    const line = linesAndNewlines[i];
    if (i % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}

// node_modules/diff/libesm/patch/create.js
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  let optionsObj;
  if (!options) {
    optionsObj = {};
  } else if (typeof options === "function") {
    optionsObj = { callback: options };
  } else {
    optionsObj = options;
  }
  if (typeof optionsObj.context === "undefined") {
    optionsObj.context = 4;
  }
  const context = optionsObj.context;
  if (optionsObj.newlineIsToken) {
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  }
  if (!optionsObj.callback) {
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  } else {
    const { callback } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff2) => {
      const patch = diffLinesResultToPatch(diff2);
      callback(patch);
    } }));
  }
  function diffLinesResultToPatch(diff2) {
    if (!diff2) {
      return;
    }
    diff2.push({ value: "", lines: [] });
    function contextLines(lines) {
      return lines.map(function(entry) {
        return " " + entry;
      });
    }
    const hunks = [];
    let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i = 0; i < diff2.length; i++) {
      const current = diff2[i], lines = current.lines || splitLines(current.value);
      current.lines = lines;
      if (current.added || current.removed) {
        if (!oldRangeStart) {
          const prev = diff2[i - 1];
          oldRangeStart = oldLine;
          newRangeStart = newLine;
          if (prev) {
            curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
            oldRangeStart -= curRange.length;
            newRangeStart -= curRange.length;
          }
        }
        for (const line of lines) {
          curRange.push((current.added ? "+" : "-") + line);
        }
        if (current.added) {
          newLine += lines.length;
        } else {
          oldLine += lines.length;
        }
      } else {
        if (oldRangeStart) {
          if (lines.length <= context * 2 && i < diff2.length - 2) {
            for (const line of contextLines(lines)) {
              curRange.push(line);
            }
          } else {
            const contextSize = Math.min(lines.length, context);
            for (const line of contextLines(lines.slice(0, contextSize))) {
              curRange.push(line);
            }
            const hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk);
            oldRangeStart = 0;
            newRangeStart = 0;
            curRange = [];
          }
        }
        oldLine += lines.length;
        newLine += lines.length;
      }
    }
    for (const hunk of hunks) {
      for (let i = 0; i < hunk.lines.length; i++) {
        if (hunk.lines[i].endsWith("\n")) {
          hunk.lines[i] = hunk.lines[i].slice(0, -1);
        } else {
          hunk.lines.splice(i + 1, 0, "\\ No newline at end of file");
          i++;
        }
      }
    }
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function splitLines(text) {
  const hasTrailingNl = text.endsWith("\n");
  const result = text.split("\n").map((line) => line + "\n");
  if (hasTrailingNl) {
    result.pop();
  } else {
    result.push(result.pop().slice(0, -1));
  }
  return result;
}

// src/report/prompt-diff.ts
var CONTEXT_LINES = 2;
var MAX_LINES = 150;
var SAME_TEXT_WINDOW = 60;
var MAX_RUN_CHARS = 1e3;
var MAX_WORD_EDITS = 3e3;
var SENTENCE_WORDS = 8;
var SENTENCE_CHARS = 40;
var NOTE_RESERVE = 120;
var LINE_BREAK = "&#10;";
function renderPromptDiff(baseText, headText, path, maxChars = 6e3) {
  if (baseText === null && headText === null) return truncate("_No content at either side._", maxChars);
  if (baseText === headText) return truncate("_Content unchanged._", maxChars);
  const base = baseText ?? "";
  const head = headText ?? "";
  if (baseText !== null && headText !== null && isProse(diffLines(base, head), path)) {
    const words = diffWordsWithSpace(base, head, { maxEditLength: MAX_WORD_EDITS });
    if (words) return renderWordDiff(words, maxChars);
  }
  return renderLineDiff(base, head, maxChars);
}
function isProse(lines, path) {
  const structured = /\.(ya?ml|json|prompty)$/i.test(path);
  const changed = lines.filter((c) => c.added || c.removed).flatMap((c) => c.value.split("\n")).map((line) => stripLineSyntax(line, structured)).filter((line) => line !== "");
  const sentences = changed.filter((line) => line.length >= SENTENCE_CHARS && line.split(/\s+/).length >= SENTENCE_WORDS);
  return changed.length > 0 && sentences.length * 2 >= changed.length;
}
function stripLineSyntax(line, structured) {
  const bare = line.trim().replace(/^(?:[-*+]|\d+[.)])\s+/, "");
  return structured ? bare.replace(/^["']?[\w.-]+["']?\s*:\s*[|>]?[-+]?\s*/, "").replace(/^["']|["'],?$/g, "") : bare;
}
function renderWordDiff(changes, maxChars) {
  const lines = splitIntoLines(changes);
  const changed = lines.map((line) => line.some((s) => s.kind !== "same"));
  const limit = maxChars - NOTE_RESERVE;
  const shown = [];
  let size = "<pre></pre>".length;
  let skipped = 0;
  let hidden = 0;
  const gap = () => skipped > 0 ? [`\u2026 ${plural(skipped, "unchanged line")} \u2026`] : [];
  const tryShow = (parts) => {
    const needed = parts.reduce((n, p) => n + p.length + LINE_BREAK.length, 0);
    if (shown.length + parts.length > MAX_LINES || size + needed > limit) return false;
    shown.push(...parts);
    size += needed;
    skipped = 0;
    return true;
  };
  for (let i = 0; i < lines.length; i++) {
    const nearChange = changed.slice(Math.max(0, i - CONTEXT_LINES), i + CONTEXT_LINES + 1).some(Boolean);
    if (!nearChange) skipped++;
    else if (hidden > 0 || !tryShow([...gap(), renderLine(lines[i])])) hidden += changed[i] ? 1 : 0;
  }
  if (hidden === 0) tryShow(gap());
  const body = shown.length ? `<pre>${shown.join(LINE_BREAK)}</pre>` : "";
  const note = hidden > 0 ? `
_\u2026 ${plural(hidden, "more changed line")} not shown (diff capped); see the file in the PR._` : "";
  return fit(body, note, maxChars);
}
function splitIntoLines(changes) {
  const lines = [[]];
  for (const change of changes) {
    const kind = change.added ? "ins" : change.removed ? "del" : "same";
    change.value.split("\n").forEach((piece, i) => {
      if (i > 0) lines.push([]);
      if (piece !== "") lines[lines.length - 1].push({ kind, text: piece });
    });
  }
  if (lines.length > 1 && lines[lines.length - 1].length === 0) lines.pop();
  return lines;
}
function renderLine(line) {
  const hasChange = line.some((s) => s.kind !== "same");
  return line.map((segment2, i) => {
    if (segment2.kind !== "same") return `<${segment2.kind}>${preContent(truncate(segment2.text, MAX_RUN_CHARS))}</${segment2.kind}>`;
    const text = hasChange ? shortenAroundChanges(segment2.text, i === 0, i === line.length - 1) : truncate(segment2.text, MAX_RUN_CHARS);
    return preContent(text);
  }).join("");
}
function shortenAroundChanges(text, isFirst, isLast) {
  if (text.length <= SAME_TEXT_WINDOW * 2 + 1) return text;
  const start = isFirst ? "" : safeSlice(text, SAME_TEXT_WINDOW);
  const end = isLast ? "" : safeTail(text, SAME_TEXT_WINDOW);
  return `${start}\u2026${end}`;
}
function safeTail(text, n) {
  const start = text.length - n;
  const code = text.charCodeAt(start);
  return text.slice(code >= 56320 && code <= 57343 ? start + 1 : start);
}
function renderLineDiff(base, head, maxChars) {
  const patch = structuredPatch("base", "head", base, head, "", "", { context: 3 });
  const lines = patch.hunks.flatMap((h) => [
    `@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`,
    ...h.lines.filter((l) => !l.startsWith("\\")).map((l) => breakCommentDelimiters(truncate(l, MAX_RUN_CHARS)))
  ]);
  const longestRun = Math.max(0, ...lines.map((l) => Math.max(0, ...(l.match(/`+/g) ?? []).map((r) => r.length))));
  const overhead = 2 * Math.max(3, longestRun + 1) + "diff".length + 2;
  const kept = [];
  let size = overhead;
  for (const line of lines) {
    if (kept.length >= MAX_LINES || size + line.length + 1 > maxChars - NOTE_RESERVE) break;
    kept.push(line);
    size += line.length + 1;
  }
  const left = lines.length - kept.length;
  const note = left > 0 ? `
_\u2026 ${formatCount(left)} more diff lines not shown (diff capped); see the file in the PR._` : "";
  return fit(kept.length > 0 ? codeBlock(kept.join("\n"), "diff") : "", note, maxChars);
}
function fit(body, note, maxChars) {
  const text = `${body}${note}`.replace(/^\n/, "");
  if (text.length <= maxChars) return text;
  return truncate("_Diff too large to show here; see the file in the PR._", maxChars);
}

// src/report/markdown-sections.ts
var MAX_PROBLEMS = 20;
var MAX_DIFFS = 20;
var MAX_DIFF_CHARS = 8e3;
function problemsSection(report, budget) {
  const parts = [];
  let left = budget;
  const add = (text) => {
    if (text === "") return;
    parts.push(text);
    left -= text.length + 2;
  };
  if (report.providerErrors.length) {
    add(
      fitItems({
        heading: "#### \u26A0\uFE0F Provider errors (not counted as failures)\n",
        items: report.providerErrors,
        render: providerErrorLine,
        budget: left,
        max: MAX_PROBLEMS,
        more: (n) => `\u2026and ${plural(n, "more provider error")} (see report.json).`
      })
    );
  }
  if (report.errors.length) {
    add(
      fitItems({
        heading: "#### \u{1F4A5} File problems\n",
        items: report.errors,
        render: fileProblemLine,
        budget: left - 2,
        max: MAX_PROBLEMS,
        more: (n) => `\u2026and ${plural(n, "more file problem")} (see report.json).`
      })
    );
  }
  return parts.join("\n\n");
}
function providerErrorLine(e) {
  return `- ${inlineCode(truncate(e.modelId, MAX_NAME_CHARS))} ${escapeInline(truncate(e.kind, 40))} \xD7${formatCount(e.count)} (${e.side}): ${escapeInline(truncate(withoutHostPaths(e.message), MAX_REASON_CHARS))}`;
}
function fileProblemLine(p) {
  const where = problemLocation(p);
  const hint = p.hint ? ` \u2014 ${escapeInline(truncate(withoutHostPaths(p.hint), MAX_REASON_CHARS))}` : "";
  return `- ${where ? `${inlineCode(truncate(where, MAX_NAME_CHARS * 2))} ` : ""}(${p.side}): ${escapeInline(truncate(withoutHostPaths(p.message), MAX_REASON_CHARS))}${hint}`;
}
function diffsSection(changed, budget, names2 = /* @__PURE__ */ new Map()) {
  if (changed.length === 0) return "";
  const heading = "#### Prompt changes\n";
  const perDiff = Math.min(MAX_DIFF_CHARS, Math.floor((budget - heading.length - 200) / Math.min(changed.length, MAX_DIFFS)) - 400);
  if (perDiff < 300) return "";
  return fitItems({
    heading,
    items: changed,
    render: (c) => diffDetails(c, perDiff, changed.length === 1, names2.get(c.id)),
    budget,
    max: MAX_DIFFS,
    more: (left) => `\u2026and ${plural(left, "more changed prompt")} (see the PR's files).`
  });
}
function diffDetails(c, diffBudget, open, name) {
  const path = c.previousPath && c.previousPath !== c.path ? `${c.previousPath} \u2192 ${c.path}` : c.path;
  const tokens = c.baseTokens !== null || c.headTokens !== null ? `, ${c.tokensEstimated ? "~" : ""}${formatTransition(c.baseTokens === null ? UNKNOWN : formatCount(c.baseTokens), c.headTokens === null ? UNKNOWN : formatCount(c.headTokens))} tokens` : "";
  const summary = `<b>${promptTitle({ id: c.id, name })}</b> \u2014 ${escapeInline(truncate(path, MAX_NAME_CHARS * 2))} (${c.status}${tokens})`;
  return `<details${open ? " open" : ""}><summary>${summary}</summary>

${renderPromptDiff(c.baseText, c.headText, c.path, diffBudget)}

</details>`;
}
var CHECK_ICON = { pass: "\u2705", warn: "\u26A0\uFE0F", fail: "\u274C", "n/a": "\u2796" };
function checklistSection(items, docsUrl, budget) {
  if (items.length === 0) return "";
  return fitItems({
    heading: "#### Readiness checklist\n\n| | check | evidence |\n| --- | --- | --- |",
    items,
    render: (item) => {
      const anchor = item.anchor.toLowerCase().replace(/[^a-z0-9-]/g, "");
      const title = `[${escapeInline(truncate(item.title, MAX_NAME_CHARS))}](${docsUrl}#checklist-${anchor})${item.required ? " (required)" : ""}`;
      return `| ${CHECK_ICON[item.status]} | ${title} | ${escapeInline(truncate(item.evidence, MAX_REASON_CHARS))} |`;
    },
    budget,
    max: items.length,
    more: (left) => `\u2026and ${plural(left, "more check")} (see report.json).`
  });
}
function growthSection(flags, budget) {
  return fitItems({
    heading: "#### \u{1F4C8} Prompt growth",
    items: flags,
    render: (g) => `- ${inlineCode(g.promptId)} grew ${Math.round(g.share * 100)}% (${formatCount(g.baseTokens)} \u2192 ${formatCount(g.headTokens)} tokens)` + (g.addedCostPer1kUsd === null ? "; its model is not priced." : `, adding ${formatUsd(g.addedCostPer1kUsd)} USD of input per 1,000 calls.`),
    budget,
    max: MAX_NAMES,
    more: (left) => `\u2026and ${plural(left, "more prompt")} (see report.json).`
  });
}
function reviewSampleSection(samples, budget) {
  if (samples.length === 0) return "";
  const perOutput = Math.max(200, Math.floor(budget / (samples.length + 1)) - 200);
  return fitItems({
    heading: `<details><summary>\u{1F9D1}\u200D\u2696\uFE0F ${plural(samples.length, "head output")} for human review (export more with <code>promptgate sample</code>)</summary>
`,
    items: samples,
    render: (r) => {
      const input = Object.entries(r.vars).map(([k, v]) => `${k}: ${v}`).join("\n");
      return `<p><b>${escapeInline(truncate(`${r.promptId} \u203A ${r.description ?? r.testId}`, MAX_NAME_CHARS))}</b> (${r.outcome})</p>
<pre>${preContent(truncate(input, MAX_REASON_CHARS))}</pre>
<pre>${preContent(truncate(r.output, perOutput))}</pre>`;
    },
    budget,
    max: samples.length,
    closing: "\n</details>",
    more: (left) => `\u2026and ${plural(left, "more sample")} (see report.json).`
  });
}

// src/report/markdown-tests.ts
var MAX_TEST_DETAILS = 20;
var MAX_OUTPUT_CHARS = 1500;
var MIN_OUTPUT_CHARS = 200;
var DETAILS_OVERHEAD = 450;
function testDetailsSection(group, kind, budget, labels = /* @__PURE__ */ new Map()) {
  if (group.length === 0) return "";
  const tests = [...group.filter((t) => !t.category), ...group.filter((t) => t.category)];
  const first = tests.slice(0, MAX_TEST_DETAILS);
  const reasons = first.reduce((n, t) => n + Math.min(t.base?.reason.length ?? 0, MAX_REASON_CHARS) + Math.min(t.head?.reason.length ?? 0, MAX_REASON_CHARS), 0);
  const forOutputs = (budget - first.length * DETAILS_OVERHEAD - reasons) / 1.1;
  const outputs = first.flatMap((t) => [t.base?.output.length ?? 0, t.head?.output.length ?? 0]);
  const outputCap = Math.max(MIN_OUTPUT_CHARS, Math.min(MAX_OUTPUT_CHARS, waterLevel(outputs, forOutputs)));
  const title = kind === "regressed" ? `#### \u274C Regressed tests (${formatCount(tests.length)})` : `#### \u2705 Fixed tests (${formatCount(tests.length)})`;
  return fitItems({
    heading: `${title}
`,
    items: tests,
    render: (t) => testDetails(t, kind, outputCap, labels),
    budget,
    max: MAX_TEST_DETAILS,
    more: (left) => `\u2026and ${plural(left, `more ${kind} test`)} (see report.json).`
  });
}
function waterLevel(lengths, total) {
  const sorted = [...lengths].sort((a, b) => a - b);
  let remaining = total;
  for (let i = 0; i < sorted.length; i++) {
    const level = remaining / (sorted.length - i);
    if (sorted[i] > level) return Math.floor(level);
    remaining -= sorted[i];
  }
  return Number.POSITIVE_INFINITY;
}
function testDetails(t, kind, outputCap, labels) {
  const icon = kind === "regressed" ? "\u274C" : "\u2705";
  const stats = `${sideLabel(t.base)} \u2192 ${sideLabel(t.head)}${confirmationNote(t)}`;
  const where = t.source ? `<sub>defined at ${inlineCode(`${t.source.file}${t.source.line ? `:${t.source.line}` : ""}`)}</sub>` : "";
  const sent = t.attack ? `<sub>built-in probe ${inlineCode(t.category ?? "")}, sent: ${inlineCode(truncate(t.attack, MAX_REASON_CHARS))}</sub>` : "";
  const cell = (side) => side ? `<pre>${preContent(truncate(side.output, outputCap))}</pre>` : "<i>not present</i>";
  const reason = (side) => side?.reason ? escapeInline(truncate(withoutHostPaths(side.reason), MAX_REASON_CHARS)) : "";
  const reasons = t.base?.reason || t.head?.reason ? `<tr><td>${reason(t.base)}</td><td>${reason(t.head)}</td></tr>` : "";
  return [
    `<details><summary>${icon} ${testName2(t, labels)} \u2014 ${stats}</summary>`,
    where,
    sent,
    "<table>",
    `<tr><th>base \xB7 ${sideLabel(t.base)}</th><th>head \xB7 ${sideLabel(t.head)}</th></tr>`,
    `<tr><td>${cell(t.base)}</td><td>${cell(t.head)}</td></tr>`,
    reasons,
    "</table>",
    "</details>"
  ].filter((line) => line !== "").join("\n");
}
function confirmationNote(t) {
  const c = t.confirmation;
  if (!c || c.state !== "confirmed" || c.pValue === null) return t.pValue === null ? "" : `, ${formatPValue(t.pValue)}`;
  return ` \xB7 confirmed on fresh samples ${c.base.passes}/${c.base.samples} \u2192 ${c.head.passes}/${c.head.samples}, ${formatPValue(c.pValue)} (needed < ${formatLevel(c.level)} with ${plural(c.family, "candidate")})`;
}
function formatLevel(level) {
  return level >= 1e-3 ? String(Number(level.toPrecision(2))) : level.toExponential(1);
}
function testName2(t, labels, max = MAX_NAME_CHARS) {
  return `${escapeInline(truncate(labels.get(t.promptId) ?? t.promptId, max))} \u203A ${escapeInline(truncate(t.description ?? t.testId, max))}`;
}
function sideLabel(side) {
  if (!side) return "absent";
  if (side.outcome === "errored") return `errored \xD7${side.errors}`;
  return `${side.outcome} ${side.passes}/${side.samples - side.errors}`;
}
function otherChangesSection(groups, budget, labels = /* @__PURE__ */ new Map()) {
  const kinds = ["flaky", "errored", "new", "removed"].filter((k) => (groups.get(k)?.length ?? 0) > 0);
  if (kinds.length === 0) return "";
  const counts = kinds.map((k) => `${formatCount(groups.get(k).length)} ${k}`).join(" \xB7 ");
  const lines = kinds.map((k) => {
    const tests = groups.get(k);
    const names2 = tests.slice(0, MAX_NAMES).map((t) => testName2(t, labels, MAX_NAME_CHARS / 2)).join(", ");
    const more = tests.length > MAX_NAMES ? ` \u2026and ${formatCount(tests.length - MAX_NAMES)} more` : "";
    const why = k === "flaky" ? " \u2014 their samples disagreed and no drop was confirmed, so they do not block" : "";
    return `<p><b>${k} (${formatCount(tests.length)})</b>${why}: ${names2}${more}</p>`;
  });
  return fitItems({
    heading: `<details><summary>Other test changes: ${counts}</summary>`,
    items: lines,
    render: (line) => line,
    budget,
    max: lines.length,
    closing: "\n</details>",
    more: (left) => `(${plural(left, "list")} left out to fit the comment; see report.json.)`
  });
}

// src/report/markdown.ts
var GITHUB_COMMENT_LIMIT = 65536;
var DEFAULT_DOCS_URL = "https://github.com/promptgate/promptgate/blob/main/README.md";
var MIN_CHARS = 200;
var SEPARATOR = "\n\n";
var FOOTER_RESERVE = 1e3;
function renderMarkdown(report, opts = {}) {
  const maxChars = opts.maxChars ?? GITHUB_COMMENT_LIMIT;
  if (!(maxChars >= MIN_CHARS)) throw new RangeError(`maxChars must be at least ${MIN_CHARS}, got ${maxChars}`);
  const title = escapeInline(truncate(opts.title ?? "promptgate", 60));
  const groups = groupByChange(report.tests);
  const labels = promptLabels(report.prompts);
  const scaled = (share) => Math.floor(maxChars * share);
  const has = (...changes) => changes.some((c) => groups.has(c));
  const sections = [
    { label: "verdict", present: true, priority: 0, cap: Math.max(scaled(0.1), MIN_CHARS), render: (b) => header(report, title, groups, b) },
    { label: "prompts table", present: report.prompts.length > 0, priority: 2, cap: scaled(0.25), render: (b) => promptsTable(report, b) },
    { label: "regressed tests", present: has("regressed"), priority: 3, cap: scaled(0.5), render: (b) => testDetailsSection(groups.get("regressed") ?? [], "regressed", b, labels) },
    { label: "fixed tests", present: has("fixed"), priority: 6, cap: scaled(0.25), render: (b) => testDetailsSection(groups.get("fixed") ?? [], "fixed", b, labels) },
    { label: "other test changes", present: has("flaky", "errored", "new", "removed"), priority: 5, cap: scaled(0.1), render: (b) => otherChangesSection(groups, b, labels) },
    {
      label: "provider errors and file problems",
      present: report.providerErrors.length + report.errors.length > 0,
      priority: 1,
      cap: scaled(0.15),
      render: (b) => problemsSection(report, b)
    },
    { label: "prompt growth", present: report.growth.length > 0, priority: 4, cap: scaled(0.05), render: (b) => growthSection(report.growth, b) },
    { label: "prompt diffs", present: report.changedPrompts.length > 0, priority: 7, cap: maxChars, render: (b) => diffsSection(report.changedPrompts, b, new Map(report.prompts.map((p) => [p.id, p.name]))) },
    { label: "review sample", present: report.reviewSample.length > 0, priority: 8, cap: scaled(0.15), render: (b) => reviewSampleSection(report.reviewSample, b) },
    {
      label: "checklist",
      present: report.checklist.length > 0,
      priority: 4,
      cap: scaled(0.1),
      render: (b) => checklistSection(report.checklist, opts.docsUrl ?? DEFAULT_DOCS_URL, b)
    }
  ];
  const footerBudget = Math.min(FOOTER_RESERVE, scaled(0.2));
  let remaining = maxChars - footerBudget;
  const rendered = /* @__PURE__ */ new Map();
  const dropped = [];
  for (const section of [...sections].sort((a, b) => a.priority - b.priority)) {
    const budget = Math.min(section.cap, remaining - SEPARATOR.length);
    const text = budget > 0 ? section.render(budget) : "";
    if (text === "" || text.length > budget) {
      if (section.present) dropped.push(section.label);
      continue;
    }
    rendered.set(section, text);
    remaining -= text.length + SEPARATOR.length;
  }
  const body = sections.flatMap((s) => rendered.get(s) ?? []);
  const foot = footer(report, dropped, remaining + footerBudget - SEPARATOR.length);
  return [...body, ...foot ? [foot] : []].join(SEPARATOR);
}
function groupByChange(tests) {
  const groups = /* @__PURE__ */ new Map();
  for (const t of tests) {
    const group = groups.get(t.change);
    if (group) group.push(t);
    else groups.set(t.change, [t]);
  }
  return groups;
}
function footer(report, dropped, budget) {
  const { stats } = report;
  const ref = (c) => `${escapeInline(truncate(c.ref, 40))} (${escapeInline(shortSha(c.sha))})`;
  const parts = [
    plural(stats.samples, "sample"),
    plural(stats.modelCalls, "model call"),
    `${formatCount(stats.cachedSamples)} cached`,
    ...stats.confirmation?.candidates ? [`${plural(stats.confirmation.samples, "call")} confirming ${plural(stats.confirmation.candidates, "candidate")} (${formatCount(stats.confirmation.confirmed)} confirmed)`] : stats.adaptiveSamples ? [`${formatCount(stats.adaptiveSamples)} adaptive`] : [],
    formatDuration(stats.durationMs),
    `base ${ref(report.base)}`,
    `head ${ref(report.head)}`,
    `merge base ${escapeInline(shortSha(report.mergeBase))}`
  ];
  const statsLine = `<sub>promptgate \xB7 ${parts.join(" \xB7 ")}</sub>`;
  const droppedLine = dropped.length ? `<sub>Left out to fit GitHub's comment limit: ${dropped.join(", ")}. The full results are in report.json.</sub>` : "";
  const both = [droppedLine, statsLine].filter(Boolean).join("<br>\n");
  if (both.length <= budget) return both;
  return droppedLine.length <= budget ? droppedLine : "";
}

export {
  screenTests,
  confirmTests,
  concludeComparison,
  materialiseModules,
  NO_CREDENTIALS,
  prepareComparison,
  compare,
  structuredPatch,
  withoutHostPaths,
  GITHUB_COMMENT_LIMIT,
  renderMarkdown
};
