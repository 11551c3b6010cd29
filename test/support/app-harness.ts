/**
 * The App as it runs in production, in process: a Probot instance (token auth against the fake
 * GitHub API) behind the App's HTTP service on 127.0.0.1, receiving signed webhooks over real
 * HTTP. Several instances can share one fake GitHub, as a restarted service would.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Probot, ProbotOctokit } from 'probot';
import { createPromptgateApp, type PromptgateApp } from '../../src/app/index.js';
import { createService } from '../../src/app/server.js';
import { stateKey } from '../../src/github/state.js';
import type { FakeToken } from './fake-github.js';

export const SECRET = 'promptgate-test-webhook-secret';
export const APP_TOKEN = 'ghs_promptgate_app_installation';
export const BOT_LOGIN = 'promptgate-test[bot]';

/** An installation token with exactly the permissions app.yml asks for. */
export const APP_TOKENS: Record<string, FakeToken> = {
  [APP_TOKEN]: {
    login: BOT_LOGIN,
    type: 'Bot',
    permissions: { checks: 'write', pull_requests: 'write', issues: 'read', contents: 'read', metadata: 'read' },
  },
};

export interface RunningApp {
  url: string;
  promptgate: PromptgateApp;
  /** Sends a webhook signed with `secret` (default: the App's) and returns the HTTP status. */
  send(event: string, payload: unknown, opts?: { secret?: string }): Promise<{ status: number; ms: number }>;
  /** Waits until every queued evaluation is done. */
  idle(): Promise<void>;
  get(path: string): Promise<{ status: number; body: unknown }>;
  close(): Promise<void>;
}

export async function startApp(o: { githubUrl: string; env: Record<string, string>; workDir?: string; concurrency?: number }): Promise<RunningApp> {
  const workDir = o.workDir ?? mkdtempSync(join(tmpdir(), 'promptgate-app-'));
  const promptgate = createPromptgateApp({ workDir, concurrency: o.concurrency ?? 4, perRepository: 2, pendingPerRepository: 50, botLogin: BOT_LOGIN, env: o.env, stateKey: stateKey(SECRET) });
  const probot = new Probot({
    githubToken: APP_TOKEN,
    baseUrl: o.githubUrl,
    secret: SECRET,
    logLevel: 'fatal',
    Octokit: ProbotOctokit.defaults({ retry: { enabled: false }, throttle: { enabled: false } }),
  });
  const server: Server = await createService({ probot, promptgate });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    promptgate,
    send: async (event, payload, opts = {}) => {
      const body = JSON.stringify(payload);
      const signature = `sha256=${createHmac('sha256', opts.secret ?? SECRET).update(body).digest('hex')}`;
      const started = performance.now();
      const res = await fetch(`${url}/api/github/webhooks`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-github-event': event, 'x-github-delivery': randomUUID(), 'x-hub-signature-256': signature },
        body,
      });
      await res.text();
      return { status: res.status, ms: performance.now() - started };
    },
    idle: () => promptgate.queue.idle(),
    get: async (path) => {
      const res = await fetch(`${url}${path}`);
      return { status: res.status, body: await res.json() };
    },
    close: async () => {
      await promptgate.queue.idle();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (!o.workDir) rmSync(workDir, { recursive: true, force: true });
    },
  };
}
