/**
 * GitHub Enterprise-style front for the fake GitHub API (`/api/v3/...`) that also does what the
 * fake does not: GitHub App authentication. It checks the App's JWT (RS256, signed with the
 * App's private key, `iss` = the App ID), answers `GET /app` and exchanges the JWT for an
 * installation token at `POST /app/installations/{installation_id}/access_tokens`; every other
 * request is passed through to the fake unchanged. With it, `node dist/app.js` runs exactly as
 * in production (APP_ID, PRIVATE_KEY, GHE_HOST, GHE_PROTOCOL).
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface AppGateway {
  /** `host:port`, for GHE_HOST (with GHE_PROTOCOL=http). */
  host: string;
  /** Installation tokens handed out. */
  tokensIssued: number;
  close(): Promise<void>;
}

export interface AppGatewayOptions {
  /** The fake's URL, or one fake per repository keyed by `owner/repo`. */
  githubUrl: string | Record<string, string>;
  appId: number;
  privateKeyPem: string;
  slug: string;
  installationToken: string;
}

export async function startAppGateway(o: AppGatewayOptions): Promise<AppGateway> {
  const publicKey = createPublicKey(o.privateKeyPem);
  const state = { tokensIssued: 0 };
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').replace(/^\/api\/v3/, '') || '/';
    if (req.method === 'GET' && path === '/app') {
      if (!validJwt(req, publicKey, o.appId)) return json(res, 401, { message: 'A JSON web token could not be decoded' });
      return json(res, 200, { id: o.appId, slug: o.slug, name: o.slug, owner: { login: 'acme' } });
    }
    if (req.method === 'POST' && /^\/app\/installations\/\d+\/access_tokens$/.test(path)) {
      if (!validJwt(req, publicKey, o.appId)) return json(res, 401, { message: 'A JSON web token could not be decoded' });
      state.tokensIssued++;
      return json(res, 201, { token: o.installationToken, expires_at: new Date(Date.now() + 3_600_000).toISOString(), permissions: {}, repository_selection: 'all' });
    }
    const repo = /^\/repos\/([^/]+\/[^/?]+)/.exec(path)?.[1]?.toLowerCase() ?? '';
    const upstreamUrl = typeof o.githubUrl === 'string' ? o.githubUrl : o.githubUrl[repo];
    if (!upstreamUrl) return json(res, 404, { message: 'Not Found' });
    const target = new URL(path, upstreamUrl);
    const upstream = request(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (reply) => {
      res.writeHead(reply.statusCode ?? 502, reply.headers);
      reply.pipe(res);
    });
    upstream.on('error', () => json(res, 502, { message: 'fake GitHub unreachable' }));
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    host: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    get tokensIssued() {
      return state.tokensIssued;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function validJwt(req: IncomingMessage, key: KeyObject, appId: number): boolean {
  const token = /^bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
  const [header, payload, signature] = token?.split('.') ?? [];
  if (!header || !payload || !signature) return false;
  if (!verify('RSA-SHA256', Buffer.from(`${header}.${payload}`), key, Buffer.from(signature, 'base64url'))) return false;
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { iss?: unknown; exp?: number };
  return String(claims.iss) === String(appId) && (claims.exp ?? 0) * 1000 > Date.now();
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}
