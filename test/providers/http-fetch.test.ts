import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { transport } from '../../src/providers/http-fetch.js';

// The provider SDKs' fetch, against a real HTTP server on loopback (the SDK paths over it are
// covered by clients.test.ts and stack.test.ts; here, what the SDKs rely on the contract for).

let server: Server | undefined;
const sockets = new Set<Socket>();

async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  server = createServer(handler);
  server.on('connection', (socket) => sockets.add(socket));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  for (const socket of sockets) socket.destroy();
  sockets.clear();
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

describe('the transport under the provider SDKs', () => {
  it('sends method, headers and body, and reads status, headers and JSON back', async () => {
    const url = await serve((req, res) => {
      let body = '';
      req.on('data', (d: Buffer) => (body += d));
      req.on('end', () => {
        res.setHeader('Set-Cookie', ['a=1', 'b=2']);
        res.writeHead(201, { 'Content-Type': 'application/json', 'X-Request-Id': 'req_1' });
        res.end(JSON.stringify({ method: req.method, auth: req.headers.authorization, length: req.headers['content-length'], body }));
      });
    });
    const headers = new Headers({ Authorization: 'Bearer k', 'Content-Type': 'application/json' });
    const res = await transport(`${url}/v1/chat`, { method: 'POST', headers, body: '{"q":"é"}' });
    expect(res.status).toBe(201);
    expect(res.ok).toBe(true);
    expect(res.headers.get('x-request-id')).toBe('req_1');
    expect(res.headers.get('X-REQUEST-ID')).toBe('req_1');
    expect(res.headers.get('set-cookie')).toBe('a=1, b=2');
    expect(res.headers.get('retry-after')).toBeNull();
    expect([...res.headers.entries()].map(([name]) => name)).toContain('x-request-id');
    // Content-Length counts bytes, not characters.
    expect(await res.json()).toEqual({ method: 'POST', auth: 'Bearer k', length: '10', body: '{"q":"é"}' });
  });

  it('decodes a gzip body a server sends unasked', async () => {
    const url = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Encoding': 'gzip', 'Content-Type': 'application/json' });
      res.end(gzipSync(JSON.stringify({ text: 'hello' })));
    });
    const res = await transport(url, {});
    expect(await res.json()).toEqual({ text: 'hello' });
  });

  it('streams the body as it arrives', async () => {
    const url = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/event-stream' });
      res.write('data: one\n\n');
      setTimeout(() => res.end('data: two\n\n'), 20);
    });
    const res = await transport(url, {});
    const chunks: string[] = [];
    for await (const chunk of res.body as unknown as AsyncIterable<Buffer>) chunks.push(chunk.toString());
    expect(chunks.join('')).toBe('data: one\n\ndata: two\n\n');
  });

  it('keeps the connection alive between calls', async () => {
    let connections = 0;
    const url = await serve((_req, res) => res.end('ok'));
    server!.on('connection', () => connections++);
    for (let i = 0; i < 3; i++) expect(await (await transport(url, {})).text()).toBe('ok');
    expect(connections).toBe(1);
  });

  it('rejects with the abort reason while waiting for an answer, and closes the connection', async () => {
    let closed = false;
    const controller = new AbortController();
    const reason = new Error('stop');
    // Aborted once the server holds the request, never answering it.
    const url = await serve((req) => {
      req.socket.on('close', () => (closed = true));
      controller.abort(reason);
    });
    await expect(transport(url, { signal: controller.signal })).rejects.toBe(reason);
    await expect.poll(() => closed).toBe(true);
  });

  it('ends a body being read when the signal aborts', async () => {
    const url = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/event-stream' });
      res.write('data: one\n\n');
    });
    const controller = new AbortController();
    const res = await transport(url, { signal: controller.signal });
    const reading = res.text();
    controller.abort(new Error('stop'));
    await expect(reading).rejects.toThrow('stop');
  });

  it('rejects an unreachable server as fetch does: TypeError("fetch failed") with the cause', async () => {
    const url = await serve(() => undefined);
    await new Promise((resolve) => server!.close(resolve));
    const err: unknown = await transport(url, {}).then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(TypeError);
    expect((err as TypeError).message).toBe('fetch failed');
    expect(((err as TypeError).cause as NodeJS.ErrnoException).code).toBe('ECONNREFUSED');
  });
});
