import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mergeShards } from '../../src/compare/merge.js';
import { PARTIAL_VERSION, readPartials, serialisePartial, type FailedPartial } from '../../src/compare/partial.js';
import { compare } from '../../src/compare/compare.js';
import type { CompareOptions } from '../../src/compare/types.js';
import { evaluateShard } from '../../src/compare/shard.js';
import type { ComparisonReport } from '../../src/report/types.js';
import { LocalGitChanges } from '../../src/source/local-git.js';
import { TestRepo } from '../support/git-repo.js';
import { startModelServer, type ScriptedModelServer } from '../support/model-server.js';

const demo = fileURLToPath(new URL('../../fixtures/demo/', import.meta.url));
const read = (path: string) => readFileSync(`${demo}${path}`, 'utf8');

let server: ScriptedModelServer;
const cleanups: (() => void)[] = [];

beforeAll(async () => {
  server = await startModelServer();
});
afterAll(async () => {
  await server.close();
});
afterEach(() => {
  server.reset();
  for (const c of cleanups.splice(0)) c();
});

/** The demo repository with its PR (which deletes an injection defence) on branch `pr`. */
function demoPr(config?: (text: string) => string): TestRepo {
  const repo = new TestRepo().copy(`${demo}base`);
  cleanups.push(() => repo.cleanup());
  if (config) repo.write({ 'promptgate.yml': config(read('base/promptgate.yml')) });
  repo.commit('base');
  repo.branch('pr');
  repo.copy(`${demo}pr`).commit(read('pr.message'));
  return repo;
}

function options(repo: TestRepo): CompareOptions {
  return { source: new LocalGitChanges(repo.dir), root: repo.dir, base: 'main', head: 'HEAD', env: server.env(), noCache: true };
}

function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'promptgate-shards-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Runs every shard of `total` except `skip`, each writing its partial report into one directory. */
async function shardRun(repo: TestRepo, total: number, skip: number[] = []): Promise<string> {
  const dir = scratch();
  for (let index = 1; index <= total; index++) {
    if (skip.includes(index)) continue;
    const { header, samples } = await evaluateShard(options(repo), { index, total });
    writeFileSync(join(dir, `shard-${index}.ndjson`), serialisePartial(header, samples));
  }
  return dir;
}

async function merged(repo: TestRepo, dir: string): Promise<ComparisonReport> {
  const { base: _base, head: _head, ...rest } = options(repo);
  return mergeShards(rest, await readPartials(dir, 'reports'));
}

/**
 * A report.json without what differs between any two runs, sharded or not (README, "Sharding"):
 * timings — durations, latencies, and the latency quoted in the latency-and-cost checklist
 * item's evidence — and the merge's note naming its shards. Everything else — verdict, per-test
 * changes, p-values, intervals, confirmations, sample and call counts, prompt deltas — must match.
 */
function withoutRunSpecifics(report: ComparisonReport): unknown {
  return JSON.parse(JSON.stringify({ ...report, notes: report.notes.filter((n) => !/^merged from \d+ shards?$/.test(n)) }), (key, value: unknown) => {
    if (RUN_SPECIFIC.test(key)) return undefined;
    return typeof value === 'string' ? value.replace(/latency [\d.]+ m?s/g, 'latency (timing)') : value;
  });
}
const RUN_SPECIFIC = /^(durationMs|latency.*|p50.*|p95.*|ttft.*)$/i;

describe('shards merged into one verdict', () => {
  it("gives a 4-shard run's merged report.json the unsharded run's, statistics and all", async () => {
    const repo = demoPr();
    const { report: single } = await compare(options(repo));
    server.reset();
    const dir = await shardRun(repo, 4);
    const partials = await readPartials(dir, 'reports');
    // Each shard sampled a part, and every part is non-empty on this PR.
    expect(partials.map((p) => p.partial.status === 'sampled' && p.partial.stats.tests > 0)).toEqual([true, true, true, true]);
    const report = await merged(repo, dir);

    expect(single.verdict).toBe('regression');
    expect(single.tests.some((t) => t.confirmation?.state === 'confirmed')).toBe(true);
    expect(withoutRunSpecifics(report)).toEqual(withoutRunSpecifics(single));
    expect(report.notes).toContain('merged from 4 shards');
  }, 120_000);

  it('gives the same report.json when tests repeat', async () => {
    const repo = demoPr((c) => `${c}\nrepeat: 3\n`);
    const { report: single } = await compare(options(repo));
    server.reset();
    const report = await merged(repo, await shardRun(repo, 3));
    expect(single.tests.some((t) => t.adjustedPValue !== null)).toBe(true);
    expect(withoutRunSpecifics(report)).toEqual(withoutRunSpecifics(single));
  }, 120_000);

  it('calls the verdict inconclusive, naming the shard, when one is missing, never a pass', async () => {
    const repo = demoPr();
    const report = await merged(repo, await shardRun(repo, 4, [3]));
    expect(report.verdict).toBe('inconclusive');
    expect(report.blocking).toBe(true);
    expect(report.summary).toContain('shard 3/4 is missing');
  });

  it('names a shard that failed and the reason it gave', async () => {
    const repo = demoPr();
    const dir = await shardRun(repo, 2, [2]);
    const failed: FailedPartial = { kind: 'promptgate-partial-report', schemaVersion: PARTIAL_VERSION, status: 'failed', shard: { index: 2, total: 2 }, headSha: null, reason: 'the runner was lost' };
    writeFileSync(join(dir, 'shard-2.ndjson'), serialisePartial(failed));
    const report = await merged(repo, dir);
    expect(report.verdict).toBe('inconclusive');
    expect(report.summary).toContain('shard 2/2 failed: the runner was lost');
  });

  it('refuses shards of another head commit with a message that names the file', async () => {
    const repo = demoPr();
    const dir = await shardRun(repo, 2, [2]);
    repo.write({ 'prompts/support.prompt.yml': read('pr/prompts/support.prompt.yml').replace('Be friendly.', 'Be brief.') }).commit('another push');
    const later = await evaluateShard(options(repo), { index: 2, total: 2 });
    writeFileSync(join(dir, 'shard-2.ndjson'), serialisePartial(later.header, later.samples));
    const { base: _b, head: _h, ...rest } = options(repo);
    await expect(mergeShards({ ...rest, head: later.header.headSha }, await readPartials(dir, 'reports'))).rejects.toThrow(/shard-1\.ndjson \(shard 1\/2\) evaluated head [0-9a-f]{7}, but this merge is for [0-9a-f]{7}/);
  });

  it('refuses shards that ran with another config', async () => {
    const repo = demoPr();
    const dir = await shardRun(repo, 2);
    const { base: _b, head: _h, ...rest } = options(repo);
    await expect(mergeShards({ ...rest, configPath: 'ci/promptgate.yml' }, await readPartials(dir, 'reports'))).rejects.toThrow(/ran with another trusted config/);
  });

  it('never turns evaluated shards into a skip because the merge job lacks a provider key', async () => {
    const repo = demoPr();
    const dir = await shardRun(repo, 2);
    const { base: _b, head: _h, ...rest } = options(repo);
    const report = await mergeShards({ ...rest, requireCredentials: true, env: {} }, await readPartials(dir, 'reports'));
    expect(report.verdict).toBe('regression');
  });

  it('names shards that drew no samples for want of credentials, instead of passing', async () => {
    const repo = demoPr();
    const dir = scratch();
    for (const index of [1, 2]) {
      const { header, samples } = await evaluateShard({ ...options(repo), requireCredentials: true, env: {} }, { index, total: 2 });
      writeFileSync(join(dir, `shard-${index}.ndjson`), serialisePartial(header, samples));
    }
    const { base: _b, head: _h, ...rest } = options(repo);
    const report = await mergeShards({ ...rest, requireCredentials: true }, await readPartials(dir, 'reports'));
    expect(report.verdict).toBe('inconclusive');
    expect(report.summary).toMatch(/shard 1\/2 drew no samples: Not evaluated: no provider credentials/);
  });

  it('writes runs as a report shows them: the assertions that failed, no token counts or answering model', async () => {
    const dir = await shardRun(demoPr(), 1);
    const lines = readFileSync(join(dir, 'shard-1.ndjson'), 'utf8').trim().split('\n').slice(1);
    const runs = lines.flatMap((line) => (JSON.parse(line) as { runs: Record<string, unknown>[] }).runs);
    expect(runs.length).toBeGreaterThan(0);
    expect(runs.filter((r) => 'usage' in r || 'answeredBy' in r)).toEqual([]);
    const assertions = runs.flatMap((r) => r.assertions as { pass: boolean }[]);
    expect(assertions.length).toBeGreaterThan(0);
    expect(assertions.every((a) => !a.pass)).toBe(true);
  });

  it('refuses a partial report of another promptgate version, saying to run both with one version', async () => {
    const repo = demoPr();
    const dir = await shardRun(repo, 1);
    const [header, ...samples] = readFileSync(join(dir, 'shard-1.ndjson'), 'utf8').split('\n');
    writeFileSync(join(dir, 'shard-1.ndjson'), [JSON.stringify({ ...JSON.parse(header!), schemaVersion: PARTIAL_VERSION - 1 }), ...samples].join('\n'));
    await expect(readPartials(dir, 'reports')).rejects.toMatchObject({
      message: expect.stringMatching(/^shard-1\.ndjson:1: schemaVersion /),
      hint: `this promptgate merges partial reports of version ${PARTIAL_VERSION}; run the shards and the merge with the same promptgate version`,
    });
  });

  it('names the line of a sample that a shard cut short', async () => {
    const repo = demoPr();
    const dir = await shardRun(repo, 1);
    const lines = readFileSync(join(dir, 'shard-1.ndjson'), 'utf8').split('\n');
    writeFileSync(join(dir, 'shard-1.ndjson'), [...lines.slice(0, 2), lines[2]!.slice(0, 40)].join('\n'));
    await expect(merged(repo, dir)).rejects.toThrow(/^shard-1\.ndjson:3 is not valid JSON/);
  });

  it('calls a shard whose report lost a line inconclusive: a regressed test missing its base is not new, one missing its head no crash', async () => {
    const repo = demoPr();
    const dir = await shardRun(repo, 1);
    const [header, ...lines] = readFileSync(join(dir, 'shard-1.ndjson'), 'utf8').trimEnd().split('\n');
    const sample = (line: string) => JSON.parse(line) as { side: string; prompt: string; test: string };
    // The hand-written regression of the demo PR: its head fails where its base passed.
    const regressedBase = lines.findIndex((l) => sample(l).side === 'base' && sample(l).prompt === 'prompts/support' && !sample(l).test.startsWith('adv-'));
    for (const lost of [regressedBase, lines.length - 1]) {
      writeFileSync(join(dir, 'shard-1.ndjson'), [header, ...lines.filter((_, i) => i !== lost)].join('\n') + '\n');
      const report = await merged(repo, dir);
      expect(report.verdict).toBe('inconclusive');
      expect(report.summary).toMatch(/shard 1\/1 reported (\d+) of its \d+ test sides/);
      expect(report.tests.filter((t) => t.change === 'new')).toEqual([]);
    }
  });

  it('refuses a partial report that holds one test side twice', async () => {
    const repo = demoPr();
    const dir = await shardRun(repo, 1);
    const lines = readFileSync(join(dir, 'shard-1.ndjson'), 'utf8').trimEnd().split('\n');
    writeFileSync(join(dir, 'shard-1.ndjson'), [...lines, lines[1]].join('\n') + '\n');
    await expect(merged(repo, dir)).rejects.toThrow(/^shard-1\.ndjson holds the (base|head) samples of prompts\/\S+ twice$/);
  });

  it("reads a report in download-artifact's folder named after an artifact ending in .ndjson, and names a file it cannot read", async () => {
    const repo = demoPr();
    const dir = await shardRun(repo, 1);
    mkdirSync(join(dir, 'promptgate-shard-1.ndjson'));
    renameSync(join(dir, 'shard-1.ndjson'), join(dir, 'promptgate-shard-1.ndjson', 'partial-1-of-1.ndjson'));
    expect((await merged(repo, dir)).verdict).toBe('regression');
    symlinkSync(join(dir, 'gone.ndjson'), join(dir, 'broken.ndjson'));
    await expect(readPartials(dir, 'reports')).rejects.toThrow(/^cannot read broken\.ndjson \(ENOENT\)$/);
  });

  it('refuses a line whose runs are not the screen the plan draws: extra runs would pass for confirmation samples', async () => {
    const repo = demoPr();
    const dir = await shardRun(repo, 1);
    const [header, first, ...rest] = readFileSync(join(dir, 'shard-1.ndjson'), 'utf8').trimEnd().split('\n');
    const line = JSON.parse(first!) as { side: string; prompt: string; test: string; runs: { repeatIndex: number }[] };
    const fresh = Array.from({ length: 6 }, (_, i) => ({ ...line.runs[0]!, repeatIndex: i + 1 }));
    for (const runs of [[...line.runs, ...fresh], []]) {
      writeFileSync(join(dir, 'shard-1.ndjson'), [header, JSON.stringify({ ...line, runs }), ...rest].join('\n') + '\n');
      await expect(merged(repo, dir)).rejects.toThrow(`shard-1.ndjson holds ${runs.length} ${line.side} samples of ${line.prompt}#${line.test}, not the 1 of its screen (repeat indexes 0 to 0)`);
    }
  });

  it('refuses two reports that claim the same shard', async () => {
    const repo = demoPr();
    const dir = await shardRun(repo, 2, [2]);
    writeFileSync(join(dir, 'copy.ndjson'), readFileSync(join(dir, 'shard-1.ndjson')));
    await expect(merged(repo, dir)).rejects.toThrow(/shard-1\.ndjson and copy\.ndjson are both shard 1\/2/);
  });
});
