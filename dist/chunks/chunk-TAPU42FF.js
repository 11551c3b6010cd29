#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  partitionTests,
  planDigest
} from "./chunk-2BGRH3VY.js";
import {
  concludeComparison,
  confirmTests,
  countPromptTokens,
  prepareComparison
} from "./chunk-6MBK4DL2.js";
import {
  summarise
} from "./chunk-WOUCLFMX.js";
import {
  keyOf
} from "./chunk-BGY524Z6.js";
import {
  UserError
} from "./chunk-BSE5VMI7.js";

// src/compare/merge.ts
async function mergeShards(opts, files) {
  const { total, sampled, failed } = collectShards(files);
  const first = sampled[0]?.partial;
  const base = opts.base !== void 0 ? opts.base : first?.baseSha ?? null;
  const head = opts.head ?? first?.headSha;
  if (!head) throw new UserError(`no shard finished: ${failed.map((f) => `shard ${f.shard.index}/${total} failed: ${f.reason}`).join("; ")}`, { hint: "fix the failing shard jobs and re-run them" });
  let prepared = await prepareComparison({ ...opts, base, head });
  if (prepared.report && sampled.some((s) => s.partial.stats.samples > 0)) prepared = await prepareComparison({ ...opts, base, head, requireCredentials: false });
  const plan = planDigest(prepared.pairs);
  for (const { file, partial } of sampled) refuseOtherRuns(file, partial, prepared, plan);
  const absent = failed.map((f) => ({ index: f.shard.index, why: `failed: ${f.reason}` }));
  for (let i = 1; i <= total; i++) {
    if (!sampled.some((s) => s.partial.shard.index === i) && !failed.some((f) => f.shard.index === i)) absent.push({ index: i, why: "is missing (its job failed or its artifact was not uploaded)" });
  }
  const screened = { base: /* @__PURE__ */ new Map(), head: /* @__PURE__ */ new Map(), modelCalls: 0 };
  let pairs = prepared.pairs;
  if (!prepared.report) {
    await countPromptTokens(prepared.pairs);
    const partition = partitionTests(prepared.pairs, total, prepared.trusted.config.repeat);
    absent.push(...await collectSamples(sampled, prepared.pairs, partition, screened, prepared.trusted.config.repeat));
    const lacking = new Set(absent.map((a) => a.index));
    if (lacking.size) {
      pairs = pairs.map((p) => ({ ...p, affectedTests: new Set([...p.affectedTests].filter((id) => !lacking.has(partition.get(keyOf(p.id, id))))) })).filter((p) => p.affectedTests.size > 0 || p.status !== "unchanged");
    }
  }
  const concluded = prepared.report ?? await concludeComparison(prepared, await confirmTests(prepared, screened, pairs), pairs);
  const slowest = Math.max(0, ...sampled.map((s) => s.partial.stats.durationMs));
  const report = {
    ...concluded,
    // The shards resolved the refs the run was asked for; the merge was given their commits.
    base: { ref: first?.baseRef ?? concluded.base.ref, sha: concluded.base.sha },
    head: { ref: first?.headRef ?? concluded.head.ref, sha: concluded.head.sha },
    notes: [...concluded.notes, `merged from ${total} shard${total === 1 ? "" : "s"}`],
    stats: { ...concluded.stats, durationMs: slowest + (Date.now() - prepared.started) }
  };
  return absent.length ? inconclusiveFor(report, absent.sort((a, b) => a.index - b.index), total) : report;
}
function collectShards(files) {
  const total = files[0].partial.shard.total;
  const seen = /* @__PURE__ */ new Map();
  const sampled = [];
  const failed = [];
  for (const shardFile of files) {
    const { file, partial } = shardFile;
    if (partial.shard.total !== total) {
      throw new UserError(`${file} is shard ${partial.shard.index}/${partial.shard.total} but ${files[0].file} is one of ${total} shards`, { hint: "every shard of one run uses the same n in `shard: i/n`" });
    }
    const other = seen.get(partial.shard.index);
    if (other) throw new UserError(`${file} and ${other} are both shard ${partial.shard.index}/${total}`, { hint: "give each matrix job its own `shard: i/n`, and download only this run's artifacts" });
    seen.set(partial.shard.index, file);
    if (partial.status === "sampled") sampled.push({ ...shardFile, partial });
    else failed.push(partial);
  }
  return { total, sampled, failed };
}
function refuseOtherRuns(file, partial, prepared, plan) {
  const name = `${file} (shard ${partial.shard.index}/${partial.shard.total})`;
  const expected = prepared.inputs;
  for (const field of ["headSha", "baseSha", "mergeBaseSha"]) {
    if (partial[field] !== expected[field]) {
      throw new UserError(`${name} evaluated ${field.replace("Sha", "")} ${partial[field].slice(0, 7)}, but this merge is for ${expected[field].slice(0, 7)}`, {
        hint: "merge only the shards of one workflow run (the same commits)"
      });
    }
  }
  if (partial.configHash !== expected.configHash) {
    throw new UserError(`${name} ran with another trusted config (hash ${partial.configHash.slice(0, 12)}, here ${expected.configHash.slice(0, 12)})`, {
      hint: "shards and the merge must use the same config path, trust and gate inputs"
    });
  }
  if (partial.plan !== plan) {
    throw new UserError(`${name} planned other prompts or tests than this merge does`, { hint: "shards and the merge must run the same promptgate version" });
  }
}
async function collectSamples(sampled, pairs, partition, into, repeat) {
  const byId = new Map(pairs.map((p) => [p.id, { pair: p, base: testsById(p.base), head: testsById(p.head) }]));
  const expected = expectedTests(byId, partition);
  const incomplete = [];
  const shared = sharedTexts();
  for (const { file, partial, samples } of sampled) {
    const seen = { base: /* @__PURE__ */ new Set(), head: /* @__PURE__ */ new Set() };
    for await (const chunk of samples()) {
      for (const s of chunk) {
        const key = shared(keyOf(s.prompt, s.test));
        const entry = byId.get(s.prompt);
        const side = entry?.pair[s.side];
        const test = entry?.[s.side].get(s.test);
        if (!side || !test || partition.get(key) !== partial.shard.index) throw foreignSample(file, partial, s);
        if (seen[s.side].has(key)) throw repeatedSample(file, partial, s);
        for (const run of s.runs) shareTexts(run, shared);
        const result = summarise({ prompt: side.prompt, test, modelId: side.modelId }, s.runs);
        if (!isScreen(result.runs, test.repeat ?? repeat)) throw notTheScreen(file, partial, s, test.repeat ?? repeat);
        into[s.side].set(key, result);
        seen[s.side].add(key);
      }
    }
    into.modelCalls += partial.stats.modelCalls;
    const want = expected.get(partial.shard.index) ?? 0;
    const sides = seen.base.size + seen.head.size;
    if (sides < want) incomplete.push({ index: partial.shard.index, why: partial.unsampled ? `drew no samples: ${partial.unsampled}` : `reported ${sides} of its ${want} test sides (base and head count apiece): its report was cut short` });
  }
  return incomplete;
}
function sharedTexts() {
  const texts = /* @__PURE__ */ new Map();
  return (text) => {
    const known = texts.get(text);
    if (known !== void 0) return known;
    texts.set(text, text);
    return text;
  };
}
function shareTexts(run, shared) {
  run.output = shared(run.output);
  for (const a of run.assertions) {
    a.type = shared(a.type);
    a.name = shared(a.name);
    a.reason = shared(a.reason);
  }
  if (run.error) run.error = { ...run.error, modelId: shared(run.error.modelId), message: shared(run.error.message) };
}
function foreignSample(file, partial, s) {
  return new UserError(`${file} holds samples of ${s.prompt}#${s.test} that shard ${partial.shard.index}/${partial.shard.total} does not evaluate in this plan`, {
    hint: "shards and the merge must run the same promptgate version on the same commits"
  });
}
function isScreen(sorted, size) {
  return sorted.length === size && sorted.every((r, i) => r.repeatIndex === i);
}
function notTheScreen(file, partial, s, size) {
  return new UserError(`${file} holds ${s.runs.length} ${s.side} samples of ${s.prompt}#${s.test}, not the ${size} of its screen (repeat indexes 0 to ${size - 1})`, {
    hint: `re-run shard ${partial.shard.index}/${partial.shard.total} with the same promptgate version and config as the merge`
  });
}
function repeatedSample(file, partial, s) {
  return new UserError(`${file} holds the ${s.side} samples of ${s.prompt}#${s.test} twice`, { hint: `re-run shard ${partial.shard.index}/${partial.shard.total}: a shard writes each test side once` });
}
function expectedTests(byId, partition) {
  const counts = /* @__PURE__ */ new Map();
  for (const { pair, base, head } of byId.values()) {
    if (!pair.head) continue;
    for (const id of pair.affectedTests) {
      const sides = Number(base.has(id)) + Number(head.has(id));
      if (sides === 0) continue;
      const shard = partition.get(keyOf(pair.id, id));
      counts.set(shard, (counts.get(shard) ?? 0) + sides);
    }
  }
  return counts;
}
function testsById(side) {
  return new Map((side?.tests ?? []).map((t) => [t.id, t]));
}
function inconclusiveFor(report, absent, total) {
  if (report.verdict === "error") return report;
  const named = absent.map((a) => `shard ${a.index}/${total} ${a.why}`).join("; ");
  return {
    ...report,
    verdict: "inconclusive",
    blocking: report.gate.failOn !== "never",
    summary: `Not every shard reported, so the PR's tests were not all evaluated: ${named}. Among the tests that were: ${report.summary}`,
    notes: [...report.notes, `incomplete merge: ${named}`]
  };
}

export {
  mergeShards
};
