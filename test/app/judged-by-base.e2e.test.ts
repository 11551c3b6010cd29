/**
 * Attacks from a fork PR on how the App judges a change: the App reads every file through the
 * GitHub API, holds the provider keys and serves many repositories, so the base branch's tip
 * must decide, and what the head makes it read or call must be bounded.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FakeGitHub } from '../support/fake-github.js';
import { ForkPullRequest } from '../support/fork-pr.js';
import type { TestRepo } from '../support/git-repo.js';
import { startModelServer, type ScriptedModelServer } from '../support/model-server.js';
import { APP_TOKENS, startApp, type RunningApp } from '../support/app-harness.js';

const demo = fileURLToPath(new URL('../../fixtures/demo/', import.meta.url));
const read = (path: string) => readFileSync(`${demo}${path}`, 'utf8');
const support = () => read('base/prompts/support.prompt.yml');
const config = () => read('base/promptgate.yml');
const withoutWarranty = () => support().replace(/ *Warranty claims need .*\n/, '');
const PR = 7;

let models: ScriptedModelServer;
const cleanup: (() => unknown)[] = [];
beforeAll(async () => {
  models = await startModelServer();
});
afterAll(() => models.close());
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
  models.reset();
});

interface ForkPr {
  origin: TestRepo;
  github: FakeGitHub;
  app: RunningApp;
  head: { ref: string; sha: string };
  /** Sends `opened` and waits for the evaluation; returns the completed check run. */
  evaluate(): Promise<FakeGitHub['checkRuns'][number]>;
}

/** A fork PR (test/support/fork-pr.ts) with `change` (and `main`, `later` on the base branch), and the App (with `env` for its providers) watching both. */
async function forkPr(change: (repo: TestRepo) => void, opts: { main?: (repo: TestRepo) => void; later?: (repo: TestRepo) => void; env?: Record<string, string> } = {}): Promise<ForkPr> {
  const pr = await ForkPullRequest.open({ number: PR, change, setupBase: opts.main, later: opts.later, headRef: 'fork-change', tokens: APP_TOKENS }, cleanup);
  const app = await startApp({ githubUrl: pr.github.url, env: { ...models.env(), ...opts.env } });
  cleanup.push(() => app.close());
  return {
    origin: pr.origin,
    github: pr.github,
    app,
    head: pr.head,
    evaluate: async () => {
      await app.send('pull_request', pr.event('opened'));
      await app.idle();
      const check = pr.github.checkRuns.at(-1)!;
      expect(check).toMatchObject({ head_sha: pr.head.sha, status: 'completed' });
      return check;
    },
  };
}

const blobRequests = (pr: ForkPr, path: string) => {
  const sha = pr.origin.git('rev-parse', `${pr.head.sha}:${path}`).trim();
  return pr.github.requests.filter((r) => r.path.endsWith(`/git/blobs/${sha}`)).length;
};

describe('the App judges by the base branch tip', () => {
  it('issue 12 row 6: fails a regression on a PR branched off an old report-only config', async () => {
    const pr = await forkPr((repo) => void repo.write({ 'prompts/support.prompt.yml': withoutWarranty() }), {
      main: (repo) => void repo.write({ 'promptgate.yml': config().replace('  failOn: regression', '  failOn: never') }),
      later: (repo) => void repo.write({ 'promptgate.yml': config() }),
    });
    const check = await pr.evaluate();
    expect(check.conclusion).toBe('failure');
    expect(check.output.title).toMatch(/^regression: 1 test regressed/);
  });
});

describe('the App bounds what a head makes it read', () => {
  it('issue 12 row 9: refuses prompt files over the size limit from the tree listing, without downloading them', async () => {
    const big = `${support().replace('name: Support reply', 'name: Big')}\n${'#'.repeat(1024 * 1024)}\n`;
    const files = Object.fromEntries(Array.from({ length: 4 }, (_, i) => [`prompts/big-${i}.prompt.yml`, big]));
    const pr = await forkPr((repo) => void repo.write(files));
    const check = await pr.evaluate();
    expect(check.conclusion).toBe('failure');
    expect(check.output.title).toMatch(/^error/);
    expect(check.output.summary).toMatch(/prompts\/big-0\.prompt\.yml.*prompt files may be at most 256 KiB/s);
    for (const path of Object.keys(files)) expect(blobRequests(pr, path)).toBe(0);
    expect(models.callCount()).toBe(0);
  });

  it('issue 12 row 10: stops at limits.promptFiles with an error naming it, reading none of the files; runs once main raises it', async () => {
    const many = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`prompts/tiny-${i}.prompt.yml`, support().replace('name: Support reply', `name: Tiny ${i}`)]));
    const capped = (n: number) => (repo: TestRepo) => void repo.write({ 'promptgate.yml': `${config()}\nlimits: {promptFiles: ${n}}\n` });
    const pr = await forkPr((repo) => void repo.write(many), { main: capped(20) });
    const check = await pr.evaluate();
    expect(check.conclusion).toBe('failure');
    expect(check.output.summary).toMatch(/limits\.promptFiles allows 20/);
    expect(blobRequests(pr, 'prompts/tiny-0.prompt.yml')).toBe(0);
    expect(pr.github.requests.length).toBeLessThan(30);
    expect(models.callCount()).toBe(0);

    const raised = await forkPr((repo) => void repo.write(many), { main: capped(100) });
    expect((await raised.evaluate()).output.title).not.toMatch(/^error/);
    expect(models.callCount()).toBeGreaterThan(0);
  }, 120_000);
});

describe('the App calls only the models and endpoints the base branch allows', () => {
  it('issue 12 row 12: a head `model: ollama:x` posts nothing to the host, and an error names the model', async () => {
    const requests: string[] = [];
    const host = createServer((req, res) => {
      requests.push(req.url ?? '');
      res.writeHead(500).end();
    });
    await new Promise<void>((r) => host.listen(0, '127.0.0.1', r));
    cleanup.push(() => new Promise((r) => host.close(r)));
    const ollama = `http://127.0.0.1:${(host.address() as AddressInfo).port}/v1`;
    const pr = await forkPr((repo) => void repo.write({ 'prompts/support.prompt.yml': support().replace('model: openai/gpt-4o-mini', 'model: ollama:llama3') }), {
      env: { OLLAMA_BASE_URL: ollama },
    });
    const check = await pr.evaluate();
    expect(check.conclusion).toBe('failure');
    expect(check.output.summary).toMatch(/model (`|&#96;)ollama:llama3(`|&#96;) is not one the base branch uses or allows/);
    expect(requests).toEqual([]);
  });
});
