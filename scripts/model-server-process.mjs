// Starts the scripted model server (test/support/model-server-main.ts) as a child process for
// the demo and the benchmark, and hands back its URL, the environment that points promptgate's
// providers at it, and its call counter.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function startModelServerProcess({ latencyMs = 0 } = {}) {
  const child = spawn(process.execPath, ['scripts/run-ts.mjs', 'test/support/model-server-main.ts'], {
    cwd: root,
    env: { ...process.env, LATENCY_MS: String(latencyMs), PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout });
  const info = {};
  await new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`model server exited with code ${code}`)));
    lines.on('line', (line) => {
      const [key, ...rest] = line.split('=');
      if (key === 'MODEL_SERVER_URL') info.url = rest.join('=');
      if (key === 'MODEL_SERVER_ENV') info.env = JSON.parse(rest.join('='));
      if (info.url && info.env) resolve();
    });
  });
  return {
    url: info.url,
    env: info.env,
    async callCount() {
      return (await this.callLog()).count;
    },
    /** `{count, calls, maxInFlight, firstCallAt, lastCallAt}` since the last reset. */
    async callLog() {
      const res = await fetch(`${info.url}/_calls`);
      return res.json();
    },
    async reset() {
      await fetch(`${info.url}/_reset`, { method: 'POST' });
    },
    close() {
      child.kill('SIGTERM');
      return new Promise((resolve) => child.once('exit', resolve));
    },
  };
}
