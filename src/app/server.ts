import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { text } from 'node:stream/consumers';
import { createNodeMiddleware, type Probot } from 'probot';
import { FirstTimes } from './first-times.js';
import type { PromptgateApp } from './index.js';

/** Probot's default webhook path (`WEBHOOK_PATH` changes it). */
export const DEFAULT_WEBHOOK_PATH = '/api/github/webhooks';
/** GitHub caps webhook payloads at 25 MB; a larger body is not from GitHub and is never buffered. */
export const MAX_WEBHOOK_BYTES = 25 * 1024 * 1024;
/** Deliveries remembered to ignore a repeat of one (GitHub's redelivery, or a replay). */
const REMEMBERED_DELIVERIES = 10_000;

export interface ServiceOptions {
  probot: Probot;
  promptgate: PromptgateApp;
  webhookPath?: string;
}

/**
 * The App's HTTP service: `GET /healthz`, and webhooks at Probot's path. A body over GitHub's
 * 25 MB is refused (413) as it streams in, before it is buffered; a delivery whose
 * `X-Hub-Signature-256` does not match the webhook secret is answered 401 before Probot sees it;
 * a delivery id already handled is acknowledged and ignored. So nothing runs for a forged,
 * oversized or replayed event.
 */
export async function createService(opts: ServiceOptions): Promise<ReturnType<typeof createServer>> {
  const webhookPath = opts.webhookPath || DEFAULT_WEBHOOK_PATH;
  const middleware = await createNodeMiddleware(opts.promptgate.app, { probot: opts.probot, webhooksPath: webhookPath });
  const deliveries = new FirstTimes(REMEMBERED_DELIVERIES);
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
      const body = await readCapped(req, MAX_WEBHOOK_BYTES);
      if (body === undefined) {
        opts.probot.log.warn({ delivery: req.headers['x-github-delivery'], length: req.headers['content-length'] }, 'webhook body over 25 MB: refused');
        return refuse(res, 413, { error: `payload larger than GitHub's ${MAX_WEBHOOK_BYTES / 1024 / 1024} MB limit` });
      }
      const signature = req.headers['x-hub-signature-256'];
      if (typeof signature !== 'string' || !(await opts.probot.webhooks.verify(body, signature).catch(() => false))) {
        opts.probot.log.warn({ delivery: req.headers['x-github-delivery'], event: req.headers['x-github-event'] }, 'webhook signature does not match the secret: ignored');
        return json(res, 401, { error: 'X-Hub-Signature-256 does not match the payload and the webhook secret' });
      }
      const delivery = req.headers['x-github-delivery'];
      if (typeof delivery === 'string' && !deliveries.first(delivery)) {
        opts.probot.log.info({ delivery, event: req.headers['x-github-event'] }, 'delivery already handled: ignored');
        return json(res, 200, { ignored: 'duplicate delivery' });
      }
      req.body = body;
    }
    await middleware(req, res, () => json(res, 404, { error: `no route for ${req.method} ${path}` }));
  }
}

/** The body as text, or undefined as soon as it is known to exceed `limit` bytes (the rest is not read). */
async function readCapped(req: IncomingMessage, limit: number): Promise<string | undefined> {
  if (Number(req.headers['content-length'] ?? 0) > limit) return undefined;
  let over = false;
  async function* upToLimit(): AsyncGenerator<Buffer> {
    let size = 0;
    // Not destroyed on the early return: the connection must stay open for the 413 (refuse closes it).
    for await (const chunk of req.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > limit) return void (over = true);
      yield chunk;
    }
  }
  const body = await text(upToLimit());
  return over ? undefined : body;
}

/** Answers and closes the connection: the client may still be sending a body nobody will read. */
function refuse(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', connection: 'close' }).end(JSON.stringify(body), () => res.req.socket.destroy());
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}
