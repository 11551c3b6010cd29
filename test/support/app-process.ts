/**
 * The bundled App (`node dist/app.js`) as a process, exactly as deployed: Probot settings from the
 * environment, App authentication through the gateway in front of the fake GitHub, signed
 * webhooks over real HTTP. For attacks that must meet the real service: its body cap, its
 * start-up checks, its delivery handling, its published output.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac, generateKeyPairSync, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startAppGateway, type AppGateway } from './github-app-gateway.js';
import { APP_TOKEN } from './app-harness.js';

export const APP = fileURLToPath(new URL('../../dist/app.js', import.meta.url));
export const PROCESS_SECRET = 'dist-app-secret';
export const INSTALLATION = { id: 77, node_id: 'MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uNzc=' };

export interface AppProcess {
  url: string;
  pid: number;
  child: ChildProcess;
  logs(): string;
  /** Signs and delivers a webhook (with the installation); returns the HTTP status. */
  send(event: string, payload: object, opts?: { delivery?: string; secret?: string }): Promise<number>;
  stop(): Promise<void>;
}

let key: string | undefined;
/** One RSA key for every App process of a test run (generating one takes a while). */
function privateKey(): string {
  key ??= generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
  return key;
}

/** Starts `node dist/app.js` against the fake GitHub at `githubUrl`; resolves once `/healthz` answers. */
export async function startAppProcess(o: { githubUrl: string; env: Record<string, string> }): Promise<AppProcess> {
  const pem = privateKey();
  const gateway: AppGateway = await startAppGateway({ githubUrl: o.githubUrl, appId: 4242, privateKeyPem: pem, slug: 'promptgate-test', installationToken: APP_TOKEN });
  const port = await freePort();
  const workDir = mkdtempSync(join(tmpdir(), 'promptgate-app-process-'));
  const child = spawn(process.execPath, [APP], {
    cwd: workDir,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      ...o.env,
      APP_ID: '4242',
      PRIVATE_KEY: pem,
      WEBHOOK_SECRET: PROCESS_SECRET,
      GHE_HOST: gateway.host,
      GHE_PROTOCOL: 'http',
      HOST: '127.0.0.1',
      PORT: String(port),
      PROMPTGATE_WORK_DIR: workDir,
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const app: AppProcess = {
    url,
    pid: child.pid!,
    child,
    logs: () => out,
    send: async (event, payload, opts = {}) => {
      const body = JSON.stringify({ ...payload, installation: INSTALLATION });
      const res = await fetch(`${url}/api/github/webhooks`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-github-event': event,
          'x-github-delivery': opts.delivery ?? randomUUID(),
          'x-hub-signature-256': `sha256=${createHmac('sha256', opts.secret ?? PROCESS_SECRET).update(body).digest('hex')}`,
        },
        body,
      });
      await res.text();
      return res.status;
    },
    stop: async () => {
      if (child.exitCode === null) {
        await new Promise<void>((resolve) => {
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        });
      }
      await gateway.close();
      rmSync(workDir, { recursive: true, force: true });
    },
  };
  await waitFor(async () => (await fetch(`${url}/healthz`).catch(() => undefined))?.status === 200, app.logs);
  return app;
}

/** Polls `check` until it holds; on timeout fails with the service's log. */
export async function waitFor(check: () => boolean | Promise<boolean>, logs: () => string, ms = 60_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out; service log:\n${logs()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The process's peak resident set (Linux `VmHWM`), in MB. */
export function peakRssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmHWM:'))!;
  return Number(/(\d+)/.exec(line)![1]) / 1024;
}

/** Runs `node dist/app.js` with `env` until it exits (a refused start-up); its exit code and output. */
export function runAppUntilExit(env: Record<string, string>): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [APP], { env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', HOST: '127.0.0.1', PORT: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, output });
    });
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
