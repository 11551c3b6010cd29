import { keyOf } from '../engine/types.js';
import type { PromptMessage, PromptTestCase } from '../prompts/model.js';
import { hashValue } from '../util/hash.js';
import { PARTIAL_KIND, PARTIAL_VERSION, partialRun, type PartialSample, type SampledPartial } from './partial.js';
import type { PromptPair } from './plan.js';
import { screenTests } from './conclude.js';
import { prepareComparison } from './prepare.js';
import type { CompareOptions } from './types.js';

/** Shard `index` of `total` (1-based), as the Action's `shard: i/n` input spells it. */
export interface Shard {
  index: number;
  total: number;
}

/** What a shard evaluated: the header of its partial report and its samples, one per test side. */
export interface ShardResult {
  header: SampledPartial;
  samples: PartialSample[];
}

/**
 * Evaluates one shard of a comparison: the same plan (and limits, checked on the whole plan) as
 * the unsharded run, then the screen of the tests the partition gives this shard (a test's base
 * and head are in one shard). Confirming candidates is left to the merge, which sees every
 * shard's screen and so corrects over the whole PR's candidates. Posts and concludes nothing.
 */
export async function evaluateShard(opts: CompareOptions, shard: Shard): Promise<ShardResult> {
  const prepared = await prepareComparison(opts);
  const header: SampledPartial = {
    kind: PARTIAL_KIND,
    schemaVersion: PARTIAL_VERSION,
    status: 'sampled',
    shard,
    baseRef: prepared.context.range.baseRef,
    headRef: prepared.context.range.headRef,
    ...prepared.inputs,
    plan: planDigest(prepared.pairs),
    stats: { durationMs: 0, modelCalls: 0, samples: 0, tests: 0 },
  };
  // Nothing to sample (no relevant change, missing credentials): the merge prepares the same
  // plan and reaches the same report.
  if (prepared.report) return { header: { ...header, unsampled: prepared.report.summary, stats: { ...header.stats, durationMs: Date.now() - prepared.started } }, samples: [] };
  const partition = partitionTests(prepared.pairs, shard.total, prepared.trusted.config.repeat);
  const mine = pairsOfShard(prepared.pairs, partition, shard.index);
  const screened = await screenTests(prepared, mine);
  const samples: PartialSample[] = [];
  const tests = new Set<string>();
  for (const pair of mine) {
    for (const test of pair.affectedTests) {
      for (const side of ['base', 'head'] as const) {
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

/** What every shard and the merge must agree on: each pair's versions, models and affected tests. */
export function planDigest(pairs: PromptPair[]): string {
  return hashValue(
    pairs.map((p) => [p.id, p.status, p.base?.prompt.version ?? null, p.base?.modelId ?? null, p.head?.prompt.version ?? null, p.head?.modelId ?? null, [...p.affectedTests].sort()]),
  );
}

/**
 * Which shard (1-based) evaluates each affected test, keyed by {@link keyOf}.
 *
 * Balanced by expected cost — samples × the characters sent (prompt messages and the test's
 * variables, on each side that runs) — with the longest-processing-time rule: the costliest
 * test goes to the least loaded shard. Ties break on the key, so every shard and the merge
 * compute the same partition from the same plan. A test's base and head samples are one item,
 * so confirmation (which draws fresh samples on both sides) stays inside one shard.
 */
export function partitionTests(pairs: PromptPair[], total: number, defaultRepeat: number): Map<string, number> {
  const items: { key: string; cost: number }[] = [];
  for (const pair of pairs) {
    // The sides that run, as the sampler decides: head where it exists, base only beside a head.
    const sides = (pair.head ? [pair.head, pair.base] : []).flatMap((side) =>
      side ? [{ chars: messageChars(side.prompt.messages), tests: new Map(side.tests.map((t) => [t.id, t])) }] : [],
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
  const load = new Array<number>(total).fill(0);
  const owner = new Map<string, number>();
  for (const item of items) {
    let least = 0;
    for (let s = 1; s < total; s++) if (load[s]! < load[least]!) least = s;
    load[least]! += item.cost;
    owner.set(item.key, least + 1);
  }
  return owner;
}

/** The pairs with only the affected tests `partition` gives to `shard`; pairs left with none are dropped. */
export function pairsOfShard(pairs: PromptPair[], partition: Map<string, number>, shard: number): PromptPair[] {
  return pairs
    .map((p) => ({ ...p, affectedTests: new Set([...p.affectedTests].filter((id) => partition.get(keyOf(p.id, id)) === shard)) }))
    .filter((p) => p.affectedTests.size > 0);
}

function messageChars(messages: PromptMessage[]): number {
  return messages.reduce((n, m) => n + m.content.length, 0);
}

function varChars(test: PromptTestCase): number {
  let n = 0;
  for (const value of Object.values(test.vars)) n += value.length;
  return n;
}
