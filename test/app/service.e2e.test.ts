import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac, generateKeyPairSync, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, it } from 'vitest';
import { startFakeGitHub } from '../support/fake-github.js';
import { TestRepo } from '../support/git-repo.js';
import { startModelServer } from '../support/model-server.js';
import { pullRequestEvent } from '../support/webhook-payloads.js';
import { startAppGateway } from '../support/github-app-gateway.js';
import { APP_TOKEN, APP_TOKENS } from '../support/app-harness.js';

const APP = fileURLToPath(new URL('../../dist/app.js', import.meta.url));
const demo = fileURLToPath(new URL('../../fixtures/demo/', import.meta.url));
const SECRET = 'dist-app-secret';
const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});

it('node dist/app.js starts with Probot settings, authenticates as the App and fails a regression', async () => {
  const models = await startModelServer();
  cleanup.push(() => models.close());
  const origin = new TestRepo();
  cleanup.push(() => origin.cleanup());
  origin.copy(`${demo}base`);
  const base = { ref: 'main', sha: origin.commit('Acme support prompts') };
  origin.branch('prompt-tuning');
  origin.write({ 'prompts/support.prompt.yml': readFileSync(`${demo}base/prompts/support.prompt.yml`, 'utf8').replace(/ *Warranty claims need .*\n/, '') });
  const head = { ref: 'prompt-tuning', sha: origin.commit('tune prompts') };
  const github = await startFakeGitHub({
    owner: 'acme',
    repo: 'support-bot',
    gitDir: origin.dir,
    pulls: [{ number: 7, baseRef: 'main', baseSha: base.sha, headRef: 'prompt-tuning', headSha: head.sha }],
    tokens: APP_TOKENS,
  });
  cleanup.push(() => github.close());
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pem = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
  const gateway = await startAppGateway({ githubUrl: github.url, appId: 4242, privateKeyPem: pem, slug: 'promptgate-test', installationToken: APP_TOKEN });
  cleanup.push(() => gateway.close());

  const port = await freePort();
  const workDir = mkdtempSync(join(tmpdir(), 'promptgate-dist-app-'));
  cleanup.push(() => rmSync(workDir, { recursive: true, force: true }));
  const child = spawn(process.execPath, [APP], {
    cwd: workDir,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      ...models.env(),
      APP_ID: '4242',
      PRIVATE_KEY: pem,
      WEBHOOK_SECRET: SECRET,
      GHE_HOST: gateway.host,
      GHE_PROTOCOL: 'http',
      HOST: '127.0.0.1',
      PORT: String(port),
      PROMPTGATE_WORK_DIR: workDir,
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs = collect(child);
  cleanup.push(() => stop(child));
  const url = `http://127.0.0.1:${port}`;
  await waitFor(async () => (await fetch(`${url}/healthz`).catch(() => undefined))?.status === 200, () => logs());
  expect(await (await fetch(`${url}/healthz`)).json()).toMatchObject({ status: 'ok' });

  const payload = { ...pullRequestEvent('opened', { owner: 'acme', repo: 'support-bot', number: 7, base, head }), installation: { id: 77, node_id: 'MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uNzc=' } };
  const forged = await deliver(url, payload, 'wrong-secret');
  expect(forged).toBe(401);
  expect(github.requests).toEqual([]);

  expect(await deliver(url, payload, SECRET)).toBe(200);
  await waitFor(async () => github.checkRuns.length === 1, () => logs());
  expect(github.checkRuns[0]?.history[0]?.status).toBe('in_progress');
  await waitFor(async () => github.checkRuns[0]?.status === 'completed', () => logs());
  expect(github.checkRuns[0]).toMatchObject({ head_sha: head.sha, conclusion: 'failure' });
  await waitFor(async () => github.comments.length === 1, () => logs());
  expect(github.comments[0]!.user.login).toBe('promptgate-test[bot]');
  expect(github.comments[0]!.body).toMatch(/^<!-- promptgate:sticky "github-app" -->\n### ❌ promptgate: regression/);
  expect(gateway.tokensIssued).toBeGreaterThan(0);
  expect(github.unknownRoutes).toEqual([]);
  // Structured logs: Probot's pino, one JSON object per line.
  expect(logs().split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l).msg)).toContain('promptgate GitHub App listening');
}, 60_000);

function deliver(url: string, payload: unknown, secret: string): Promise<number> {
  const body = JSON.stringify(payload);
  return fetch(`${url}/api/github/webhooks`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-github-event': 'pull_request',
      'x-github-delivery': randomUUID(),
      'x-hub-signature-256': `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`,
    },
    body,
  }).then((r) => r.status);
}

function collect(child: ChildProcess): () => string {
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  return () => out;
}

async function waitFor(check: () => Promise<boolean>, logs: () => string, ms = 30_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out; service log:\n${logs()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}
