// Sharding budgets (issue "many shards, one verdict"), on a PR that edits every prompt of a suite,
// so every test is sampled at base and at head:
//   speed-up: SHARD_TESTS (20,000) tests as 4 `compare --shard i/4` processes at once, against one
//             `compare --shard 1/1` process doing the same work (plan and sample, no checklist),
//             each at the same concurrency (SHARD_CONCURRENCY, 100) against a model answering in
//             SHARD_LATENCY_MS (500 ms, as real model calls take 0.5–2 s) → one / four ≥ 3.5.
//             Four shards on a 2-core machine only scale while their calls' CPU (about 1 ms a
//             sample, and the scripted server's on the same cores) fits in the cores: at 100 ms
//             and concurrency 50 the four would need ~3–4 cores and the ratio stays below 3.5 whatever
//             the engine does. The one process's and each shard's CPU time are printed to show
//             which side of that a run is on (a loaded machine pushes any run onto the wrong one);
//   merge:    `promptgate merge` over 4 shards' partial reports of MERGE_TESTS (50,000) tests —
//             planning again from git, folding the samples, the correction over all tests, the
//             checklist and report.json — in < 5 s and < 300 MB peak RSS.
// Run alone with `node bench/shards.mjs` (after `npm run build`), or as part of `npm run bench`;
// SHARD_SPEED=0 measures the merge alone (the speed-up takes minutes of both cores).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startModelServerProcess } from '../scripts/model-server-process.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// Another build to measure (e.g. a copy of dist/ from before a change), as bench/run.mjs reads it.
const dist = resolve(root, process.env.BENCH_DIST ?? 'dist');
const SHARD_TESTS = Number(process.env.SHARD_TESTS ?? 20_000);
const MERGE_TESTS = Number(process.env.MERGE_TESTS ?? 50_000);
const SHARDS = 4;
const LATENCY_MS = Number(process.env.SHARD_LATENCY_MS ?? 500);
const CONCURRENCY = Number(process.env.SHARD_CONCURRENCY ?? 100);
const TESTS_PER_PROMPT = 1000;
const SPEED = process.env.SHARD_SPEED !== '0';

/** Rows of `measure | ratio | budget | detail`, and whether every budget was met. */
export async function benchShards() {
  const rows = [];
  let ok = true;
  // `valid`: the measured processes did the work (a run that failed fast must not read as fast).
  const check = (name, ratio, budget, detail, lowerIsBetter = true, valid = true) => {
    const pass = valid && (lowerIsBetter ? ratio <= budget : ratio >= budget);
    ok &&= pass;
    rows.push([name, ratio.toFixed(2), `${lowerIsBetter ? '≤' : '≥'} ${budget} ${pass ? 'met' : 'MISSED'}`, detail]);
  };
  const work = mkdtempSync(join(tmpdir(), 'promptgate-bench-shards-'));
  try {
    // 1. The speed-up, at a model latency that makes sampling the work (as in CI); SHARD_SPEED=0 skips it.
    if (SPEED) {
      const speedRepo = pullRequest(join(work, 'speed'), SHARD_TESTS);
      const server = await startModelServerProcess({ latencyMs: LATENCY_MS });
      try {
        const one = await cli(speedRepo, server, ['compare', '--base', 'main', '--head', 'pr', '--shard', '1/1', '--json', join(work, 'one.json'), ...RUN_FLAGS]);
        await server.reset();
        const started = performance.now();
        const shards = await Promise.all(
          Array.from({ length: SHARDS }, (_, i) => cli(speedRepo, server, ['compare', '--base', 'main', '--head', 'pr', '--shard', `${i + 1}/${SHARDS}`, '--json', join(work, 'speed-reports', `${i + 1}.json`), ...RUN_FLAGS])),
        );
        const four = Math.round(performance.now() - started);
        const ideal = Math.round((2 * SHARD_TESTS * LATENCY_MS) / CONCURRENCY);
        check(
          `${SHARD_TESTS} tests: one process / ${SHARDS} shard processes`,
          one.ms / four,
          3.5,
          `one ${one.ms} ms (${one.cpuMs} ms CPU; ideal ${ideal} ms), ${SHARDS} shards ${four} ms (each ${shards.map((s) => s.ms).join(', ')} ms, ${shards.map((s) => s.cpuMs).join(', ')} ms CPU; ideal ${Math.round(ideal / SHARDS)} ms); ${LATENCY_MS} ms latency, concurrency ${CONCURRENCY} each; exits ${[one, ...shards].map((s) => s.code).join(',')}; load ${loadavg()[0].toFixed(1)}`,
          false,
          [one, ...shards].every((s) => s.code === 0),
        );
      } finally {
        await server.close();
      }
    }

    // 2. The merge of MERGE_TESTS tests' partial reports (drawn at zero latency: only the merge is timed).
    const mergeRepo = pullRequest(join(work, 'merge'), MERGE_TESTS);
    const server = await startModelServerProcess({ latencyMs: 0 });
    try {
      const reports = join(work, 'merge-reports');
      const drawn = await Promise.all(
        Array.from({ length: SHARDS }, (_, i) => cli(mergeRepo, server, ['compare', '--base', 'main', '--head', 'pr', '--shard', `${i + 1}/${SHARDS}`, '--json', join(reports, `${i + 1}.json`), '--concurrency', '16', '--no-cache'])),
      );
      const out = join(work, 'merged.json');
      const merge = await cli(mergeRepo, server, ['merge', reports, '--json', out, '--no-cache']);
      const merged = existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : { tests: [], verdict: 'none' };
      const detail = `${merged.tests.length} tests, verdict ${merged.verdict}, exit ${merge.code}; shards drew theirs in ${drawn.map((d) => d.ms).join(', ')} ms`;
      const complete = merged.tests.length === MERGE_TESTS;
      check(`merge ${MERGE_TESTS} tests' partial reports vs 5 s`, merge.ms / 5000, 1, `${merge.ms} ms (${merge.cpuMs} ms CPU); ${detail}; load ${loadavg()[0].toFixed(1)}`, true, complete);
      check('merge peak RSS vs 300 MB', merge.rssMb / 300, 1, `${merge.rssMb.toFixed(0)} MB`, true, complete);
    } finally {
      await server.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return { rows, ok };
}

const RUN_FLAGS = ['--concurrency', String(CONCURRENCY), '--no-cache'];

/** A repository whose `pr` branch rewords the system prompt of every prompt: all tests run on both sides. */
function pullRequest(dir, tests) {
  mkdirSync(join(dir, 'prompts'), { recursive: true });
  const git = (...args) => execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', ...args], { cwd: dir, stdio: 'ignore' });
  git('init', '--quiet', '--initial-branch=main');
  // The suite is this big on purpose: the default per-PR limits would refuse it.
  writeFileSync(join(dir, 'promptgate.yml'), `adversarial:\n  enabled: false\nlimits:\n  tests: ${tests}\n  modelCalls: ${4 * tests + 1000}\n`);
  const write = (persona) => {
    for (let p = 0; p * TESTS_PER_PROMPT < tests; p++) writeFileSync(join(dir, 'prompts', `topic-${p}.prompt.yml`), promptFile(p, Math.min(TESTS_PER_PROMPT, tests - p * TESTS_PER_PROMPT), persona));
  };
  write('You are a support assistant.');
  git('add', '-A');
  git('commit', '--quiet', '-m', 'base');
  git('checkout', '--quiet', '-b', 'pr');
  write('You are a patient support assistant.');
  git('commit', '--quiet', '-am', 'reword every prompt');
  return dir;
}

function promptFile(p, count, persona) {
  const topics = ['refund', 'shipping', 'warranty', 'cancel', 'invoice', 'account', 'password', 'delivery'];
  const rows = Array.from({ length: count }, (_, i) => `  - question: "Question ${p}-${i}: what is the ${topics[i % topics.length]} policy?"`).join('\n');
  return `name: topic ${p}
model: openai/gpt-4o-mini
modelParameters: { temperature: 0 }
messages:
  - role: system
    content: |
      ${persona}
      The refund policy allows returns within 30 days.
      The shipping policy promises delivery in 5 days.
  - role: user
    content: "{{question}}"
testData:
${rows}
evaluators:
  - name: mentions policy
    string: { contains: policy }
`;
}

function cli(cwd, server, args) {
  const rssFile = join(tmpdir(), `promptgate-rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', join(root, 'bench/rss-hook.mjs'), join(dist, 'cli.js'), ...args], {
      cwd,
      env: { ...process.env, ...server.env, BENCH_RSS_FILE: rssFile, CI: 'true' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      const rssMb = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) / 1024 : NaN;
      const cpuMs = existsSync(`${rssFile}.cpu`) ? Number(readFileSync(`${rssFile}.cpu`, 'utf8')) : NaN;
      rmSync(rssFile, { force: true });
      rmSync(`${rssFile}.cpu`, { force: true });
      resolve({ ms: Math.round(performance.now() - started), code, rssMb, cpuMs });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { rows, ok } = await benchShards();
  console.log(['measure', 'ratio', 'budget', 'detail'].join(' | '));
  for (const r of rows) console.log(r.join(' | '));
  process.exitCode = ok ? 0 : 1;
}
