import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createNodeMiddleware, type Probot } from 'probot';
import type { PromptgateApp } from './index.js';

/** Probot's default webhook path (`WEBHOOK_PATH` changes it). */
export const DEFAULT_WEBHOOK_PATH = '/api/github/webhooks';

export interface ServiceOptions {
  probot: Probot;
  promptgate: PromptgateApp;
  webhookPath?: string;
}

/**
 * The App's HTTP service: `GET /healthz`, and webhooks at Probot's path. A delivery whose
 * `X-Hub-Signature-256` does not match the webhook secret is answered 401 before Probot sees it,
 * so nothing runs for a forged event.
 */
export async function createService(opts: ServiceOptions): Promise<Server> {
  const webhookPath = opts.webhookPath || DEFAULT_WEBHOOK_PATH;
  const middleware = await createNodeMiddleware(opts.promptgate.app, { probot: opts.probot, webhooksPath: webhookPath });
  const started = Date.now();
  return createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      opts.probot.log.error({ err }, 'request failed');
      if (!res.headersSent) json(res, 500, { error: 'internal error' });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method === 'GET' && path === '/healthz') {
      return json(res, 200, { status: 'ok', uptimeSeconds: Math.round((Date.now() - started) / 1000), evaluations: opts.promptgate.queue.size });
    }
    if (req.method === 'POST' && path === webhookPath) {
      const body = await readBody(req);
      const signature = req.headers['x-hub-signature-256'];
      if (typeof signature !== 'string' || !(await opts.probot.webhooks.verify(body, signature).catch(() => false))) {
        opts.probot.log.warn({ delivery: req.headers['x-github-delivery'], event: req.headers['x-github-event'] }, 'webhook signature does not match the secret: ignored');
        return json(res, 401, { error: 'X-Hub-Signature-256 does not match the payload and the webhook secret' });
      }
      req.body = body;
    }
    await middleware(req, res, () => json(res, 404, { error: `no route for ${req.method} ${path}` }));
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}
