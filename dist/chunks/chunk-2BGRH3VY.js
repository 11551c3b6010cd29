#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  PARTIAL_KIND,
  PARTIAL_VERSION,
  partialRun
} from "./chunk-GWNQEOVN.js";
import {
  prepareComparison,
  screenTests
} from "./chunk-6MBK4DL2.js";
import {
  hashValue
} from "./chunk-WOUCLFMX.js";
import {
  keyOf
} from "./chunk-BGY524Z6.js";

// src/compare/shard.ts
async function evaluateShard(opts, shard) {
  const prepared = await prepareComparison(opts);
  const header = {
    kind: PARTIAL_KIND,
    schemaVersion: PARTIAL_VERSION,
    status: "sampled",
    shard,
    baseRef: prepared.context.range.baseRef,
    headRef: prepared.context.range.headRef,
    ...prepared.inputs,
    plan: planDigest(prepared.pairs),
    stats: { durationMs: 0, modelCalls: 0, samples: 0, tests: 0 }
  };
  if (prepared.report) return { header: { ...header, unsampled: prepared.report.summary, stats: { ...header.stats, durationMs: Date.now() - prepared.started } }, samples: [] };
  const partition = partitionTests(prepared.pairs, shard.total, prepared.trusted.config.repeat);
  const mine = pairsOfShard(prepared.pairs, partition, shard.index);
  const screened = await screenTests(prepared, mine);
  const samples = [];
  const tests = /* @__PURE__ */ new Set();
  for (const pair of mine) {
    for (const test of pair.affectedTests) {
      for (const side of ["base", "head"]) {
        const result = screened[side].get(keyOf(pair.id, test));
        if (!result) continue;
        samples.push({ side, prompt: pair.id, test, runs: result.runs.map(partialRun) });
        tests.add(keyOf(pair.id, test));
      }
    }
  }
  const drawn = samples.reduce((n, s) => n + s.runs.length, 0);
  header.stats = { durationMs: Date.now() - prepared.started, modelCalls: screened.modelCalls, samples: drawn, tests: tests.size };
  return { header, samples };
}
function planDigest(pairs) {
  return hashValue(
    pairs.map((p) => [p.id, p.status, p.base?.prompt.version ?? null, p.base?.modelId ?? null, p.head?.prompt.version ?? null, p.head?.modelId ?? null, [...p.affectedTests].sort()])
  );
}
function partitionTests(pairs, total, defaultRepeat) {
  const items = [];
  for (const pair of pairs) {
    const sides = (pair.head ? [pair.head, pair.base] : []).flatMap(
      (side) => side ? [{ chars: messageChars(side.prompt.messages), tests: new Map(side.tests.map((t) => [t.id, t])) }] : []
    );
    for (const id of pair.affectedTests) {
      let cost = 0;
      for (const side of sides) {
        const test = side.tests.get(id);
        if (test) cost += (test.repeat ?? defaultRepeat) * (side.chars + varChars(test));
      }
      items.push({ key: keyOf(pair.id, id), cost });
    }
  }
  items.sort((a, b) => b.cost - a.cost || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const load = new Array(total).fill(0);
  const owner = /* @__PURE__ */ new Map();
  for (const item of items) {
    let least = 0;
    for (let s = 1; s < total; s++) if (load[s] < load[least]) least = s;
    load[least] += item.cost;
    owner.set(item.key, least + 1);
  }
  return owner;
}
function pairsOfShard(pairs, partition, shard) {
  return pairs.map((p) => ({ ...p, affectedTests: new Set([...p.affectedTests].filter((id) => partition.get(keyOf(p.id, id)) === shard)) })).filter((p) => p.affectedTests.size > 0);
}
function messageChars(messages) {
  return messages.reduce((n, m) => n + m.content.length, 0);
}
function varChars(test) {
  let n = 0;
  for (const value of Object.values(test.vars)) n += value.length;
  return n;
}

export {
  evaluateShard,
  planDigest,
  partitionTests
};
