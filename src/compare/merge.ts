import { summarise } from '../engine/run-jobs.js';
import { keyOf } from '../engine/types.js';
import type { ComparisonReport } from '../report/types.js';
import { UserError } from '../util/errors.js';
import type { FailedPartial, PartialFile, PartialRun, PartialSample, SampledPartial } from './partial.js';
import type { PromptTestCase } from '../prompts/model.js';
import type { PromptPair } from './plan.js';
import { concludeComparison, confirmTests } from './conclude.js';
import { prepareComparison } from './prepare.js';
import { countPromptTokens } from './prompt-tokens.js';
import type { CompareOptions, PreparedComparison, Screened } from './types.js';
import { partitionTests, planDigest } from './shard.js';

/** Merge options: a comparison's, with base and head taken from the shards when not given. */
export type MergeOptions = Omit<CompareOptions, 'base' | 'head' | 'reuse'> & { base?: string | null; head?: string };

/** A shard whose samples the merge lacks, and why. */
interface AbsentShard {
  index: number;
  why: string;
}

/**
 * One verdict from the partial reports of all shards. The merge prepares the comparison as the
 * unsharded run does (it needs the checkout for the checklist anyway), checks every shard drew
 * from that same plan, folds all shards' screens, confirms the candidates among them on fresh
 * samples and concludes with the same functions — so the confirmation and correction over all
 * the PR's tests, the prompt deltas, the checklist and the verdict are those of one run. A
 * failed or missing shard makes the verdict `inconclusive`, naming the shard.
 */
export async function mergeShards(opts: MergeOptions, files: PartialFile[]): Promise<ComparisonReport> {
  const { total, sampled, failed } = collectShards(files);
  const first = sampled[0]?.partial;
  const base = opts.base !== undefined ? opts.base : (first?.baseSha ?? null);
  const head = opts.head ?? first?.headSha;
  if (!head) throw new UserError(`no shard finished: ${failed.map((f) => `shard ${f.shard.index}/${total} failed: ${f.reason}`).join('; ')}`, { hint: 'fix the failing shard jobs and re-run them' });
  let prepared = await prepareComparison({ ...opts, base, head });
  // The shards' samples decide, not the merge job's own credentials: a merge job missing a key
  // must not turn evaluated shards into a skip (its checklist drills say what is missing).
  if (prepared.report && sampled.some((s) => s.partial.stats.samples > 0)) prepared = await prepareComparison({ ...opts, base, head, requireCredentials: false });
  const plan = planDigest(prepared.pairs);
  for (const { file, partial } of sampled) refuseOtherRuns(file, partial, prepared, plan);

  const absent: AbsentShard[] = failed.map((f) => ({ index: f.shard.index, why: `failed: ${f.reason}` }));
  for (let i = 1; i <= total; i++) {
    if (!sampled.some((s) => s.partial.shard.index === i) && !failed.some((f) => f.shard.index === i)) absent.push({ index: i, why: 'is missing (its job failed or its artifact was not uploaded)' });
  }
  const screened: Screened = { base: new Map(), head: new Map(), modelCalls: 0 };
  let pairs = prepared.pairs;
  if (!prepared.report) {
    // The tokenizer's table comes and goes now, before the samples fill memory (prompt-tokens.ts):
    // loaded beside the first samples it raised the peak by 10-35 MB and cost CPU, saving no time.
    await countPromptTokens(prepared.pairs);
    const partition = partitionTests(prepared.pairs, total, prepared.trusted.config.repeat);
    absent.push(...(await collectSamples(sampled, prepared.pairs, partition, screened, prepared.trusted.config.repeat)));
    const lacking = new Set(absent.map((a) => a.index));
    // Tests of an absent shard are left out rather than shown as new or removed.
    if (lacking.size) {
      pairs = pairs
        .map((p) => ({ ...p, affectedTests: new Set([...p.affectedTests].filter((id) => !lacking.has(partition.get(keyOf(p.id, id))!))) }))
        .filter((p) => p.affectedTests.size > 0 || p.status !== 'unchanged');
    }
  }
  const concluded = prepared.report ?? (await concludeComparison(prepared, await confirmTests(prepared, screened, pairs), pairs));
  const slowest = Math.max(0, ...sampled.map((s) => s.partial.stats.durationMs));
  const report: ComparisonReport = {
    ...concluded,
    // The shards resolved the refs the run was asked for; the merge was given their commits.
    base: { ref: first?.baseRef ?? concluded.base.ref, sha: concluded.base.sha },
    head: { ref: first?.headRef ?? concluded.head.ref, sha: concluded.head.sha },
    notes: [...concluded.notes, `merged from ${total} shard${total === 1 ? '' : 's'}`],
    stats: { ...concluded.stats, durationMs: slowest + (Date.now() - prepared.started) },
  };
  return absent.length ? inconclusiveFor(report, absent.sort((a, b) => a.index - b.index), total) : report;
}

/** The shards by index: one total, one file per shard. */
/** A shard's partial report that drew samples. */
type SampledFile = PartialFile & { partial: SampledPartial };

function collectShards(files: PartialFile[]): { total: number; sampled: SampledFile[]; failed: FailedPartial[] } {
  const total = files[0]!.partial.shard.total;
  const seen = new Map<number, string>();
  const sampled: SampledFile[] = [];
  const failed: FailedPartial[] = [];
  for (const shardFile of files) {
    const { file, partial } = shardFile;
    if (partial.shard.total !== total) {
      throw new UserError(`${file} is shard ${partial.shard.index}/${partial.shard.total} but ${files[0]!.file} is one of ${total} shards`, { hint: 'every shard of one run uses the same n in `shard: i/n`' });
    }
    const other = seen.get(partial.shard.index);
    if (other) throw new UserError(`${file} and ${other} are both shard ${partial.shard.index}/${total}`, { hint: 'give each matrix job its own `shard: i/n`, and download only this run\'s artifacts' });
    seen.set(partial.shard.index, file);
    if (partial.status === 'sampled') sampled.push({ ...shardFile, partial });
    else failed.push(partial);
  }
  return { total, sampled, failed };
}

/** Shards of other commits, configs or plans cannot be merged: the result would be of no one run. */
function refuseOtherRuns(file: string, partial: SampledPartial, prepared: PreparedComparison, plan: string): void {
  const name = `${file} (shard ${partial.shard.index}/${partial.shard.total})`;
  const expected = prepared.inputs;
  for (const field of ['headSha', 'baseSha', 'mergeBaseSha'] as const) {
    if (partial[field] !== expected[field]) {
      throw new UserError(`${name} evaluated ${field.replace('Sha', '')} ${partial[field].slice(0, 7)}, but this merge is for ${expected[field].slice(0, 7)}`, {
        hint: 'merge only the shards of one workflow run (the same commits)',
      });
    }
  }
  if (partial.configHash !== expected.configHash) {
    throw new UserError(`${name} ran with another trusted config (hash ${partial.configHash.slice(0, 12)}, here ${expected.configHash.slice(0, 12)})`, {
      hint: 'shards and the merge must use the same config path, trust and gate inputs',
    });
  }
  if (partial.plan !== plan) {
    throw new UserError(`${name} planned other prompts or tests than this merge does`, { hint: 'shards and the merge must run the same promptgate version' });
  }
}

/**
 * Folds each shard's runs into results with the engine's own `summarise`, a line at a time,
 * checking every test came from the shard the partition gives it. Returns the shards that lack
 * some of their test sides: a test with only its head sampled would read as new (a regression
 * passing unseen), and one with only its base could not be judged at all.
 */
async function collectSamples(sampled: SampledFile[], pairs: PromptPair[], partition: Map<string, number>, into: Screened, repeat: number): Promise<AbsentShard[]> {
  const byId: Map<string, PairTests> = new Map(pairs.map((p) => [p.id, { pair: p, base: testsById(p.base), head: testsById(p.head) }]));
  const expected = expectedTests(byId, partition);
  const incomplete: AbsentShard[] = [];
  const shared = sharedTexts();
  for (const { file, partial, samples } of sampled) {
    // Per side, the keys already read (the shared key strings: no new text per line).
    const seen = { base: new Set<string>(), head: new Set<string>() };
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

/**
 * One copy of each text: every line of a partial report is parsed into strings of its own, yet
 * samples repeat the same few texts thousands of times (assertion names and reasons, a test's key
 * at base and at head, and often the same output at both sides).
 */
function sharedTexts(): (text: string) => string {
  const texts = new Map<string, string>();
  return (text) => {
    const known = texts.get(text);
    if (known !== undefined) return known;
    texts.set(text, text);
    return text;
  };
}

function shareTexts(run: PartialRun, shared: (text: string) => string): void {
  run.output = shared(run.output);
  for (const a of run.assertions) {
    a.type = shared(a.type);
    a.name = shared(a.name);
    a.reason = shared(a.reason);
  }
  if (run.error) run.error = { ...run.error, modelId: shared(run.error.modelId), message: shared(run.error.message) };
}

function foreignSample(file: string, partial: SampledPartial, s: PartialSample): UserError {
  return new UserError(`${file} holds samples of ${s.prompt}#${s.test} that shard ${partial.shard.index}/${partial.shard.total} does not evaluate in this plan`, {
    hint: 'shards and the merge must run the same promptgate version on the same commits',
  });
}

/**
 * Whether runs sorted by repeat index are exactly a screen of `size` samples (indexes 0 … size − 1): the merge
 * takes runs from later indexes as confirmation's fresh samples, so an edited line could
 * otherwise confirm or dismiss a candidate no sample was drawn for.
 */
function isScreen(sorted: readonly { repeatIndex: number }[], size: number): boolean {
  return sorted.length === size && sorted.every((r, i) => r.repeatIndex === i);
}

function notTheScreen(file: string, partial: SampledPartial, s: PartialSample, size: number): UserError {
  return new UserError(`${file} holds ${s.runs.length} ${s.side} samples of ${s.prompt}#${s.test}, not the ${size} of its screen (repeat indexes 0 to ${size - 1})`, {
    hint: `re-run shard ${partial.shard.index}/${partial.shard.total} with the same promptgate version and config as the merge`,
  });
}

function repeatedSample(file: string, partial: SampledPartial, s: PartialSample): UserError {
  return new UserError(`${file} holds the ${s.side} samples of ${s.prompt}#${s.test} twice`, { hint: `re-run shard ${partial.shard.index}/${partial.shard.total}: a shard writes each test side once` });
}

/** How many sampled test sides each shard owes: each side a test runs on (a deleted prompt's run on none), as the sampler's `jobsOf` decides. */
function expectedTests(byId: Map<string, PairTests>, partition: Map<string, number>): Map<number, number> {
  const counts = new Map<number, number>();
  for (const { pair, base, head } of byId.values()) {
    if (!pair.head) continue;
    for (const id of pair.affectedTests) {
      const sides = Number(base.has(id)) + Number(head.has(id));
      if (sides === 0) continue;
      const shard = partition.get(keyOf(pair.id, id))!;
      counts.set(shard, (counts.get(shard) ?? 0) + sides);
    }
  }
  return counts;
}

/** A pair with each side's tests by id. */
interface PairTests {
  pair: PromptPair;
  base: Map<string, PromptTestCase>;
  head: Map<string, PromptTestCase>;
}

function testsById(side: PromptPair['base']): Map<string, PromptTestCase> {
  return new Map((side?.tests ?? []).map((t) => [t.id, t]));
}

/** Without every shard's samples there is no verdict to give: never a pass, and the shards are named. */
function inconclusiveFor(report: ComparisonReport, absent: AbsentShard[], total: number): ComparisonReport {
  if (report.verdict === 'error') return report;
  const named = absent.map((a) => `shard ${a.index}/${total} ${a.why}`).join('; ');
  return {
    ...report,
    verdict: 'inconclusive',
    blocking: report.gate.failOn !== 'never',
    summary: `Not every shard reported, so the PR's tests were not all evaluated: ${named}. Among the tests that were: ${report.summary}`,
    notes: [...report.notes, `incomplete merge: ${named}`],
  };
}
