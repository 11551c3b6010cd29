// The Action's cold start (DESIGN.md: ≤ 200 ms): from spawning `node dist/index.js` on a
// pull_request event to the scripted server receiving its first model request. The demo
// repository's PR (fixtures/demo) in a shallow checkout, as actions/checkout leaves it, against
// the fake GitHub API; the median of five runs (BENCH_DIST: another build's directory). Prints
// one JSON line for bench/run.mjs. ACTION_TIMELINE=<file>: each run's timeline (git processes,
// workers, the first request and the CPU used by then; bench/action-timeline.cjs) is appended
// to that file and printed to stderr.
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { runAction } from '../test/support/action-runner.js';
import { startFakeGitHub } from '../test/support/fake-github.js';
import { TestRepo } from '../test/support/git-repo.js';
import { startModelServer } from '../test/support/model-server.js';
import { pullRequestEvent } from '../test/support/webhook-payloads.js';

const RUNS = Number(process.env.RUNS ?? 5);
// Run bundled by scripts/run-ts.mjs, which leaves this file's own path in argv[1].
const root = join(dirname(process.argv[1]!), '..');
const demo = join(root, 'fixtures/demo/');
const origin = new TestRepo();
origin.copy(`${demo}base`);
origin.git('config', 'uploadpack.allowAnySHA1InWant', 'true');
const base = { ref: 'main', sha: origin.commit('Acme support prompts') };
origin.branch('prompt-tuning');
origin.copy(`${demo}pr`);
const head = { ref: 'prompt-tuning', sha: origin.commit('tune prompts') };
const models = await startModelServer();
const env: Record<string, string> = { ...models.env() };
delete env.GITHUB_TOKEN;
const timeline = process.env.ACTION_TIMELINE;
if (timeline) {
  rmSync(timeline, { force: true });
  Object.assign(env, { ACTION_TIMELINE: timeline, NODE_OPTIONS: `--require ${JSON.stringify(join(root, 'bench/action-timeline.cjs'))}` });
}
const samples: number[] = [];
try {
  for (let i = 0; i < RUNS; i++) {
    // A fresh API each time: a sticky comment left by the last run would be reused, with no calls.
    const github = await startFakeGitHub({
      owner: 'acme',
      repo: 'support-bot',
      gitDir: origin.dir,
      pulls: [{ number: 7, baseRef: 'main', baseSha: base.sha, headRef: 'prompt-tuning', headSha: head.sha }],
    });
    const workspace = origin.shallowClone('prompt-tuning');
    models.reset();
    const spawned = Date.now();
    const run = await runAction({
      eventName: 'pull_request',
      payload: pullRequestEvent('opened', { owner: 'acme', repo: 'support-bot', number: 7, base, head, labels: [] }),
      workspace: workspace.dir,
      apiUrl: github.url,
      env,
      script: join(resolve(root, process.env.BENCH_DIST ?? 'dist'), 'index.js'),
      ...(process.env.ACTION_WRAP ? { node: process.env.ACTION_WRAP } : {}),
    });
    workspace.cleanup();
    await github.close();
    const first = models.firstCallAt();
    if (first === undefined) throw new Error(`the Action made no model request (exit ${run.code}): ${run.stderr || run.stdout}`);
    samples.push(first - spawned);
    if (timeline) {
      console.error(`run ${i + 1}: first model request ${first - spawned} ms after spawn\n${readFileSync(timeline, 'utf8')}`);
      rmSync(timeline);
    }
  }
} finally {
  await models.close();
  origin.cleanup();
}
samples.sort((a, b) => a - b);
console.log(JSON.stringify({ medianMs: samples[Math.floor(samples.length / 2)], samples }));
