import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ComparisonReport } from '../../src/report/types.js';
import { runCli } from '../support/cli.js';
import { TestRepo } from '../support/git-repo.js';
import { startModelServer, type ScriptedModelServer } from '../support/model-server.js';

const demo = fileURLToPath(new URL('../../fixtures/demo/', import.meta.url));

let server: ScriptedModelServer;
const repos: TestRepo[] = [];
beforeAll(async () => {
  server = await startModelServer();
});
afterAll(() => server.close());
afterEach(() => {
  server.reset();
  for (const r of repos.splice(0)) r.cleanup();
});

function demoPr(): TestRepo {
  const repo = new TestRepo().copy(`${demo}base`);
  repos.push(repo);
  repo.commit('base');
  repo.branch('pr');
  repo.copy(`${demo}pr`).commit(readFileSync(`${demo}pr.message`, 'utf8'));
  return repo;
}

describe('promptgate compare --shard and promptgate merge', () => {
  it('writes one partial report per shard, then merges them into one report with the exit code of the verdict', async () => {
    const repo = demoPr();
    for (const shard of ['1/2', '2/2']) {
      const r = await runCli(['compare', '--base', 'main', '--shard', shard, '--json', `reports/${shard[0]}.json`, '--no-cache'], { cwd: repo.dir, env: server.env() });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^shard ${shard}: \\d+ tests sampled`));
    }
    const merged = await runCli(['merge', 'reports', '--json', 'out/report.json', '--markdown', 'out/report.md', '--no-cache'], { cwd: repo.dir, env: server.env() });
    expect(merged.code, merged.stderr).toBe(1);
    const report = JSON.parse(readFileSync(join(repo.dir, 'out/report.json'), 'utf8')) as ComparisonReport;
    expect(report.verdict).toBe('regression');
    expect(report.notes).toContain('merged from 2 shards');
    expect(readFileSync(join(repo.dir, 'out/report.md'), 'utf8')).toMatch(/^### ❌ promptgate: regression/);
  }, 120_000);

  it('keeps standard output to the one report asked for with -, for shards and the merge alike, and writes the merged HTML report', async () => {
    const repo = demoPr();
    mkdirSync(join(repo.dir, 'reports'));
    for (const shard of ['1/2', '2/2']) {
      const r = await runCli(['compare', '--base', 'main', '--shard', shard, '--json', '-', '--no-cache'], { cwd: repo.dir, env: server.env() });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toContain(`shard ${shard}: `);
      writeFileSync(join(repo.dir, 'reports', `${shard[0]}.ndjson`), r.stdout);
    }
    const merged = await runCli(['merge', 'reports', '--json', '-', '--html', 'out/report.html', '--no-cache'], { cwd: repo.dir, env: server.env() });
    expect(merged.code, merged.stderr).toBe(1);
    expect((JSON.parse(merged.stdout) as ComparisonReport).verdict).toBe('regression');
    expect(readFileSync(join(repo.dir, 'out/report.html'), 'utf8')).toMatch(/^<!doctype html>/i);
  }, 120_000);

  it('refuses, before sampling, a shard asked for a report it cannot write, and two reports on standard output', async () => {
    const repo = demoPr();
    const shard = await runCli(['compare', '--base', 'main', '--shard', '1/2', '--json', 'reports/1.json', '--html', 'report.html'], { cwd: repo.dir, env: server.env() });
    expect(shard.code).toBe(2);
    expect(shard.stderr).toContain('compare --shard writes only its partial report (--json), not --html');
    // A shard count is allocated per shard: a typo must not run the partition out of memory.
    const typo = await runCli(['compare', '--base', 'main', '--shard', '1/300000000', '--json', 'reports/1.json'], { cwd: repo.dir, env: server.env() });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/^error: --shard 1\/300000000: N may be at most 256\n/);
    const both = await runCli(['merge', 'reports', '--json', '-', '--markdown', '-'], { cwd: repo.dir, env: server.env() });
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--json and --markdown both write to standard output');
    expect(server.callCount()).toBe(0);
  });

  it('exits 2 naming the variable when neither the shards nor the merge had a provider key, as compare does', async () => {
    const repo = demoPr();
    for (const shard of ['1/2', '2/2']) {
      const r = await runCli(['compare', '--base', 'main', '--shard', shard, '--json', `reports/${shard[0]}.json`], { cwd: repo.dir, env: {} });
      expect(r.code).toBe(2);
    }
    const merged = await runCli(['merge', 'reports'], { cwd: repo.dir, env: {} });
    expect(merged.code).toBe(2);
    expect(merged.stderr).toMatch(/^error: Not evaluated: no provider credentials\. .*GITHUB_TOKEN/m);
  });

  it('exits 2 naming a file in the directory that is not a partial report', async () => {
    const repo = demoPr();
    mkdirSync(join(repo.dir, 'reports'));
    writeFileSync(join(repo.dir, 'reports', 'coverage.json'), '{"total": 3}');
    const r = await runCli(['merge', 'reports'], { cwd: repo.dir, env: server.env() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('coverage.json is not a promptgate partial report');
    expect(r.stderr).not.toContain(repo.dir);
  });
});
