import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/compare.js';
import type { ComparisonReport } from '../../src/report/types.js';
import { LocalGitChanges } from '../../src/source/local-git.js';
import { TestRepo } from '../support/git-repo.js';
import { startModelServer, type ScriptedModelServer } from '../support/model-server.js';

// Rate limits and transient faults are weather: a run rides them out and reaches the verdict a
// calm run reaches. Timings are scaled down (a hung call times out after 1 s, a rate-limit window is 500 ms).

const demo = fileURLToPath(new URL('../../fixtures/demo/', import.meta.url));
const read = (path: string) => readFileSync(`${demo}${path}`, 'utf8');

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

async function run(repo: TestRepo): Promise<ComparisonReport> {
  return (await compare({ source: new LocalGitChanges(repo.dir), root: repo.dir, base: 'main', head: 'HEAD', env: server.env(), noCache: true })).report;
}

const errored = (report: ComparisonReport) => report.tests.reduce((n, t) => n + (t.base?.errors ?? 0) + (t.head?.errors ?? 0), 0);

describe('provider weather', () => {
  it('reaches the same verdict and regressed tests through a burst of faults at the start as without them', async () => {
    const repo = new TestRepo().copy(`${demo}base`);
    repos.push(repo);
    repo.write({ 'promptgate.yml': read('base/promptgate.yml').replace('providers:\n', 'providers:\n  timeoutMs: 1000\n') }).commit('base');
    repo.branch('pr');
    repo.write({ 'prompts/support.prompt.yml': read('base/prompts/support.prompt.yml').replace(/ *Warranty claims need .*\n/, '') }).commit('trim');

    const calm = await run(repo);
    server.reset();
    server.setFaults([
      { kind: '429', times: 3, retryAfterSeconds: 1 },
      { kind: '529', times: 2 },
      { kind: '500', times: 2 },
      { kind: 'malformed', times: 1 },
      { kind: 'hang', times: 1 },
    ]);
    const stormy = await run(repo);

    expect(calm.verdict).toBe('regression');
    expect(stormy.verdict).toBe(calm.verdict);
    const regressed = (r: ComparisonReport) => r.tests.filter((t) => t.change === 'regressed').map((t) => `${t.promptId}/${t.testId}`);
    expect(regressed(stormy)).toEqual(regressed(calm));
    expect(errored(stormy)).toBe(0);
    expect(stormy.providerErrors).toEqual([]);
    expect(server.calls().filter((c) => c.status !== 200).length).toBeGreaterThanOrEqual(8);
  });

  it('calls a quota that resets only after the run budget inconclusive, naming the provider, the limit and the reset time', async () => {
    const repo = new TestRepo().copy(`${demo}base`);
    repos.push(repo);
    repo.write({ 'promptgate.yml': read('base/promptgate.yml').replace('providers:\n', 'providers:\n  budgetMs: 60000\n') }).commit('base');
    repo.branch('pr');
    repo.write({ 'prompts/support.prompt.yml': read('base/prompts/support.prompt.yml').replace(/ *Warranty claims need .*\n/, '') }).commit('trim');
    // Ten requests, then nothing for an hour: the run's one-minute budget ends long before that.
    server.setRateLimit({ requests: 10, windowMs: 3_600_000 });

    const report = await run(repo);
    expect(report.verdict).toBe('inconclusive');
    expect(report.blocking).toBe(true);
    const quota = report.providerErrors.find((e) => e.kind === 'quota');
    expect(quota?.modelId).toBe('github:openai/gpt-4o-mini');
    expect(quota?.message).toMatch(
      /^github:openai\/gpt-4o-mini: rate limited \(HTTP 429\): Rate limit reached for requests\. \(requests limit\) — resets at \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ, after this run's time budget ends \(.*\): re-run after the reset, or raise providers\.budgetMs$/,
    );
    // Waiting would not help: each throttled call was asked once, never retried.
    expect(server.rateLimited()).toBe(server.callCount() - 10);
  });

  it('finishes a 200-test compare against a provider that allows 10 requests per half second with no errored sample', { timeout: 180_000 }, async () => {
    const repo = new TestRepo();
    repos.push(repo);
    const prompt = (extra: string) =>
      [
        'name: Gadget prices',
        'model: openai/gpt-4o-mini',
        'messages:',
        '  - role: system',
        '    content: |',
        `      You are the price desk of a gadget shop.${extra}`,
        '      Every gadget costs twelve credits.',
        '  - role: user',
        '    content: "{{question}}"',
        'testData:',
        ...Array.from({ length: 200 }, (_, i) => `  - question: "How much does gadget number ${i} cost in credits?"`),
        'evaluators:',
        '  - name: states the price',
        '    string:',
        '      contains: twelve',
        '',
      ].join('\n');
    repo.write({ 'prompts/prices.prompt.yml': prompt('') }).commit('base');
    repo.branch('pr');
    repo.write({ 'prompts/prices.prompt.yml': prompt(' Be precise.') }).commit('harmless edit');
    // No retry-after: only the x-ratelimit-reset-requests header says when to come back.
    server.setRateLimit({ requests: 10, windowMs: 500, retryAfter: false });

    const report = await run(repo);
    expect(server.rateLimited()).toBeGreaterThan(0);
    expect(report.tests.filter((t) => !t.category)).toHaveLength(200);
    expect(errored(report)).toBe(0);
    expect(report.providerErrors).toEqual([]);
    expect(report.verdict).toBe('pass');
  });
});
