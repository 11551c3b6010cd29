import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mergeShards } from '../../src/compare/merge.js';
import { readPartials, type PartialReport } from '../../src/compare/partial.js';
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
    const partial = await evaluateShard(options(repo), { index, total });
    writeFileSync(join(dir, `shard-${index}.json`), JSON.stringify(partial));
  }
  return dir;
}

async function merged(repo: TestRepo, dir: string): Promise<ComparisonReport> {
  const { base: _base, head: _head, ...rest } = options(repo);
  return mergeShards(rest, await readPartials(dir, 'reports'));
}

/**
 * What a sharded run must decide as one run does: the verdict and each test's change and
 * confirmation outcome. Confirmation levels differ by design (each shard corrects over its own
 * candidates at alpha/n), so fresh-sample counts and p-values may too.
 */
function decisions(report: ComparisonReport) {
  return {
    verdict: report.verdict,
    blocking: report.blocking,
    changedPrompts: report.changedPrompts,
    tests: report.tests.map((t) => [t.promptId, t.testId, t.change, t.confirmation?.direction ?? null, t.confirmation?.state ?? null]),
  };
}

/** Every confirmation in a shard faced alpha/n over its shard's candidates: level × family × n is the one-run level × family. */
function expectUnionBound(report: ComparisonReport, single: ComparisonReport, shards: number): void {
  const budget = single.tests.flatMap((t) => (t.confirmation ? [t.confirmation.level * t.confirmation.family] : []));
  expect(budget.length).toBeGreaterThan(0);
  const confirmations = report.tests.flatMap((t) => (t.confirmation ? [t.confirmation] : []));
  expect(confirmations.length).toBe(budget.length);
  for (const c of confirmations) {
    expect(c.family).toBeLessThanOrEqual(budget.length);
    expect(c.level * c.family * shards).toBeCloseTo(budget[0]!, 12);
  }
}

describe('shards merged into one verdict', () => {
  it("gives a 4-shard run's merged report the unsharded run's verdict and decisions, each shard confirming at alpha/4 over its own candidates", async () => {
    const repo = demoPr();
    const { report: single } = await compare(options(repo));
    server.reset();
    const dir = await shardRun(repo, 4);
    const partials = await readPartials(dir, 'reports');
    // Each shard sampled a part, and every part is non-empty on this PR.
    expect(partials.map((p) => p.partial.status === 'sampled' && new Set(p.partial.samples.map((s) => s.test)).size)).toEqual([expect.any(Number), expect.any(Number), expect.any(Number), expect.any(Number)]);
    const report = await merged(repo, dir);

    expect(single.verdict).toBe('regression');
    expect(decisions(report)).toEqual(decisions(single));
    expect(report.notes).toContain('merged from 4 shards');
    expect(report.stats.confirmation?.candidates).toBe(single.stats.confirmation?.candidates);
    expectUnionBound(report, single, 4);
  }, 120_000);

  it('takes the same decisions when tests repeat, with the correction split over the shards', async () => {
    const repo = demoPr((c) => `${c}\nrepeat: 3\n`);
    const { report: single } = await compare(options(repo));
    server.reset();
    const report = await merged(repo, await shardRun(repo, 3));
    expect(single.tests.some((t) => t.adjustedPValue !== null)).toBe(true);
    expect(decisions(report)).toEqual(decisions(single));
    expectUnionBound(report, single, 3);
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
    const failed: PartialReport = { kind: 'promptgate-partial-report', schemaVersion: 1, status: 'failed', shard: { index: 2, total: 2 }, headSha: null, reason: 'the runner was lost' };
    writeFileSync(join(dir, 'shard-2.json'), JSON.stringify(failed));
    const report = await merged(repo, dir);
    expect(report.verdict).toBe('inconclusive');
    expect(report.summary).toContain('shard 2/2 failed: the runner was lost');
  });

  it('refuses shards of another head commit with a message that names the file', async () => {
    const repo = demoPr();
    const dir = await shardRun(repo, 2, [2]);
    repo.write({ 'prompts/support.prompt.yml': read('pr/prompts/support.prompt.yml').replace('Be friendly.', 'Be brief.') }).commit('another push');
    const later = await evaluateShard(options(repo), { index: 2, total: 2 });
    writeFileSync(join(dir, 'shard-2.json'), JSON.stringify(later));
    const { base: _b, head: _h, ...rest } = options(repo);
    await expect(mergeShards({ ...rest, head: later.headSha }, await readPartials(dir, 'reports'))).rejects.toThrow(/shard-1\.json \(shard 1\/2\) evaluated head [0-9a-f]{7}, but this merge is for [0-9a-f]{7}/);
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
      const partial = await evaluateShard({ ...options(repo), requireCredentials: true, env: {} }, { index, total: 2 });
      writeFileSync(join(dir, `shard-${index}.json`), JSON.stringify(partial));
    }
    const { base: _b, head: _h, ...rest } = options(repo);
    const report = await mergeShards({ ...rest, requireCredentials: true }, await readPartials(dir, 'reports'));
    expect(report.verdict).toBe('inconclusive');
    expect(report.summary).toMatch(/shard 1\/2 drew no samples: Not evaluated: no provider credentials/);
  });

  it('refuses two reports that claim the same shard', async () => {
    const repo = demoPr();
    const dir = await shardRun(repo, 2, [2]);
    writeFileSync(join(dir, 'copy.json'), readFileSync(join(dir, 'shard-1.json')));
    await expect(merged(repo, dir)).rejects.toThrow(/shard-1\.json and copy\.json are both shard 1\/2/);
  });
});
