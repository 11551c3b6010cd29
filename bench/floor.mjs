// What this machine allows before promptgate does anything, measured beside the budgets in the same
// run (bench/run.mjs), so a ratio can be read against its floor:
//   - Node's own start: `node -e 0`, spawn to exit (the median of five);
//   - the engine workload's floor: the same number of chat calls at the same concurrency against the
//     same scripted server, from a bare node:http client with keep-alive and no SDK, engine, cache
//     or assertions, timed from its first request to its last answer.
// Run as a script (`node bench/floor.mjs <url> <tests> <concurrency>`), it is that bare client and
// prints its time in ms.
import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';

const self = fileURLToPath(import.meta.url);

/** `{ nodeStartMs, clientMs }`: Node's start-up and the bare client's time for `tests` calls. */
export async function measureFloors(server, { tests, concurrency }) {
  const starts = [];
  for (let i = 0; i < 5; i++) starts.push(await timed(process.execPath, ['-e', '0']));
  await server.reset();
  const out = await output(process.execPath, [self, `${server.env.OPENAI_BASE_URL}/chat/completions`, String(tests), String(concurrency)]);
  return { nodeStartMs: starts.sort((a, b) => a - b)[2], clientMs: Number(out.trim()) };
}

function timed(cmd, args) {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: 'ignore' });
    child.once('error', reject);
    child.once('exit', () => resolve(Math.round(performance.now() - started)));
  });
}

function output(cmd, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`bench/floor.mjs exited ${code}`))));
  });
}

async function bareClient(href, tests, concurrency) {
  const url = new URL(href);
  const agent = new Agent({ keepAlive: true });
  const call = (i) =>
    new Promise((resolve, reject) => {
      const body = JSON.stringify({ model: 'gpt-4o-mini', temperature: 0, messages: [{ role: 'system', content: 'You are a support assistant.' }, { role: 'user', content: `Question ${i}: what is the refund policy?` }] });
      const req = request({ hostname: url.hostname, port: url.port, path: url.pathname, method: 'POST', agent, headers: { 'content-type': 'application/json', authorization: 'Bearer bench' } }, (res) => {
        res.resume();
        res.once('end', resolve);
      });
      req.once('error', reject);
      req.end(body);
    });
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => { while (next < tests) await call(next++); }));
  return Math.round(performance.now() - started);
}

if (process.argv[1] === self) console.log(await bareClient(process.argv[2], Number(process.argv[3]), Number(process.argv[4])));
