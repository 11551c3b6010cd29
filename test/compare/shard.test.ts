import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { loadSuite, type Suite } from '../../src/engine/suite.js';
import { planComparison, type PromptPair } from '../../src/compare/plan.js';
import { keyOf } from '../../src/engine/types.js';
import { pairsOfShard, partitionTests } from '../../src/compare/shard.js';
import type { FileSource } from '../../src/source/types.js';

/** Files held in memory: one side of a change. */
function files(entries: Record<string, string>): FileSource {
  return { label: 'memory', listFiles: async () => Object.keys(entries), readFile: async (path) => entries[path], sizeOf: async (path) => entries[path]?.length };
}

/** A prompt file with one test per question; `padding` makes the system prompt (and every call) longer. */
function promptFile(name: string, questions: string[], padding = 0): string {
  return `name: ${name}
model: openai/gpt-4o-mini
messages:
  - role: system
    content: "You answer questions about ${name}.${' Be precise.'.repeat(padding)}"
  - role: user
    content: "{{question}}"
testData:
${questions.map((q) => `  - question: "${q}"`).join('\n')}
evaluators:
  - name: answers
    string: { contains: "${name}" }
`;
}

async function suiteOf(entries: Record<string, string>): Promise<Suite> {
  // Without the generated probes, so the tests are exactly the ones written here.
  return loadSuite(files(entries), parseConfig('promptgate.yml', 'adversarial:\n  enabled: false\n'));
}

/** Every test of every prompt changed (the system prompt differs between base and head). */
async function changedPairs(prompts: Record<string, { questions: string[]; padding?: number }>): Promise<PromptPair[]> {
  const at = (edit: string) =>
    Object.fromEntries(Object.entries(prompts).map(([name, p]) => [`prompts/${name}.prompt.yml`, promptFile(name, p.questions, p.padding).replace('You answer', `${edit} answer`)]));
  const base = await suiteOf(at('You'));
  const head = await suiteOf(at('Please'));
  return planComparison(base, head, Object.keys(at('')).map((path) => ({ path, status: 'modified' as const })));
}

const questions = (n: number, prefix = 'q') => Array.from({ length: n }, (_, i) => `${prefix} ${i}: ${'why '.repeat(i % 7)}?`);

describe('the shard partition', () => {
  it('gives every affected test to exactly one shard, the same one on every computation', async () => {
    const pairs = await changedPairs({ billing: { questions: questions(40) }, shipping: { questions: questions(25) } });
    const first = partitionTests(pairs, 4, 1);
    const again = partitionTests(await changedPairs({ shipping: { questions: questions(25) }, billing: { questions: questions(40) } }), 4, 1);
    expect(first.size).toBe(65);
    expect([...first.entries()].sort()).toEqual([...again.entries()].sort());
    const shards = [1, 2, 3, 4].map((s) => pairsOfShard(pairs, first, s));
    const keys = shards.flatMap((ps) => ps.flatMap((p) => [...p.affectedTests].map((id) => keyOf(p.id, id))));
    expect(keys).toHaveLength(65);
    expect(new Set(keys).size).toBe(65);
  });

  it('keeps a test whole: its base and head samples are drawn in the shard that owns its key', async () => {
    const pairs = await changedPairs({ billing: { questions: questions(10) } });
    const partition = partitionTests(pairs, 3, 1);
    for (const s of [1, 2, 3]) {
      for (const pair of pairsOfShard(pairs, partition, s)) {
        // One pair object per shard carries both sides; its tests are exactly the shard's keys.
        expect(pair.base && pair.head).toBeTruthy();
        for (const id of pair.affectedTests) expect(partition.get(keyOf(pair.id, id))).toBe(s);
      }
    }
  });

  it('balances expected cost, not test counts: a prompt ten times longer weighs ten times more', async () => {
    const pairs = await changedPairs({ long: { questions: questions(6, 'l'), padding: 400 }, short: { questions: questions(80, 's') } });
    const partition = partitionTests(pairs, 4, 3);
    const cost = (pair: PromptPair) => pair.head!.prompt.messages.reduce((n, m) => n + m.content.length, 0);
    const load = [1, 2, 3, 4].map((s) => pairsOfShard(pairs, partition, s).reduce((n, p) => n + p.affectedTests.size * cost(p), 0));
    const counts = [1, 2, 3, 4].map((s) => pairsOfShard(pairs, partition, s).reduce((n, p) => n + p.affectedTests.size, 0));
    // The long prompt's tests spread over the shards first; the short ones fill the shards that have fewer.
    const longPerShard = [1, 2, 3, 4].map((s) => pairsOfShard(pairs, partition, s).find((p) => p.id === 'prompts/long')?.affectedTests.size ?? 0);
    expect([...longPerShard].sort()).toEqual([1, 1, 2, 2]);
    const fewer = [0, 1, 2, 3].filter((i) => longPerShard[i] === 1).reduce((n, i) => n + counts[i]!, 0);
    const more = [0, 1, 2, 3].filter((i) => longPerShard[i] === 2).reduce((n, i) => n + counts[i]!, 0);
    expect(fewer).toBeGreaterThan(4 * more);
    const longest = cost(pairs.find((p) => p.id === 'prompts/long')!);
    expect(Math.max(...load) - Math.min(...load)).toBeLessThanOrEqual(longest);
    expect(counts.reduce((a, b) => a + b)).toBe(86);
  });

  it('weighs repeats: a test sampled four times costs as much as four sampled once', async () => {
    const [pair] = await changedPairs({ billing: { questions: ['q 0', 'q 1', 'q 2', 'q 3', 'q 4'] } });
    const fourTimes = <T extends { tests: { id: string }[] }>(side: T): T => ({ ...side, tests: side.tests.map((t, i) => (i === 0 ? { ...t, repeat: 4 } : t)) });
    const weighted: PromptPair = { ...pair!, base: fourTimes(pair!.base!), head: fourTimes(pair!.head!) };
    const partition = partitionTests([weighted], 2, 1);
    const heavy = weighted.head!.tests[0]!.id;
    expect(partition.get(keyOf(pair!.id, heavy))).toBe(1);
    expect([...pair!.affectedTests].filter((id) => id !== heavy).map((id) => partition.get(keyOf(pair!.id, id)))).toEqual([2, 2, 2, 2]);
  });
});
