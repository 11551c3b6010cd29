import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PARTIAL_VERSION } from '../../src/compare/partial.js';
import type { ComparisonReport } from '../../src/report/types.js';
import { runAction, type ActionRun } from '../support/action-runner.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { TestRepo } from '../support/git-repo.js';
import { startModelServer, type ScriptedModelServer } from '../support/model-server.js';
import { pullRequestEvent } from '../support/webhook-payloads.js';

const demo = fileURLToPath(new URL('../../fixtures/demo/', import.meta.url));
const read = (path: string) => readFileSync(`${demo}${path}`, 'utf8');
const PR = 7;

let models: ScriptedModelServer;
const cleanup: (() => unknown)[] = [];
beforeAll(async () => {
  models = await startModelServer();
});
afterAll(() => models.close());
afterEach(async () => {
  models.reset();
  for (const f of cleanup.splice(0)) await f();
});

/** The demo PR (it deletes an injection defence), a shallow checkout of its head, and the fake GitHub serving it. */
async function openPullRequest(): Promise<{ origin: TestRepo; workspace: TestRepo; github: FakeGitHub; base: { ref: string; sha: string }; head: { ref: string; sha: string } }> {
  const origin = new TestRepo().copy(`${demo}base`);
  cleanup.push(() => origin.cleanup());
  origin.git('config', 'uploadpack.allowAnySHA1InWant', 'true');
  const base = { ref: 'main', sha: origin.commit('Acme support prompts') };
  origin.branch('prompt-tuning');
  origin.copy(`${demo}pr`);
  const head = { ref: 'prompt-tuning', sha: origin.commit(read('pr.message')) };
  const workspace = origin.shallowClone('prompt-tuning');
  cleanup.push(() => workspace.cleanup());
  const github = await startFakeGitHub({ owner: 'acme', repo: 'support-bot', gitDir: origin.dir, pulls: [{ number: PR, baseRef: 'main', baseSha: base.sha, headRef: 'prompt-tuning', headSha: head.sha }] });
  cleanup.push(() => github.close());
  return { origin, workspace, github, base, head };
}

describe('the bundled Action in a matrix of shards and a merge job', () => {
  it('posts nothing from the shards, then one comment and one `promptgate` check from the merge', async () => {
    const pr = await openPullRequest();
    const env = { ...models.env() };
    delete env.GITHUB_TOKEN;
    const run = (job: string, inputs: Record<string, string>): Promise<ActionRun> =>
      runAction({
        eventName: 'pull_request',
        payload: pullRequestEvent('opened', { owner: 'acme', repo: 'support-bot', number: PR, base: pr.base, head: pr.head, labels: [] }),
        workspace: pr.workspace.dir,
        apiUrl: pr.github.url,
        inputs,
        env: { ...env, GITHUB_JOB: job },
      });

    // What upload-artifact and download-artifact do: each shard's report-path lands in a folder of its own.
    const reports = join(pr.workspace.dir, 'reports');
    for (const index of [1, 2, 3]) {
      const shard = await run('shard', { shard: `${index}/3` });
      expect(shard.code, shard.stdout).toBe(0);
      expect(shard.outputs['report-path']).toMatch(/partial-\d-of-3\.ndjson$/);
      expect(shard.summary).toContain(`promptgate shard ${index}/3: sampled`);
      mkdirSync(join(reports, `promptgate-shard-${index}`), { recursive: true });
      writeFileSync(join(reports, `promptgate-shard-${index}`, 'partial.ndjson'), shard.report as string);
    }
    expect(pr.github.comments).toEqual([]);
    expect(pr.github.checkRuns).toEqual([]);

    const merge = await run('promptgate', { merge: 'reports' });
    expect(merge.code).toBe(1);
    expect(merge.outputs.verdict).toBe('regression');
    expect((merge.report as ComparisonReport).notes).toContain('merged from 3 shards');
    expect(pr.github.comments).toHaveLength(1);
    expect(pr.github.comments[0]!.body).toMatch(/^<!-- promptgate:sticky "prompts\/promptgate" -->\n### ❌ promptgate: regression/);
    expect(pr.github.checkRuns).toEqual([expect.objectContaining({ name: 'promptgate', head_sha: pr.head.sha, conclusion: 'failure' })]);
    expect(pr.github.unknownRoutes).toEqual([]);
  }, 120_000);

  it('fails a shard with no checkout saying so, and leaves a failed partial report for the merge to name', async () => {
    const pr = await openPullRequest();
    const bare = mkdtempSync(join(tmpdir(), 'promptgate-no-checkout-'));
    cleanup.push(() => rmSync(bare, { recursive: true, force: true }));
    const payload = pullRequestEvent('opened', { owner: 'acme', repo: 'support-bot', number: PR, base: pr.base, head: pr.head, labels: [] });
    const shard = await runAction({ eventName: 'pull_request', payload, workspace: bare, apiUrl: pr.github.url, inputs: { shard: '1/2' }, env: models.env() });
    const typo = await runAction({ eventName: 'pull_request', payload, workspace: pr.workspace.dir, apiUrl: pr.github.url, inputs: { shard: '1/300000000' }, env: models.env() });
    expect(typo.code).toBe(1);
    expect(typo.stdout).toMatch(/^::error::input `shard` may have at most 256 shards/m);
    // Not Node's exit 13 for a promise left unsettled, with nothing said.
    expect(shard.code).toBe(1);
    expect(shard.stdout).toMatch(/^::error::.* is not a git repository.*in a workflow, add an actions\/checkout step/m);
    expect(JSON.parse(shard.report as string)).toMatchObject({ status: 'failed', shard: { index: 1, total: 2 } });
    // The merge publishes the reason in the PR comment: no path of the runner in it.
    expect(shard.report).not.toContain(bare);
  });

  it('reads the shards\' reports from an absolute merge path, as download-artifact may put them under runner.temp', async () => {
    const pr = await openPullRequest();
    const reports = mkdtempSync(join(tmpdir(), 'promptgate-runner-temp-'));
    cleanup.push(() => rmSync(reports, { recursive: true, force: true }));
    for (const index of [1, 2]) {
      writeFileSync(join(reports, `partial-${index}.ndjson`), `${JSON.stringify({ kind: 'promptgate-partial-report', schemaVersion: PARTIAL_VERSION, status: 'failed', shard: { index, total: 2 }, headSha: pr.head.sha, reason: 'the runner was lost' })}\n`);
    }
    const payload = pullRequestEvent('opened', { owner: 'acme', repo: 'support-bot', number: PR, base: pr.base, head: pr.head, labels: [] });
    const merge = await runAction({ eventName: 'pull_request', payload, workspace: pr.workspace.dir, apiUrl: pr.github.url, inputs: { merge: reports }, env: models.env() });
    expect(merge.outputs.verdict).toBe('inconclusive');
    expect(merge.stdout).toContain('shard 1/2 failed: the runner was lost');
  }, 60_000);

  it('fails the merge as inconclusive, naming the shard, when a shard never reported', async () => {
    const pr = await openPullRequest();
    const env = { ...models.env() };
    delete env.GITHUB_TOKEN;
    const payload = pullRequestEvent('opened', { owner: 'acme', repo: 'support-bot', number: PR, base: pr.base, head: pr.head, labels: [] });
    const shard = await runAction({ eventName: 'pull_request', payload, workspace: pr.workspace.dir, apiUrl: pr.github.url, inputs: { shard: '1/2' }, env });
    mkdirSync(join(pr.workspace.dir, 'reports'));
    writeFileSync(join(pr.workspace.dir, 'reports', 'partial-1.ndjson'), shard.report as string);

    const merge = await runAction({ eventName: 'pull_request', payload, workspace: pr.workspace.dir, apiUrl: pr.github.url, inputs: { merge: 'reports' }, env });
    expect(merge.code).toBe(1);
    expect(merge.outputs.verdict).toBe('inconclusive');
    expect(merge.stdout).toContain('shard 2/2 is missing');
    expect(pr.github.checkRuns).toEqual([expect.objectContaining({ name: 'promptgate', conclusion: 'failure' })]);
  }, 60_000);
});
