// The GitHub App under a burst (a benchmark, not a timed test): 50 pull_request webhooks across
// 10 repositories arrive at once at `node dist/app.js`, authenticated as a real App (JWT →
// installation token) against fake GitHub APIs on loopback. Prints the time until all 50 check
// runs are `in_progress`, the time until all are completed, the slowest webhook answer, and the
// service's peak RSS (process.resourceUsage().maxRSS, recorded at exit by bench/rss-hook.mjs).
//
//   npm run build && node bench/app.mjs
import { spawn } from 'node:child_process';
import { createHmac, generateKeyPairSync, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { startModelServerProcess } from '../scripts/model-server-process.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const REPOS = 10;
const PULLS_PER_REPO = 5;
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 100);
const SECRET = 'bench-secret';
const TOKEN = 'ghs_promptgate_app_installation';

// Test support is TypeScript: bundle it once (bare imports stay external, resolved from node_modules).
const cacheDir = resolve(root, 'node_modules/.cache');
mkdirSync(cacheDir, { recursive: true });
const supportDir = mkdtempSync(join(cacheDir, 'promptgate-bench-app-'));
await build({
  entryPoints: {
    fake: join(root, 'test/support/fake-github.ts'),
    repo: join(root, 'test/support/git-repo.ts'),
    payloads: join(root, 'test/support/webhook-payloads.ts'),
    gateway: join(root, 'test/support/github-app-gateway.ts'),
    harness: join(root, 'test/support/app-harness.ts'),
  },
  outdir: supportDir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
const load = (name) => import(pathToFileURL(join(supportDir, `${name}.mjs`)).href);
const [{ startFakeGitHub }, { TestRepo }, { pullRequestEvent }, { startAppGateway }, { APP_TOKENS }] = await Promise.all(
  ['fake', 'repo', 'payloads', 'gateway', 'harness'].map(load),
);

const demo = join(root, 'fixtures/demo/');
const support = readFileSync(join(demo, 'base/prompts/support.prompt.yml'), 'utf8');
const work = mkdtempSync(join(tmpdir(), 'promptgate-bench-app-'));
const stops = [];
try {
  // 10 repositories, each with 5 open pull requests editing the support prompt differently.
  const repos = [];
  for (let r = 0; r < REPOS; r++) {
    const origin = new TestRepo();
    stops.push(() => origin.cleanup());
    origin.copy(join(demo, 'base'));
    const base = { ref: 'main', sha: origin.commit('Acme support prompts') };
    const pulls = [];
    for (let p = 1; p <= PULLS_PER_REPO; p++) {
      origin.checkout('main');
      origin.branch(`change-${p}`);
      origin.write({ 'prompts/support.prompt.yml': support.replace('Be friendly.', `Be friendly (variant ${r}.${p}).`) });
      pulls.push({ number: p, baseRef: 'main', baseSha: base.sha, headRef: `change-${p}`, headSha: origin.commit(`variant ${p}`) });
    }
    const name = `repo-${r}`;
    const github = await startFakeGitHub({ owner: 'acme', repo: name, gitDir: origin.dir, pulls, tokens: APP_TOKENS });
    stops.push(() => github.close());
    repos.push({ name, base, pulls, github });
  }
  const models = await startModelServerProcess({ latencyMs: LATENCY_MS });
  stops.push(() => models.close());
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pem = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
  const gateway = await startAppGateway({
    githubUrl: Object.fromEntries(repos.map((r) => [`acme/${r.name}`, r.github.url])),
    appId: 4242,
    privateKeyPem: pem,
    slug: 'promptgate-bench',
    installationToken: TOKEN,
  });
  stops.push(() => gateway.close());

  const port = await freePort();
  const rssFile = join(work, 'rss');
  const child = spawn(process.execPath, ['--import', join(root, 'bench/rss-hook.mjs'), join(root, 'dist/app.js')], {
    cwd: work,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      ...models.env,
      APP_ID: '4242',
      PRIVATE_KEY: pem,
      WEBHOOK_SECRET: SECRET,
      GHE_HOST: gateway.host,
      GHE_PROTOCOL: 'http',
      HOST: '127.0.0.1',
      PORT: String(port),
      PROMPTGATE_WORK_DIR: join(work, 'app'),
      LOG_LEVEL: 'warn',
      BENCH_RSS_FILE: rssFile,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise((done) => child.once('exit', done));
  stops.push(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  });
  const url = `http://127.0.0.1:${port}`;
  await until(async () => (await fetch(`${url}/healthz`).catch(() => undefined))?.status === 200, 20_000);

  const deliveries = repos.flatMap((r) =>
    r.pulls.map((p) => pullRequestEvent('opened', { owner: 'acme', repo: r.name, number: p.number, base: r.base, head: { ref: p.headRef, sha: p.headSha } })),
  );
  const started = performance.now();
  // One installation per repository (their owners installed the App separately), or with
  // BENCH_ONE_INSTALLATION=1 a single one: Octokit then paces its writes to one per second.
  const installationOf = (repo) => (process.env.BENCH_ONE_INSTALLATION ? 77 : 100 + Number(repo.split('-')[1]));
  const answers = await Promise.all(deliveries.map((payload) => deliver(url, { ...payload, installation: { id: installationOf(payload.repository.name) } })));
  const allAnswered = performance.now() - started;
  const checks = () => repos.flatMap((r) => r.github.checkRuns);
  await until(async () => checks().filter((c) => c.history[0]?.status === 'in_progress').length === deliveries.length, 120_000, () => `${checks().length} check runs`);
  const allInProgress = performance.now() - started;
  await until(async () => checks().length === deliveries.length && checks().every((c) => c.status === 'completed'), 600_000, () => `${checks().filter((c) => c.status === 'completed').length}/${deliveries.length} completed`);
  const allCompleted = performance.now() - started;
  const conclusions = Object.entries(
    checks().reduce((n, c) => ({ ...n, [c.conclusion]: (n[c.conclusion] ?? 0) + 1 }), {}),
  ).map(([k, v]) => `${v} ${k}`);

  child.kill('SIGTERM');
  await exited;
  const peakMb = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) / 1024 : NaN;
  const statuses = [...new Set(answers.map((a) => a.status))].join(', ');
  const slowest = Math.max(...answers.map((a) => a.ms));
  const unknown = repos.flatMap((r) => r.github.unknownRoutes);

  console.log('measure | value');
  console.log(`webhooks | ${deliveries.length} pull_request.opened across ${REPOS} repositories (${process.env.BENCH_ONE_INSTALLATION ? 'one installation' : 'one installation each'}), sent at once (model latency ${LATENCY_MS} ms)`);
  console.log(`webhook answers | HTTP ${statuses}; all answered after ${allAnswered.toFixed(0)} ms, slowest ${slowest.toFixed(0)} ms`);
  console.log(`all ${deliveries.length} checks in_progress | ${allInProgress.toFixed(0)} ms after the first delivery`);
  console.log(`all ${deliveries.length} checks completed | ${(allCompleted / 1000).toFixed(1)} s (${conclusions.join(', ')}; ${await models.callCount()} model calls)`);
  console.log(`service peak RSS | ${peakMb.toFixed(0)} MB`);
  console.log(`undocumented routes hit | ${unknown.length}`);
  process.exitCode = unknown.length === 0 && statuses === '200' ? 0 : 1;
} finally {
  for (const stop of stops.reverse()) await stop();
  rmSync(work, { recursive: true, force: true });
  rmSync(supportDir, { recursive: true, force: true });
}

async function deliver(url, payload) {
  const body = JSON.stringify(payload);
  const t = performance.now();
  const res = await fetch(`${url}/api/github/webhooks`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-github-event': 'pull_request',
      'x-github-delivery': randomUUID(),
      'x-hub-signature-256': `sha256=${createHmac('sha256', SECRET).update(body).digest('hex')}`,
    },
    body,
  });
  await res.text();
  return { status: res.status, ms: performance.now() - t };
}

async function until(check, ms, progress = () => '') {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms ${progress()}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

function freePort() {
  return new Promise((done) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => done(port));
    });
  });
}
