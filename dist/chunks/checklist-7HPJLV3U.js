#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  countMessageTokens,
  countTokens,
  evaluateAssertions,
  keyOf,
  pLimit,
  parseModelRef,
  passRateOf,
  userControlledVariables
} from "./chunk-BGY524Z6.js";
import {
  formatCount,
  formatMs,
  formatPercent,
  formatUsd,
  plural,
  shortSha
} from "./chunk-NTTIUXQI.js";
import "./chunk-WKKOZ42H.js";
import "./chunk-S3IFKC6U.js";
import "./chunk-LH5RUYTT.js";
import "./chunk-WNENITHW.js";
import {
  UserError,
  describeError,
  formatLocation
} from "./chunk-BSE5VMI7.js";
import "./chunk-5HX2GR4K.js";

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
function nameList(names, max = 3) {
  const shown = names.slice(0, max).join(", ");
  return names.length > max ? `${shown} (+${names.length - max} more)` : shown;
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
      const names = unbounded.map((p) => `${p.prompt.id} (${userControlledVariables(p.prompt).join(", ")})`);
      notes.push({ status: "fail", text: `no maxInputTokens for user input: ${nameList(names)}` });
    }
    const bounded = withInput.filter((p) => p.prompt.meta.maxInputTokens !== void 0);
    const fits = await Promise.all(bounded.map(fitsWindow));
    const drills = await atLimitDrill(ctx, bounded);
    bounded.forEach((p, i) => {
      const [fit, drill] = [fits[i], drills[i]];
      notes.push({ status: worstStatus([fit, drill]), text: `${p.prompt.id}: ${fit.text}; ${drill.text}` });
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
var FALLBACK_DRILL_TESTS_PER_PROMPT = 50;
async function outageDrill(ctx, primary, prompts) {
  let total = 0;
  const jobs = prompts.flatMap((p) => {
    const tests = authoredTests(p).length > 0 ? authoredTests(p) : p.tests;
    total += tests.length;
    return spread(tests, FALLBACK_DRILL_TESTS_PER_PROMPT).map((test) => ({ prompt: p.prompt, modelId: p.modelId, test, samples: 1 }));
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
  const sampled = total > jobs.length ? ` (${jobs.length} of the ${total} tests, spread over each prompt's list)` : "";
  const text = `${drill}: ${results.length}/${results.length} tests answered by ${answeredBy.join(", ")}${sampled}; ${rates}`;
  return { status: fallbackRate !== null && primaryRate !== null && fallbackRate < primaryRate ? "warn" : "pass", text };
}
function primaryPassRate(ctx, jobs) {
  const compared = new Map(ctx.report.tests.map((t) => [keyOf(t.promptId, t.testId), t]));
  const heads = jobs.flatMap((job) => compared.get(keyOf(job.prompt.id, job.test.id))?.head ?? []);
  return passRateOf(heads.map((head) => ({ passes: head.passes, completed: head.samples })));
}
function spread(items, n) {
  if (items.length <= n) return items;
  return Array.from({ length: n }, (_, i) => items[Math.floor(i * items.length / n)]);
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
    const unfailing = changed.filter((p) => !authoredTests(p).some((t) => t.assert.some((a) => a.weight > 0))).map((p) => p.prompt.id);
    if (unfailing.length > 0) {
      return { status: "fail", evidence: `${unfailing.length} of ${plural(changed.length, "changed prompt")} without a test that can fail (none asserts anything): ${nameList(unfailing)}` };
    }
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
export {
  CHECKLIST,
  runChecklist
};
