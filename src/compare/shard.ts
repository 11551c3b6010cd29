import { sha256 } from '../util/hash.js';
import type { PromptPair } from './plan.js';
import { keyOf } from './run.js';

/** Keeps the tests of one shard: a stable hash of prompt and test id, so shards never overlap. */
export function shardPairs(pairs: PromptPair[], shard: { index: number; total: number }, notes: string[]): PromptPair[] {
  let kept = 0;
  let all = 0;
  const out = pairs.map((p) => {
    const mine = new Set([...p.affectedTests].filter((id) => Number.parseInt(sha256(keyOf(p.id, id)).slice(0, 8), 16) % shard.total === shard.index - 1));
    kept += mine.size;
    all += p.affectedTests.size;
    return { ...p, affectedTests: mine };
  });
  notes.push(`shard ${shard.index}/${shard.total}: ${kept} of ${all} affected tests`);
  return out.filter((p) => p.affectedTests.size > 0);
}
