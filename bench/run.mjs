// promptgate's performance budgets (DESIGN.md), measured in one run; each printed with its value,
// its target and whether it is met:
//   engine: 2,000 tests at 50 ms model latency, concurrency 20 → the run's wall time (eval's
//           durationMs: from the engine's start, SDK loading included, to the last result)
//           ≤ 1.05 × ideal (5 s); the process's peak RSS ≤ 100 MB. Three cold runs, each on an
//           empty cache: the median's time and the largest peak are judged, all are printed;
//   cache:  the same run again → zero model calls, ≤ 0.3 s for the whole process.
//   floors: Node's start-up and a bare HTTP client doing the engine's calls (bench/floor.mjs),
//           printed beside the budgets they bound.
//   action: the Action's cold start, `node dist/index.js` on a pull_request event to its first
//           model request, ≤ 200 ms (bench/action-cold-start.ts; the median of five runs).
//   shards: 4 shard processes ≥ 3.5 × faster than one; merging 50,000 tests' partial reports
//           < 5 s and < 300 MB (bench/shards.mjs).
//   html:   a 5,000-test HTML report in Chromium, navigation start to its first screen painted
//           < 1 s (bench/html.ts; the median of five loads), with its size per test printed.
// The machine is shared: every line carries the 1-minute load average when it was measured, and
// the CPU time the process used beside its wall time (the work done, when the wall time mostly
// shows the wait for a core).
// BENCH_ENGINE_ONLY=1 measures the engine and cache rows alone (no HTML, Action, promptfoo or
// shards); BENCH_SHARDS=0 skips the shards.
// Also printed, without a budget of their own: the whole eval process's wall time (Node's own
// start-up, module loading and reading the 117 KB prompt file included) and its cold start,
// from spawning `node dist/cli.js` to the server receiving the first model request.
// With promptfoo installed (node_modules/.bin/promptfoo, or PROMPTFOO_BIN), the same workload
// runs through it too and its ratio to the ideal is printed beside ours.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startModelServerProcess } from '../scripts/model-server-process.mjs';
import { measureFloors } from './floor.mjs';
import { benchShards } from './shards.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const TESTS = Number(process.env.BENCH_TESTS ?? 2000);
const LATENCY_MS = 50;
const CONCURRENCY = 20;
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 3);
// Another build to measure (e.g. a copy of dist/ from before a change), for before/after in one sitting.
const dist = resolve(root, process.env.BENCH_DIST ?? 'dist');
const ideal = (TESTS * LATENCY_MS) / CONCURRENCY;
const ENGINE_ONLY = process.env.BENCH_ENGINE_ONLY === '1';

const work = mkdtempSync(join(tmpdir(), 'promptgate-bench-'));
writeWorkload(work);
const server = await startModelServerProcess({ latencyMs: LATENCY_MS });
const rows = [];
let ok = true;
try {
  // The cold run three times, each on an empty cache (this machine is shared and noisy): time is
  // judged on the median run, memory on the largest peak.
  const colds = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    rmSync(join(work, '.promptgate'), { recursive: true, force: true });
    await server.reset();
    const report = join(work, 'report.json');
    const run = await measure(['eval', '--config', join(work, 'promptgate.yml'), '--concurrency', String(CONCURRENCY), '--json', report]);
    colds.push({ ...run, log: await server.callLog(), engineMs: JSON.parse(readFileSync(report, 'utf8')).durationMs });
  }
  const cold = [...colds].sort((a, b) => a.engineMs - b.engineMs)[Math.floor(colds.length / 2)];
  const peak = Math.max(...colds.map((c) => c.rssMb));
  await server.reset();
  const warm = await measure(['eval', '--config', join(work, 'promptgate.yml'), '--concurrency', String(CONCURRENCY)]);
  const warmCalls = await server.callCount();

  const each = (f) => colds.map(f).join(', ');
  const ratio = cold.engineMs / ideal;
  check(`engine wall time, ${TESTS} tests (ideal ${ideal} ms)`, `${ratio.toFixed(3)} × ideal`, ratio <= 1.05, '≤ 1.05 × ideal', `median ${cold.engineMs} ms of ${each((c) => c.engineMs)} ms; CPU ${each((c) => c.cpuMs)} ms; ${cold.log.count} model calls, exit ${cold.code}; load ${each((c) => c.load)}`);
  check('engine peak RSS', `${peak.toFixed(0)} MB`, peak <= 100, '≤ 100 MB', `largest of ${each((c) => c.rssMb.toFixed(0))} MB`);
  rows.push([`process wall time, ${TESTS} tests`, `${(cold.ms / ideal).toFixed(2)} × ideal`, '—', '', `${cold.ms} ms from spawn to exit (${each((c) => c.ms)} ms), Node start-up and parsing included`]);
  rows.push(['cold start: spawn → first model request', `${cold.log.firstCallAt - cold.spawnedAt} ms`, '—', '', `${each((c) => c.log.firstCallAt - c.spawnedAt)} ms`]);
  // The machine's floors, measured in the same sitting (bench/floor.mjs), to read the rows above by.
  const floor = await measureFloors(server, { tests: TESTS, concurrency: CONCURRENCY });
  rows.push([`floor: a bare node:http client, the same ${TESTS} calls`, `${(floor.clientMs / ideal).toFixed(3)} × ideal`, '—', '', `${floor.clientMs} ms, no SDK, engine, cache or assertions; promptgate's engine / this floor = ${(cold.engineMs / floor.clientMs).toFixed(3)}; load ${load()}`]);
  rows.push(['floor: Node start-up, `node -e 0`', `${floor.nodeStartMs} ms`, '—', '', 'spawn to exit, the median of five']);
  check('cached re-run wall time', `${warm.ms} ms`, warm.ms <= 300, '≤ 300 ms', `CPU ${warm.cpuMs} ms, peak RSS ${warm.rssMb.toFixed(0)} MB, exit ${warm.code}; load ${warm.load}`);
  check('cached re-run model calls', String(warmCalls), warmCalls === 0, '0', '');

  const html = ENGINE_ONLY ? { skipped: 'BENCH_ENGINE_ONLY' } : await runTs('bench/html.ts');
  if (html.skipped) rows.push(['HTML report, 5,000 tests', 'skipped', '—', '', html.skipped]);
  else {
    check(`HTML report, ${html.tests} tests: first screen`, `${html.firstScreenMs} ms`, html.firstScreenMs <= 1000, '≤ 1,000 ms', `median ${html.firstScreenMs} ms of ${html.samples.join(', ')} ms (script starts at ${html.scriptStartMs} ms, first screen in the document at ${html.drawnMs} ms, DOMContentLoaded ${html.domContentLoadedMs} ms); ${html.rows} rows drawn`);
    rows.push([`HTML report, ${html.tests} tests: size`, '—', '—', '', `${(html.bytes / 1e6).toFixed(1)} MB, ${html.bytesPerTest} bytes per test; outputs bounded at ${(html.outputBoundBytes / 1e6).toFixed(0)} M characters`]);
  }

  if (ENGINE_ONLY) rows.push(['Action cold start', 'skipped', '—', '', 'BENCH_ENGINE_ONLY']);
  const action = ENGINE_ONLY ? undefined : await runTs('bench/action-cold-start.ts');
  if (action) check('Action cold start: spawn → first model request', `${action.medianMs} ms`, action.medianMs <= 200, '≤ 200 ms', `median of ${action.samples.join(', ')} ms; load ${action.load}`);

  const promptfoo = process.env.PROMPTFOO_BIN ?? join(root, 'node_modules/.bin/promptfoo');
  if (existsSync(promptfoo) && !ENGINE_ONLY) {
    await server.reset();
    const pf = await measurePromptfoo(promptfoo);
    const pfCalls = await server.callCount();
    rows.push([
      `promptfoo ${TESTS} tests (same workload)`,
      (pf.ms / ideal).toFixed(2) + ' × ideal',
      '—',
      '',
      `${pf.ms} ms from spawn to exit, ${pfCalls} model calls, exit ${pf.code}; promptgate/promptfoo (whole processes) = ${(cold.ms / pf.ms).toFixed(2)}`,
    ]);
  } else {
    rows.push(['promptfoo comparison', 'skipped', '—', '', ENGINE_ONLY ? 'BENCH_ENGINE_ONLY' : 'install promptfoo@0.121.20 (Node 20) to run it']);
  }
} finally {
  await server.close();
  rmSync(work, { recursive: true, force: true });
}
// Sharding (bench/shards.mjs): the speed-up of 4 shard processes and the merge of 50,000 tests.
if (process.env.BENCH_SHARDS !== '0' && !ENGINE_ONLY) {
  const shards = await benchShards();
  rows.push(...shards.rows.map(([name, value, budget, detail]) => [name, value, budget, '', detail]));
  ok &&= shards.ok;
}

console.log(['measure', 'value', 'target', 'status', 'detail'].join(' | '));
for (const r of rows) console.log(r.join(' | '));
process.exitCode = ok ? 0 : 1;

function check(name, value, met, target, detail) {
  ok &&= met;
  rows.push([name, value, target, met ? 'met' : 'NOT MET', detail]);
}

/** The 1-minute load average now: on a shared machine, the context every time needs. */
function load() {
  return loadavg()[0].toFixed(1);
}

function writeWorkload(dir) {
  mkdirSync(join(dir, 'prompts'), { recursive: true });
  const topics = ['refund', 'shipping', 'warranty', 'cancel', 'invoice', 'account', 'password', 'delivery'];
  const rowsYaml = Array.from({ length: TESTS }, (_, i) => `  - question: "Question ${i}: what is the ${topics[i % topics.length]} policy?"`).join('\n');
  writeFileSync(
    join(dir, 'prompts/bench.prompt.yml'),
    `name: bench
model: openai/gpt-4o-mini
modelParameters: { temperature: 0 }
messages:
  - role: system
    content: |
      You are a support assistant.
      The refund policy allows returns within 30 days.
      The shipping policy promises delivery in 5 days.
      The warranty policy covers two years.
  - role: user
    content: "{{question}}"
testData:
${rowsYaml}
evaluators:
  - name: mentions policy
    string: { contains: policy }
`,
  );
  // Exactly the workload DESIGN.md names: 2,000 tests, no generated probes.
  writeFileSync(join(dir, 'promptgate.yml'), 'providers:\n  concurrency: 20\nadversarial:\n  enabled: false\n');
}

function measure(args) {
  const rssFile = join(work, `rss-${Math.random().toString(36).slice(2)}`);
  const started = performance.now();
  const spawnedAt = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', join(root, 'bench/rss-hook.mjs'), join(dist, 'cli.js'), ...args], {
      cwd: work,
      env: { ...process.env, ...server.env, BENCH_RSS_FILE: rssFile, CI: 'true' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      const ms = Math.round(performance.now() - started);
      const rssMb = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) / 1024 : NaN;
      const cpuMs = existsSync(`${rssFile}.cpu`) ? Number(readFileSync(`${rssFile}.cpu`, 'utf8')) : NaN;
      resolve({ ms, code, rssMb, cpuMs, spawnedAt, load: load() });
    });
  });
}

/** Runs a TypeScript bench and returns the JSON of its last line. */
function runTs(file) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'scripts/run-ts.mjs'), file], { cwd: root, env: { ...process.env, BENCH_DIST: dist }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve({ ...JSON.parse(out.trim().split('\n').at(-1)), load: load() }) : reject(new Error(`${file} exited ${code}`))));
  });
}

function measurePromptfoo(bin) {
  const dir = join(work, 'promptfoo');
  mkdirSync(dir, { recursive: true });
  const tests = Array.from({ length: TESTS }, (_, i) => `  - vars: { question: "Question ${i}: what is the policy?" }\n    assert: [{ type: contains, value: policy }]`).join('\n');
  writeFileSync(
    join(dir, 'promptfooconfig.yaml'),
    `prompts:
  - '[{"role":"system","content":"You are a support assistant. The refund policy allows returns within 30 days."},{"role":"user","content":"{{question}}"}]'
providers:
  - id: openai:chat:gpt-4o-mini
    config: { apiBaseUrl: "${server.url}/v1", apiKey: test }
tests:
${tests}
`,
  );
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(bin, ['eval', '--no-cache', '--max-concurrency', String(CONCURRENCY), '--no-table', '--no-write'], {
      cwd: dir,
      env: { ...process.env, HTTPS_PROXY: 'http://127.0.0.1:9', NO_PROXY: '127.0.0.1,localhost', PROMPTFOO_DISABLE_TELEMETRY: '1', PROMPTFOO_DISABLE_UPDATE: '1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.once('exit', (code) => resolve({ ms: Math.round(performance.now() - started), code }));
  });
}
